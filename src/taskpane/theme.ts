/**
 * The pane's Fluent theme. The light theme is part of the pane's opening script; the dark one (its own
 * colour tables, about 2.5 KB gzipped) loads only for a dark Office theme, before the pane first renders,
 * so it never flashes light.
 */
import { webLightTheme, type Theme } from "@fluentui/react-components";

export function paneTheme(dark: boolean): Promise<Theme> {
  if (!dark) return Promise.resolve(webLightTheme);
  return import(/* webpackChunkName: "theme-dark" */ "./theme-dark").then((module) => module.darkTheme);
}
