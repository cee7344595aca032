/** The dark theme, in a chunk of its own (see theme.ts). */
export { webDarkTheme as darkTheme } from "@fluentui/react-components";
