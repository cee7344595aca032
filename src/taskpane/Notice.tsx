/** A message box in Fluent's colours (error or warning): lighter than MessageBar and its motion library. */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useNoticeStyles = makeStyles({
  box: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    borderLeftWidth: "4px",
    borderLeftStyle: "solid",
    fontSize: tokens.fontSizeBase300,
  },
  error: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    borderLeftColor: tokens.colorPaletteRedBorder2,
    color: tokens.colorNeutralForeground1,
  },
  warning: {
    backgroundColor: tokens.colorPaletteYellowBackground1,
    borderLeftColor: tokens.colorPaletteDarkOrangeBorder2,
    color: tokens.colorNeutralForeground1,
  },
  title: { fontWeight: tokens.fontWeightSemibold },
});

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
