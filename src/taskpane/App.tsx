import { Button, Field, FluentProvider, Input, Select, type Theme } from "@fluentui/react-components";
import { layoutAt } from "../sheet/funnel-rows";
import { validateFunnel } from "../funnel/validate";
import {
  Fragment,
  useCallback,
  useEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
  type FocusEvent,
  type FormEvent,
} from "react";
import { chooseComparePeriod, readPeriods, showSheet } from "../excel/funnel-list";
import { readFunnel, type FunnelReading } from "../excel/read-funnel";
import type { Choice, InputKey } from "../sheet/input-keys";
import { paneEdits } from "./follow-sheet";
import { initialPane, paneReducer } from "./pane-model";
import { SheetFollower } from "./sheet-follower";
import { SheetLanguageNote, useSheetLanguage } from "./SheetLanguage";
import type { RecalculateResult } from "../excel/recalculate";
import { suggestedPeriodLabel } from "../funnel/periods";

/**
 * The code that writes to the workbook, loaded on the first Recalculate or New funnel sheet: opening
 * the pane only reads, so it starts without it.
 */
const writing = () => import(/* webpackChunkName: "write" */ "./write-actions");
import type { WorkbookHost } from "../excel/host";
import { MONEY_FIELDS, type FunnelIssue } from "../funnel/types";
import {
  CURRENCIES,
  LANGUAGE_CODES,
  LANGUAGE_NAMES,
  defaultCurrency,
  errorsHeading,
  excelFailureText,
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
import { formFromNames, funnelFromForm, newStep, paneHints, type FunnelForm } from "./form";
import { MoneyEditor } from "./MoneyEditor";
import { PeriodSection, type PeriodStatus } from "./PeriodSection";
import { FunnelsSection, type OverviewStatus } from "./FunnelsSection";
import { ReplaceEdits } from "./ReplaceEdits";
import { SheetConflicts } from "./SheetConflicts";
import { placeIssues } from "./issues-by-field";
import { Notice } from "./Notice";
import { Results } from "./Results";
import { StepsEditor, fieldMessages, isWarning } from "./StepsEditor";
import { useStyles } from "./styles";

/** Issues about the sheet or Excel rather than the form: the engine cannot say them while typing. */
const SHEET_ISSUES: ReadonlySet<string> = new Set([
  "no-funnel",
  "overview-sheet",
  "history-sheet",
  "other-data",
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
]);

interface Props {
  host: WorkbookHost;
  /** Fluent's theme for the host's Office theme (theme.ts), loaded before the first render. */
  theme: Theme;
  templateUrl: string;
  /** The language pack for `locale`, loaded before the first render. */
  initialPack: LanguagePack;
  initialLocale: Locale;
}

export function App({ host, theme, templateUrl, initialPack, initialLocale }: Props) {
  const styles = useStyles();
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const [pack, setPack] = useState<LanguagePack>(initialPack);
  const strings = pack.pane;
  /**
   * The workbook's currency: read from it (stored, or shown by its money cells) or picked by the user;
   * null while neither. Until then the pane shows amounts in its locale's currency, and sends that to
   * the workbook only where the workbook has no funnel yet to hold another one.
   */
  const [workbookCurrency, setCurrency] = useState<Currency | null>(null);
  const [workbookHasFunnels, setWorkbookHasFunnels] = useState(false);
  const currency = workbookCurrency ?? defaultCurrency(locale);
  /**
   * The user pressed "Write them in …": kept until a write goes through (a conflict asks first), and
   * forgotten when they move to another sheet.
   */
  const relabelAsked = useRef(false);
  // The workbook as the pane shows it and the user's typing over it: one pure model (pane-model.ts).
  const [pane, dispatch] = useReducer(paneReducer, undefined, () =>
    initialPane(formFromNames(initialPack.exampleSteps.slice(0, 2))),
  );
  const { mode, form, location, sheetName, outcome, general, status, failure, writtenTo, stale } = pane;
  const { moneyOpen, comparison, list, sheetNote, baseline, conflicts, keptCells, blocked } = pane;
  const [autoOpen, setAutoOpen] = useState<boolean>(() => host.autoOpen?.get() ?? false);
  const [periodLabel, setPeriodLabel] = useState(() => suggestedPeriodLabel(new Date()));
  const [periodStatus, setPeriodStatus] = useState<PeriodStatus>({ kind: "idle" });
  /** The periods closed for this funnel, for the compare picker. */
  const [periods, setPeriods] = useState<string[]>([]);
  const [overviewStatus, setOverviewStatus] = useState<OverviewStatus>({ kind: "idle" });
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

  /**
   * What handlers that outlive their render need of the pane now: its language (numbers read from the
   * sheet are shown in it; changing it does not read again).
   */
  const latest = useRef({ tag: locale.tag });
  useEffect(() => {
    latest.current = { tag: locale.tag };
  });

  /** The texts of the sheet's label cells, to tell the language it was laid out in. */
  const [labelTexts, setLabelTexts] = useState<readonly string[]>([]);
  /** What failed in the background (a reading, an event, a chunk) is shown, never swallowed. */
  const showBackgroundFailure = useCallback((error: unknown) => {
    dispatch({ type: "background-failed", error });
  }, []);
  const sheetLanguage = useSheetLanguage(labelTexts, pack.sheet, locale.language, showBackgroundFailure);

  /** What a reading tells of the workbook itself: its currency, its funnels, the sheet's labels. */
  const takeWorkbook = useCallback((reading: FunnelReading) => {
    if (isCurrency(reading.currency)) setCurrency(reading.currency);
    setWorkbookHasFunnels(reading.list.funnels.length > 0);
    setLabelTexts(reading.labelTexts);
  }, []);

  const showReading = useCallback(
    (reading: FunnelReading) => {
      takeWorkbook(reading);
      dispatch({ type: "sheet-read", reading, tag: latest.current.tag });
    },
    [takeWorkbook],
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
          dispatch({ type: "failed", error });
        }),
    [host, showReading],
  );

  /**
   * The sheet changed (the user, a co-author, a formula, the add-in itself): read it again and bring in
   * every input the user did not change in the pane and is not typing in; the user's own changes stay,
   * over the baseline they were typed on, for the next write to meet three-way. When, and how often, is
   * the follower's (sheet-follower.ts).
   */
  const follower = useRef<SheetFollower<FunnelReading> | null>(null);
  /** One of the pane's actions begins; the function returned ends it (see sheet-follower.ts). */
  const beginAction = () => follower.current?.begin() ?? (() => undefined);

  useEffect(() => {
    const following = new SheetFollower<FunnelReading>({
      read: () => host.run((context) => readFunnel(context, host.isSetSupported("ExcelApi", "1.13"))),
      show: (reading) => {
        takeWorkbook(reading);
        dispatch({ type: "sheet-changed", reading, focused: focused.current, tag: latest.current.tag });
      },
      failed: showBackgroundFailure,
      setTimer: (callback, ms) => setTimeout(callback, ms),
      clearTimer: (handle) => {
        clearTimeout(handle as ReturnType<typeof setTimeout>);
      },
    });
    follower.current = following;
    const loaded = following.begin();
    void load().finally(loaded);
    const stop = host.watch({
      activated: () => {
        relabelAsked.current = false;
        const ended = following.begin();
        dispatch({ type: "loading" });
        void load().finally(ended);
      },
      changed: () => {
        following.changed();
      },
      failed: showBackgroundFailure,
    });
    return () => {
      following.stop();
      stop();
    };
  }, [host, load, takeWorkbook, showBackgroundFailure]);

  // The workbook owns its currency and its language: money is formatted as the sheet's language writes
  // the currency, and a sheet keeps its labels unless the user asks to relabel it.
  const sentCurrency = workbookCurrency ?? (workbookHasFunnels ? null : currency);
  const options = (relabel = false) => ({
    labels: pack.sheet,
    relabel,
    ...(sentCurrency === null ? {} : { currency: sentCurrency }),
    improvementMode: mode,
    isSetSupported: (name: string, version: string) => host.isSetSupported(name, version),
  });

  const run = async (job: (context: Excel.RequestContext) => Promise<RecalculateResult>) => {
    const ended = beginAction();
    dispatch({ type: "working" });
    try {
      const result = await host.run(job);
      // The sheet is the truth: after a write the pane shows what the sheet holds (the values kept
      // where the user chose the sheet's, the change since the compared period as Excel computed it,
      // the funnels list with a funnel written for the first time) and reads from there next time.
      const after = result.written
        ? await host.run((context) => readFunnel(context, host.isSetSupported("ExcelApi", "1.13")))
        : null;
      if (after !== null) takeWorkbook(after);
      if (result.written) relabelAsked.current = false;
      dispatch({ type: "write-done", result, after, tag: locale.tag });
    } catch (error) {
      dispatch({ type: "failed", error });
    }
    ended();
  };

  const recalculate = (event?: FormEvent) => {
    event?.preventDefault();
    if (status !== "idle") return;
    write();
  };

  /** Writes the pane's changes three-way (see follow-sheet.ts); `choices` answer earlier conflicts. */
  const write = (choices?: ReadonlyMap<InputKey, Choice>, seen?: ReadonlyMap<InputKey, unknown>) => {
    const funnel = funnelFromForm(form, mode, locale.tag);
    const edits = baseline === null ? null : paneEdits(form, baseline, mode, locale.tag);
    const three =
      edits === null ? {} : { paneEdits: choices === undefined ? edits : { ...edits, choices, ...(seen && { seen }) } };
    void run(async (context) =>
      (await writing()).writeInputs(context, funnel, { ...options(relabelAsked.current), ...three }),
    );
  };

  /** The user's answer to the conflicts: keep the sheet's values, or write the pane's over them. */
  const resolveConflicts = (choice: Choice) => {
    if (status !== "idle") return;
    write(
      new Map(conflicts.map((conflict) => [conflict.key, choice])),
      new Map(conflicts.map((conflict) => [conflict.key, conflict.sheet])),
    );
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
    dispatch({ type: "field-edited", form: next });
  };

  /**
   * Runs one action of the pane that is not a recalculation: the pane is busy meanwhile, and what
   * Excel fails with is shown.
   */
  const act = <T,>(job: (context: Excel.RequestContext) => Promise<T>, then: (result: T) => unknown) => {
    if (status !== "idle") return;
    const ended = beginAction();
    dispatch({ type: "working" });
    host
      .run(job)
      .then(then)
      .then(() => {
        dispatch({ type: "idle" });
      })
      .catch((error: unknown) => {
        dispatch({ type: "failed", error });
      })
      .finally(ended);
  };

  /**
   * Closes the period; where it is closed already, asks first (replace = the user said yes to the rows
   * they were shown; asked again if the history changed since).
   */
  const closeThePeriod = (replace: boolean) => {
    const seen = replace && periodStatus.kind === "confirm" ? periodStatus.seen : undefined;
    act(
      // Closing a period is loaded when first asked for: opening the pane does not need it.
      async (context) =>
        (await import(/* webpackChunkName: "close-period" */ "../excel/close-period")).closePeriod(
          context,
          periodLabel,
          { ...options(), ...(seen !== undefined && { replace: seen }) },
        ),
      (result) => {
        if (result.status === "confirm") {
          setPeriodStatus({
            kind: "confirm",
            period: result.period,
            rows: result.existing,
            seen: result.seen,
            changed: result.changed,
          });
          return;
        }
        if (result.status === "refused") {
          setPeriodStatus({ kind: "refused", errors: result.errors });
          return;
        }
        setPeriodStatus({ kind: "closed", period: result.period, rows: result.rows });
        dispatch({ type: "write-done", result: result.recalculation, after: null, tag: locale.tag });
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
    void run(async (context) => (await writing()).createExampleSheet(context, pack.exampleSteps, options())).then(load);
  };

  const changeLanguage = (code: LanguageCode) => {
    const next = pickLocale(code === "en" && locale.tag === "en-GB" ? "en-GB" : code);
    loadLanguage(next.language)
      .then((loaded) => {
        dispatch({ type: "relocalized", from: locale.tag, to: next.tag });
        setPack(loaded);
        setLocale(next);
      })
      .catch((error: unknown) => {
        dispatch({ type: "failed", error });
      });
  };

  const hints = paneHints(form, strings, locale.tag, mode);
  // Where the pane has its own hint about what was typed, Excel's advice about typing in a cell goes;
  // thin data is said in the step's own card.
  const hinted = (w: FunnelIssue) => w.code === "improvement-over-100" && w.step !== null && hints.has(w.step - 1);
  const warnings = (outcome?.warnings ?? []).filter(
    (w) => !hinted(w) && !(w.code === "thin-data" && outcome?.forecast != null),
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
          ...live.warnings.filter((w) => w.code !== "thin-data" && !hinted(w)),
          ...issues.filter((i) => SHEET_ISSUES.has(i.code)),
        ];
  const placed = placeIssues(fieldIssues, form.steps.length);
  const generalErrors = placed.general.filter((i) => !isWarning(i));
  const generalWarnings = placed.general.filter(isWarning);
  const errorCount = issues.filter((i) => !isWarning(i)).length;
  const saleIssues = placed.byField.get("saleValue") ?? [];
  const busy = status !== "idle";

  return (
    <FluentProvider theme={theme} dir="ltr">
      <main className={styles.root} lang={locale.tag} data-testid="pane" aria-busy={busy}>
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
            <Field label={strings.saleValue} {...fieldMessages(saleIssues, describe, strings)}>
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
                  dispatch({ type: "mode-chosen", mode: data.value === "points" ? "points" : "relative" });
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
              onToggle={(open) => {
                dispatch({ type: "money-toggled", open });
              }}
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
            <SheetLanguageNote
              sheetLanguage={sheetLanguage}
              paneLanguage={locale.language}
              tag={locale.tag}
              strings={strings}
              busy={busy}
              onRelabel={() => {
                if (status !== "idle") return;
                relabelAsked.current = true;
                write();
              }}
            />
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
            metrics={pack.metrics}
            periods={periods}
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
              // Written only while the sheet still compares with what the pane showed (three-way).
              act(
                (context) => chooseComparePeriod(context, period, comparison?.chosen ?? ""),
                (result) => {
                  setPeriodStatus(result.written ? { kind: "idle" } : { kind: "refused", errors: [result.issue] });
                  return load();
                },
              );
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
                        dispatch({ type: "failed", error });
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
