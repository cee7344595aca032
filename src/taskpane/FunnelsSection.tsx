/**
 * The workbook's funnels: each one a link to its sheet, the one of the active sheet marked, and the
 * button that makes or updates the Overview, with what the update found (renamed or deleted sheets).
 */
import { Button } from "@fluentui/react-components";
import type { FunnelList } from "../excel/funnel-list";
import type { FunnelIssue } from "../funnel/types";
import { fill, type PaneStrings } from "../i18n";
import { Notice } from "./Notice";
import { useStyles } from "./styles";

export type OverviewStatus =
  | { kind: "idle" }
  | { kind: "updated"; sheet: string; count: number; renamed: { from: string; to: string }[]; gone: string[] }
  | { kind: "refused"; errors: FunnelIssue[] };

interface Props {
  list: FunnelList;
  status: OverviewStatus;
  busy: boolean;
  strings: PaneStrings;
  describe: (issue: FunnelIssue) => string;
  onShow: (key: string) => void;
  onUpdate: () => void;
}

export function FunnelsSection({ list, status, busy, strings, describe, onShow, onUpdate }: Props) {
  const styles = useStyles();
  const link = `${styles.linkButton} ${styles.link}`;
  return (
    <section className={styles.section} aria-labelledby="funnels-title" data-testid="funnels">
      <h2 id="funnels-title" className={styles.sectionTitle}>
        {strings.funnelsHeading}
      </h2>
      <span className={styles.subtle}>{strings.funnelsIntro}</span>
      {list.funnels.length > 0 && (
        <ul className={styles.list} data-testid="funnel-list">
          {list.funnels.map((funnel) => (
            <li key={funnel.id}>
              {funnel.id === list.activeId ? (
                <span aria-current="page">
                  {funnel.product} <span className={styles.subtle}>({strings.funnelHere})</span>
                </span>
              ) : (
                <button
                  type="button"
                  className={link}
                  onClick={() => {
                    onShow(funnel.id);
                  }}
                >
                  {funnel.product}
                </button>
              )}
              {funnel.product !== funnel.sheet && <span className={styles.subtle}> · {funnel.sheet}</span>}
            </li>
          ))}
        </ul>
      )}
      <div className={styles.actions}>
        <Button disabled={busy} data-testid="update-overview" onClick={onUpdate}>
          {busy ? strings.overviewUpdating : list.overview === null ? strings.overviewCreate : strings.overviewUpdate}
        </Button>
        {list.overview !== null && (
          <button
            type="button"
            className={link}
            data-testid="show-overview"
            onClick={() => {
              if (list.overview !== null) onShow(list.overview);
            }}
          >
            {strings.overviewShow}
          </button>
        )}
      </div>
      {status.kind === "updated" && (
        <span className={styles.subtle} role="status" data-testid="overview-updated">
          {[
            fill(strings.overviewUpdated, { sheet: status.sheet, count: status.count }),
            ...status.renamed.map((r) => fill(strings.overviewRenamed, r)),
            ...(status.gone.length > 0 ? [fill(strings.overviewGone, { names: status.gone.join(", ") })] : []),
          ].join(" ")}
        </span>
      )}
      {status.kind === "refused" && (
        <Notice intent="error" title={status.errors.map(describe).join(" ")} testId="overview-refused" />
      )}
    </section>
  );
}
