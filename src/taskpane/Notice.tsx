/** A message box in Fluent's colours (error or warning): lighter than MessageBar and its motion library. */
import { mergeClasses } from "@fluentui/react-components";
import type { ReactNode, Ref } from "react";
import { useNoticeStyles } from "./notice.styles";

interface Props {
  intent: "error" | "warning";
  title?: string;
  children?: ReactNode;
  testId?: string;
  /** To move the focus to the notice (it is focusable from script, not in the tab order). */
  focusRef?: Ref<HTMLDivElement>;
}

export function Notice({ intent, title, children, testId, focusRef }: Props) {
  const styles = useNoticeStyles();
  return (
    <div
      className={mergeClasses(styles.box, styles[intent])}
      role={intent === "error" ? "alert" : "status"}
      data-testid={testId}
      ref={focusRef}
      tabIndex={focusRef === undefined ? undefined : -1}
    >
      {title !== undefined && (
        <span className={styles.title}>
          <span aria-hidden="true">{intent === "error" ? "✖ " : "⚠ "}</span>
          {title}
        </span>
      )}
      {children}
    </div>
  );
}
