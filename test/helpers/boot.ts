/**
 * Runs the ribbon page's boot script (src/boot/commands-boot.ts) against a stand-in window: as
 * Internet Explorer 11 has it (no Promise, Symbol, Proxy, Object.assign) or as a modern webview.
 */
import type { OfficeStandIn } from "../../src/simulation";

export const COMMANDS_PAGE = "https://funnel.example.org/addin/commands.html";

export interface BootRun {
  /** The script marked the page as too old for the bundles. */
  marked: boolean;
  /** The stand-in window, with whatever the script put on it. */
  globals: Record<string, unknown>;
}

export function commandsBootFor(standIn: OfficeStandIn, options: { modern?: boolean } = {}): BootRun {
  const fakeWindow: Record<string, unknown> = {
    Office: standIn.Office,
    location: { href: COMMANDS_PAGE },
    Object: { keys: Object.keys },
  };
  if (options.modern === true) Object.assign(fakeWindow, { Promise, Symbol, Proxy, Map, Set, Object, Array });
  const global = globalThis as unknown as Record<string, unknown>;
  const saved = global.window;
  global.window = fakeWindow;
  try {
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require("../../src/boot/commands-boot");
    });
  } finally {
    global.window = saved;
  }
  return { marked: fakeWindow.funnelForecastUnsupported === true, globals: fakeWindow };
}
