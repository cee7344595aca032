/**
 * The pane's Fluent theme. The light theme is part of the pane's opening script; the dark and the
 * high-contrast ones load only where they are used, before the pane first renders, so it never flashes
 * light.
 */
import { webLightTheme, type Theme } from "@fluentui/react-components";

/**
 * `contrast`: the system's contrast theme forces its own colours on the page (forced colours). On a dark
 * one (Aquatic, Dusk, Night sky) Fluent's high-contrast theme fits; on a light one (Desert) the light
 * theme does, its colours forced by the system where they would clash.
 */
export function paneTheme(dark: boolean, contrast = false): Promise<Theme> {
  if (contrast && dark)
    return import(/* webpackChunkName: "theme-dark" */ "./theme-dark").then((module) => module.contrastTheme);
  if (!dark) return Promise.resolve(webLightTheme);
  return import(/* webpackChunkName: "theme-dark" */ "./theme-dark").then((module) => module.darkTheme);
}
