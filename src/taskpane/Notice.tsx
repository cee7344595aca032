/** A message box in Fluent's colours (error or warning): lighter than MessageBar and its motion library. */
import { mergeClasses } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useNoticeStyles } from "./notice.styles";

interface Props {
  intent: "error" | "warning";
  title?: string;
  children?: ReactNode;
  testId?: string;
}

export function Notice({ intent, title, children, testId }: Props) {
  const styles = useNoticeStyles();
  return (
    <div
      className={mergeClasses(styles.box, styles[intent])}
      role={intent === "error" ? "alert" : "status"}
      data-testid={testId}
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
