/** The dark and high-contrast themes, in a chunk of their own (see theme.ts). */
export { webDarkTheme as darkTheme, teamsHighContrastTheme as contrastTheme } from "@fluentui/react-components";
