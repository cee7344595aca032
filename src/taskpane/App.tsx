import { Button, Field, FluentProvider, Input, Select, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { layoutAt } from "../funnel/funnel-rows";
import { validateFunnel } from "../funnel/validate";
import { Fragment, useCallback, useEffect, useMemo, useRef, useState, type FocusEvent, type FormEvent } from "react";
import { chooseComparePeriod, readPeriods, showSheet, type FunnelList } from "../excel/funnel-list";
import { readFunnel, type FunnelReading } from "../excel/read-funnel";
import { inputCell, type Choice, type InputConflict, type InputKey } from "../funnel/input-keys";
import { followSheet, paneEdits, type Baseline } from "./follow-sheet";
import type { RecalculateResult } from "../excel/recalculate";
import type { SheetComparison } from "../funnel/funnel-rows";
import { suggestedPeriodLabel } from "../funnel/periods";

/**
 * The code that writes to the workbook, loaded on the first Recalculate or New funnel sheet: opening
 * the pane only reads, so it starts without it.
 */
const writing = () => import(/* webpackChunkName: "write" */ "./write-actions");
import type { WorkbookHost } from "../excel/host";
import type { FunnelLocation } from "../funnel/locate-funnel";
import { exampleFunnel } from "../funnel/example";
import { MONEY_FIELDS, type FunnelIssue, type FunnelOutcome, type ImprovementMode } from "../funnel/types";
import {
  CURRENCIES,
  LANGUAGE_CODES,
  LANGUAGE_NAMES,
  defaultCurrency,
  errorsHeading,
  excelFailureText,
  excelMoneyFormat,
  fill,
  fillNodes,
  formatters,
  isCurrency,
  issueText,
  loadLanguage,
  pickLocale,
  type Currency,
  type LanguageCode,
  type LanguagePack,
  type Locale,
} from "../i18n";
import {
  formFromNames,
  formFromRows,
  funnelFromForm,
  moneyInUse,
  newStep,
  paneHints,
  relocalize,
  type FunnelForm,
} from "./form";
import { MoneyEditor } from "./MoneyEditor";
import { PeriodSection, type PeriodStatus } from "./PeriodSection";
import { FunnelsSection, type OverviewStatus } from "./FunnelsSection";
import { placeIssues } from "./issues-by-field";
import { Notice } from "./Notice";
import { Results } from "./Results";
import { ReplaceEdits } from "./ReplaceEdits";
import { SheetConflicts } from "./SheetConflicts";
import { StepsEditor, isWarning } from "./StepsEditor";
import { useStyles } from "./styles";

/** Issues about the sheet or Excel rather than the form: the engine cannot say them while typing. */
const SHEET_ISSUES: ReadonlySet<string> = new Set([
  "changed-in-sheet",
  "rows-changed-in-sheet",
  "cell-edited",
  "cell-taken",
  "cell-merged",
  "write-refused",
  "write-stopped",
  "funnel-name-taken",
  "no-header-row",
  "gap-in-steps",
  "chart-spacer-taken",
  "charts-not-made",
  "overview-sheet",
  "history-sheet",
]);

interface Props {
  host: WorkbookHost;
  templateUrl: string;
  /** The language pack for `locale`, loaded before the first render. */
  initialPack: LanguagePack;
  initialLocale: Locale;
}

type Status = "loading" | "idle" | "working";

export function App({ host, templateUrl, initialPack, initialLocale }: Props) {
  const styles = useStyles();
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const [pack, setPack] = useState<LanguagePack>(initialPack);
  const strings = pack.pane;
  const [currency, setCurrency] = useState<Currency>(() => defaultCurrency(locale));
  const [mode, setMode] = useState<ImprovementMode>("relative");
  const [form, setForm] = useState<FunnelForm>(() => formFromNames(pack.exampleSteps.slice(0, 2)));
  const [location, setLocation] = useState<FunnelLocation | null>(null);
  const [sheetName, setSheetName] = useState("");
  const [outcome, setOutcome] = useState<FunnelOutcome | null>(null);
  const [general, setGeneral] = useState<FunnelIssue[]>([]);
  const [status, setStatus] = useState<Status>("loading");
  /** What Excel (not the funnel) failed with; shown in the pane's language. */
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const [writtenTo, setWrittenTo] = useState<string | null>(null);
  /** The form holds edits that are not written to the sheet yet: the figures below are out of date. */
  const [stale, setStale] = useState(false);
  const [autoOpen, setAutoOpen] = useState<boolean>(() => host.autoOpen?.get() ?? false);
  /** The costs and target section is unfolded (by the user, or because the sheet holds some). */
  const [moneyOpen, setMoneyOpen] = useState(false);
  const [periodLabel, setPeriodLabel] = useState(() => suggestedPeriodLabel(new Date()));
  const [periodStatus, setPeriodStatus] = useState<PeriodStatus>({ kind: "idle" });
  const [comparison, setComparison] = useState<SheetComparison | null>(null);
  /** The periods closed for this funnel, for the compare picker. */
  const [periods, setPeriods] = useState<string[]>([]);
  const [list, setList] = useState<FunnelList | null>(null);
  /** What the active sheet is when it holds no funnel of its own (the Overview). */
  const [sheetNote, setSheetNote] = useState<FunnelIssue | null>(null);
  const [overviewStatus, setOverviewStatus] = useState<OverviewStatus>({ kind: "idle" });
  /** What the pane last read of each input: a write meets it three-way with the sheet's value now. */
  const [baseline, setBaseline] = useState<Baseline | null>(null);
  /** Inputs changed both in the sheet and in the pane, as the last write found them. */
  const [conflicts, setConflicts] = useState<InputConflict[]>([]);
  /** Cells where the pane kept the user's value although the sheet changed since (following it). */
  const [keptCells, setKeptCells] = useState<string[]>([]);
  /** The last run wrote nothing: the figures are the last good ones, and the banner takes the focus. */
  const [blocked, setBlocked] = useState(false);
  const errorsBanner = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!blocked) return;
    errorsBanner.current?.scrollIntoView({ block: "nearest" });
    errorsBanner.current?.focus();
  }, [blocked, outcome]);
  /** The input the user is typing in: a reading of the sheet never changes it under the cursor. */
  const focused = useRef<InputKey | null>(null);
  const format = useMemo(() => formatters(locale.tag, currency), [locale.tag, currency]);
  const describe = useCallback((issue: FunnelIssue) => issueText(issue, pack, locale.tag), [pack, locale.tag]);

  const showReading = useCallback(
    (reading: FunnelReading) => {
      setSheetName(reading.sheetName);
      setLocation(reading.location);
      setWrittenTo(null);
      if (reading.mode === "points" || reading.mode === "relative") setMode(reading.mode);
      if (isCurrency(reading.currency)) setCurrency(reading.currency);
      if (reading.rows !== null && reading.location !== null) {
        const read = formFromRows(reading.rows, locale.tag);
        setForm(read);
        setMoneyOpen(moneyInUse(read));
        setBaseline({ form: read, rows: reading.rows, firstStepRow: reading.location.firstStepRow });
      } else {
        setBaseline(null);
      }
      setConflicts([]);
      setKeptCells([]);
      setOutcome(reading.outcome);
      setComparison(reading.comparison);
      setList(reading.list);
      // No funnel here, or the Overview: said where the pane says which funnel it shows, not as an error.
      // A sheet that is not a funnel (an empty one, other data, the Overview, the history) is said for
      // what it is, not as an error.
      const aboutSheet =
        reading.issue?.code === "no-funnel" ||
        reading.issue?.code === "overview-sheet" ||
        reading.issue?.code === "history-sheet";
      setSheetNote(aboutSheet ? reading.issue : null);
      setGeneral(reading.issue !== null && !aboutSheet ? [reading.issue] : []);
      setFailure(null);
      setStale(false);
      setBlocked(false);
    },
    // The locale only shapes how numbers read from the sheet are shown; changing it must not reload.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  );

  /** Reads the active sheet's funnel into the pane (and, where it compares, its closed periods); nothing is written. */
  const load = useCallback(
    () =>
      host
        .run((context) => readFunnel(context, host.isSetSupported("ExcelApi", "1.13")))
        .then(async (reading) => {
          showReading(reading);
          const product = reading.rows?.name ?? "";
          const funnel = typeof product === "string" && product.trim() !== "" ? product : reading.sheetName;
          setPeriods(reading.comparison === null ? [] : await host.run((context) => readPeriods(context, funnel)));
        })
        .catch((error: unknown) => {
          setFailure({ error });
        })
        .finally(() => {
          setStatus("idle");
        }),
    [host, showReading],
  );

  /** Counts the pane's actions (writes, loads): a reading that follows the sheet is dropped if one began. */
  const actions = useRef(0);
  /** What the change handler needs of the pane as it is now (it outlives the render that made it). */
  const latest = useRef({ form, baseline, mode, tag: locale.tag, status });
  useEffect(() => {
    latest.current = { form, baseline, mode, tag: locale.tag, status };
  });

  /**
   * The sheet changed (the user, a co-author, a formula, the add-in itself): read it again and bring in
   * every input the user did not change in the pane and is not typing in; the user's own changes stay,
   * over the baseline they were typed on, for the next write to meet three-way.
   */
  const follow = useCallback(() => {
    const started = actions.current;
    return host
      .run((context) => readFunnel(context, host.isSetSupported("ExcelApi", "1.13")))
      .then((reading) => {
        const now = latest.current;
        // An action began meanwhile (a write, a sheet switch): its own reading shows the sheet.
        if (actions.current !== started || now.status !== "idle") return;
        if (reading.rows === null || reading.location === null || now.baseline === null) {
          showReading(reading);
          return;
        }
        const read = {
          form: formFromRows(reading.rows, now.tag),
          rows: reading.rows,
          firstStepRow: reading.location.firstStepRow,
        };
        const followed = followSheet(now.form, now.baseline, read, focused.current, now.mode, now.tag);
        setForm(followed.form);
        setBaseline(followed.baseline);
        setLocation(reading.location);
        setSheetName(reading.sheetName);
        setOutcome(reading.outcome);
        setComparison(reading.comparison);
        setList(reading.list);
        const at = reading.location;
        setKeptCells(followed.rowsMoved ? [inputCell("steps", at)] : followed.kept.map((key) => inputCell(key, at)));
      })
      .catch((error: unknown) => {
        setFailure({ error });
      });
  }, [host, showReading]);

  useEffect(() => {
    void load();
    let timer: ReturnType<typeof setTimeout> | null = null;
    const stop = host.watch({
      activated: () => {
        actions.current++;
        setStatus("loading");
        void load();
      },
      // Debounced: one reading for a burst of changes (a paste, a co-author's typing, the add-in's write).
      changed: () => {
        if (timer !== null) clearTimeout(timer);
        timer = setTimeout(() => {
          timer = null;
          // While the pane writes, its own re-reading afterwards shows the sheet.
          if (latest.current.status === "idle") void follow();
        }, 150);
      },
      failed: (error) => {
        setFailure({ error });
      },
    });
    return () => {
      if (timer !== null) clearTimeout(timer);
      stop();
    };
  }, [host, load, follow]);

  const options = () => ({
    labels: pack.sheet,
    moneyFormat: excelMoneyFormat(locale.tag, currency),
    currency,
    improvementMode: mode,
    isSetSupported: (name: string, version: string) => host.isSetSupported(name, version),
  });

  const apply = (result: RecalculateResult) => {
    // A run that wrote nothing leaves the last good figures in view, dimmed and marked not updated.
    setOutcome(
      result.written
        ? result.outcome
        : { ...result.outcome, forecast: result.outcome.forecast ?? outcome?.forecast ?? null },
    );
    setBlocked(!result.written);
    if (!result.written) setStale(true);
    setLocation(result.location);
    if (result.location !== null) setSheetName(result.location.sheetName);
    setWrittenTo(result.written && result.location !== null ? result.location.sheetName : null);
    setGeneral([]);
    if (result.written) setStale(false);
  };

  const run = async (job: (context: Excel.RequestContext) => Promise<RecalculateResult>) => {
    actions.current++;
    setStatus("working");
    setFailure(null);
    try {
      const result = await host.run(job);
      apply(result);
      setConflicts(result.conflicts ?? []);
      // The sheet is the truth: after a write the pane shows what the sheet holds (the values kept
      // where the user chose the sheet's, the change since the compared period as Excel computed it,
      // the funnels list with a funnel written for the first time) and reads from there next time.
      if (result.written) {
        const reading = await host.run((context) => readFunnel(context, host.isSetSupported("ExcelApi", "1.13")));
        showReading(reading);
        setOutcome(result.outcome);
        setWrittenTo(result.location?.sheetName ?? null);
      }
    } catch (error) {
      setFailure({ error });
    } finally {
      setStatus("idle");
    }
  };

  const recalculate = (event?: FormEvent) => {
    event?.preventDefault();
    if (status !== "idle") return;
    write();
  };

  /** Writes the pane's changes three-way (see follow-sheet.ts); `choices` answer earlier conflicts. */
  const write = (choices?: ReadonlyMap<InputKey, Choice>) => {
    const funnel = funnelFromForm(form, mode, locale.tag);
    const edits = baseline === null ? null : paneEdits(form, baseline, mode, locale.tag);
    const three = edits === null ? {} : { paneEdits: choices === undefined ? edits : { ...edits, choices } };
    void run(async (context) => (await writing()).writeInputs(context, funnel, { ...options(), ...three }));
  };

  /** The user's answer to the conflicts: keep the sheet's values, or write the pane's over them. */
  const resolveConflicts = (choice: Choice) => {
    if (status !== "idle") return;
    write(new Map(conflicts.map((conflict) => [conflict.key, choice])));
  };

  /** Writes the pane's funnel again, writing over the cells edited by hand the user saw listed. */
  const replaceEdits = (cells: string[]) => {
    if (status !== "idle") return;
    const funnel = funnelFromForm(form, mode, locale.tag);
    const edits = baseline === null ? {} : { paneEdits: paneEdits(form, baseline, mode, locale.tag) };
    void run(async (context) =>
      (await writing()).writeInputs(context, funnel, { ...options(), ...edits, replaceEdits: cells }),
    );
  };

  /** Which input has the cursor (the inputs carry data-input-key), so following the sheet leaves it. */
  const trackFocus = (event: FocusEvent<HTMLFormElement>) => {
    const key = event.type === "focus" ? (event.target as HTMLElement).getAttribute("data-input-key") : null;
    focused.current = key as InputKey | null;
  };

  /** Every edit of the funnel marks the figures as not written yet. */
  const edit = (next: FunnelForm) => {
    setForm(next);
    setStale(true);
  };

  /**
   * Runs one action of the pane that is not a recalculation: the pane is busy meanwhile, and what
   * Excel fails with is shown.
   */
  const act = <T,>(job: (context: Excel.RequestContext) => Promise<T>, then: (result: T) => unknown) => {
    if (status !== "idle") return;
    actions.current++;
    setStatus("working");
    setFailure(null);
    host
      .run(job)
      .then(then)
      .catch((error: unknown) => {
        setFailure({ error });
      })
      .finally(() => {
        setStatus("idle");
      });
  };

  /** Closes the period; where it is closed already, asks first (replace = the user said yes). */
  const closeThePeriod = (replace: boolean) => {
    act(
      // Closing a period is loaded when first asked for: opening the pane does not need it.
      async (context) =>
        (await import(/* webpackChunkName: "close-period" */ "../excel/close-period")).closePeriod(
          context,
          periodLabel,
          { ...options(), replace },
        ),
      (result) => {
        if (result.status === "confirm") {
          setPeriodStatus({ kind: "confirm", period: result.period, rows: result.existing });
          return;
        }
        if (result.status === "refused") {
          setPeriodStatus({ kind: "refused", errors: result.errors });
          return;
        }
        setPeriodStatus({ kind: "closed", period: result.period, rows: result.rows });
        apply(result.recalculation);
        // The comparison is computed by Excel: read it back.
        return load();
      },
    );
  };

  /** Runs a change that Excel's formulas finish (jump, compare period), then reads the sheet again. */
  const thenLoad = (job: (context: Excel.RequestContext) => Promise<void>) => {
    act(job, load);
  };

  const updateTheOverview = () => {
    act(
      // The Overview's code is loaded when first asked for: it is not needed to open the pane.
      async (context) =>
        (await import(/* webpackChunkName: "overview" */ "../excel/overview")).updateOverview(context, options()),
      async (result) => {
        setOverviewStatus(
          result.status === "refused"
            ? { kind: "refused", errors: result.errors }
            : {
                kind: "updated",
                sheet: result.sheet,
                count: result.funnels,
                renamed: result.renamed,
                gone: result.gone,
              },
        );
        if (result.status === "updated") await load();
      },
    );
  };

  const newSheet = () => {
    const example = {
      ...exampleFunnel,
      steps: exampleFunnel.steps.map((s, i) => ({ ...s, name: pack.exampleSteps[i] ?? s.name })),
    };
    void run(async (context) => (await writing()).createFunnelSheet(context, example, options())).then(load);
  };

  const changeLanguage = (code: LanguageCode) => {
    const next = pickLocale(code === "en" && locale.tag === "en-GB" ? "en-GB" : code);
    loadLanguage(next.language)
      .then((loaded) => {
        setForm(relocalize(form, locale.tag, next.tag));
        setPack(loaded);
        setLocale(next);
      })
      .catch((error: unknown) => {
        setFailure({ error });
      });
  };

  const hints = paneHints(form, strings, locale.tag);
  // Where the pane has its own hint about what was typed, Excel's advice about typing in a cell goes;
  // thin data is said in the step's own card.
  const warnings = (outcome?.warnings ?? []).filter(
    (w) =>
      !(w.code === "improvement-over-100" && w.step !== null && hints.has(w.step - 1)) &&
      !(w.code === "thin-data" && outcome?.forecast != null),
  );
  const issues = [...(outcome?.errors ?? []), ...warnings, ...general];
  // While the user types, the engine (pure, no round trip) says at once what is wrong, next to the field.
  const live =
    stale && location !== null
      ? validateFunnel(
          funnelFromForm(form, mode, locale.tag),
          layoutAt(location.firstStepRow, location.firstStepRow + form.steps.length + 1),
        )
      : null;
  // What only a run can say (the sheet's cells, Excel's answer) stays from the last run; what the
  // engine says of the form is said anew.
  const fieldIssues =
    live === null
      ? issues
      : [
          ...live.errors,
          ...live.warnings.filter((w) => w.code !== "thin-data"),
          ...issues.filter((i) => SHEET_ISSUES.has(i.code)),
        ];
  const placed = placeIssues(fieldIssues, form.steps.length);
  const generalErrors = placed.general.filter((i) => !isWarning(i));
  const generalWarnings = placed.general.filter(isWarning);
  const errorCount = issues.filter((i) => !isWarning(i)).length;
  const saleIssues = placed.byField.get("saleValue") ?? [];
  const busy = status !== "idle";

  return (
    <FluentProvider theme={host.dark ? webDarkTheme : webLightTheme} dir="ltr">
      <main className={styles.root} lang={locale.tag} data-testid="pane">
        <header className={styles.header}>
          <h1 className={styles.title}>{strings.appTitle}</h1>
          <span className={styles.subtle}>{strings.intro}</span>
          <span className={styles.subtle} data-testid="where">
            {location !== null
              ? fillNodes(strings.funnelOn, {
                  sheet: sheetName,
                  // "5–10" never broken at the dash, however narrow the pane.
                  rows: (
                    <span style={{ whiteSpace: "nowrap" }}>
                      {location.firstStepRow}–{location.lastStepRow}
                    </span>
                  ),
                }).map((piece, i) => <Fragment key={i}>{piece}</Fragment>)
              : sheetNote !== null && sheetNote.code !== "no-funnel"
                ? describe(sheetNote)
                : strings.noFunnelYet}
          </span>
          {host.kind === "preview" && <span className={styles.subtle}>{strings.previewNote}</span>}
        </header>

        {failure !== null && <Notice intent="error" title={excelFailureText(failure.error, pack)} testId="failure" />}
        {errorCount > 0 && (
          <Notice
            intent="error"
            title={`${errorsHeading(outcome?.errors ?? [], pack)} · ${fill(strings.problemsCount, { count: errorCount })}`}
            testId="errors"
            focusRef={errorsBanner}
          >
            {generalErrors.length > 0 && (
              <ul className={styles.list}>
                {generalErrors.map((issue, i) => (
                  <li key={i} className={styles.breakAnywhere}>
                    {describe(issue)}
                  </li>
                ))}
              </ul>
            )}
            <ReplaceEdits
              edits={(outcome?.errors ?? []).filter((e) => e.code === "cell-edited")}
              strings={strings}
              busy={busy}
              onReplace={replaceEdits}
            />
            <SheetConflicts count={conflicts.length} strings={strings} busy={busy} onChoose={resolveConflicts} />
          </Notice>
        )}

        {keptCells.length > 0 && (
          <Notice
            intent="warning"
            title={fill(strings.keptWhileSheetChanged, { cells: keptCells.join(", ") })}
            testId="kept-while-changed"
          />
        )}

        {sheetNote?.code === "no-funnel" && (
          <p className={styles.subtle} data-testid="sheet-note">
            {describe(sheetNote)}
          </p>
        )}

        {/* Step fields and Recalculate only where the sheet holds a funnel. */}
        {location !== null && (
          <form
            className={styles.section}
            onSubmit={recalculate}
            onFocus={trackFocus}
            onBlur={trackFocus}
            aria-labelledby="steps-title"
            noValidate
          >
            <h2 id="steps-title" className={styles.sectionTitle}>
              {strings.stepsHeading}
            </h2>
            <Field label={strings.productLabel} hint={strings.productHint}>
              <Input
                value={form.name}
                data-testid="product"
                data-input-key="product"
                onChange={(_e, data) => {
                  edit({ ...form, name: data.value });
                }}
              />
            </Field>
            <StepsEditor
              steps={form.steps}
              strings={strings}
              issues={placed}
              hints={hints}
              describe={describe}
              onChange={(steps) => {
                edit({ ...form, steps });
              }}
              onAdd={() => {
                edit({ ...form, steps: [...form.steps, newStep()] });
              }}
            />
            <Field
              label={strings.saleValue}
              validationState={saleIssues.length > 0 ? "error" : "none"}
              validationMessage={saleIssues.length > 0 ? saleIssues.map(describe).join(" ") : undefined}
            >
              <Input
                inputMode="decimal"
                value={form.saleValue}
                data-input-key="saleValue"
                contentAfter={currency}
                onChange={(_e, data) => {
                  edit({ ...form, saleValue: data.value });
                }}
              />
            </Field>
            <Field
              label={strings.modeLabel}
              hint={mode === "relative" ? strings.modeRelativeHelp : strings.modePointsHelp}
            >
              <Select
                className={styles.fullWidth}
                value={mode}
                data-testid="mode"
                onChange={(_e, data) => {
                  setMode(data.value === "points" ? "points" : "relative");
                  setStale(true);
                }}
              >
                <option value="relative">{strings.modeRelative}</option>
                <option value="points">{strings.modePoints}</option>
              </Select>
            </Field>
            <MoneyEditor
              money={form.money}
              open={moneyOpen || MONEY_FIELDS.some((field) => placed.byField.has(field))}
              currency={currency}
              strings={strings}
              issues={placed}
              describe={describe}
              onToggle={setMoneyOpen}
              onChange={(money) => {
                edit({ ...form, money });
              }}
            />
            <div className={styles.actions}>
              <Button appearance="primary" type="submit" disabled={busy} data-testid="recalculate">
                {status === "working" ? strings.working : strings.recalculate}
              </Button>
              {stale ? (
                <span className={styles.warningText} role="status" data-testid="not-written">
                  {blocked ? strings.blockedStatus : strings.staleStatus}
                </span>
              ) : (
                writtenTo !== null && (
                  <span className={styles.subtle} role="status" data-testid="written">
                    {fill(strings.written, { sheet: writtenTo })}
                  </span>
                )
              )}
            </div>
          </form>
        )}

        {generalWarnings.length > 0 && (
          <Notice intent="warning" title={strings.warningsHeading} testId="warnings">
            <ul className={styles.list}>
              {generalWarnings.map((issue, i) => (
                <li key={i}>{describe(issue)}</li>
              ))}
            </ul>
          </Notice>
        )}

        {location !== null && outcome?.forecast != null && (
          <Results
            forecast={outcome.forecast}
            strings={strings}
            format={format}
            stale={stale}
            comparison={comparison}
          />
        )}

        {location !== null && (
          <PeriodSection
            label={periodLabel}
            status={periodStatus}
            busy={busy}
            // A period keeps what the sheet holds: with edits not written yet, Recalculate comes first.
            disabled={stale}
            strings={strings}
            describe={describe}
            onLabel={(label) => {
              setPeriodLabel(label);
              setPeriodStatus({ kind: "idle" });
            }}
            onClose={closeThePeriod}
            onCancel={() => {
              setPeriodStatus({ kind: "idle" });
            }}
            comparison={comparison}
            periods={periods}
            onCompare={(period) => {
              thenLoad((context) => chooseComparePeriod(context, period));
            }}
          />
        )}

        {list !== null && (
          <FunnelsSection
            list={list}
            status={overviewStatus}
            busy={busy}
            strings={strings}
            describe={describe}
            onShow={(key) => {
              thenLoad((context) => showSheet(context, key));
            }}
            onUpdate={updateTheOverview}
          />
        )}

        <section className={styles.section} aria-labelledby="settings-title">
          <h2 id="settings-title" className={styles.sectionTitle}>
            {strings.settingsHeading}
          </h2>
          <div className={styles.settings}>
            <Field label={strings.language}>
              <Select
                value={locale.language}
                data-testid="language"
                onChange={(_e, data) => {
                  changeLanguage(data.value as LanguageCode);
                }}
              >
                {LANGUAGE_CODES.map((code) => (
                  <option key={code} value={code}>
                    {LANGUAGE_NAMES[code]}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={strings.currency}>
              <Select
                value={currency}
                onChange={(_e, data) => {
                  if (isCurrency(data.value)) setCurrency(data.value);
                }}
              >
                {CURRENCIES.map((code) => (
                  <option key={code} value={code}>
                    {code}
                  </option>
                ))}
              </Select>
            </Field>
          </div>
          {host.autoOpen !== null && (
            <Field hint={strings.autoOpenHelp}>
              {/* A native check box: Fluent's Switch alone costs about 2 KB of the pane's budget. */}
              <label className={styles.checkLine}>
                <input
                  type="checkbox"
                  className={styles.checkBox}
                  checked={autoOpen}
                  data-testid="auto-open"
                  onChange={(event) => {
                    const on = event.currentTarget.checked;
                    host.autoOpen
                      ?.set(on)
                      .then(() => {
                        setAutoOpen(on);
                      })
                      .catch((error: unknown) => {
                        setFailure({ error });
                      });
                  }}
                />
                {strings.autoOpen}
              </label>
            </Field>
          )}
        </section>

        <footer className={styles.footer}>
          <Button
            appearance={location === null && status === "idle" ? "primary" : "secondary"}
            onClick={newSheet}
            disabled={busy}
            data-testid="new-sheet"
          >
            {strings.newSheet}
          </Button>
          <a className={styles.link} href={templateUrl} download>
            {strings.template}
          </a>
        </footer>
      </main>
    </FluentProvider>
  );
}
