/**
 * The pane's Fluent theme for the host's Office theme. `contrast`: the system's contrast theme forces its
 * own colours on the page (forced colours). On a dark one (Aquatic, Dusk, Night sky) Fluent's
 * high-contrast theme fits; on a light one (Desert) the light theme does, its colours forced by the
 * system where they would clash. All three are in the pane's opening script: loading the others on
 * demand saved less than the request it added for the users who need them.
 */
import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

export function paneTheme(dark: boolean, contrast = false): Theme {
  if (contrast && dark) return teamsHighContrastTheme;
  return dark ? webDarkTheme : webLightTheme;
}
