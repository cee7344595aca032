/** The Excel host: the auto-open document setting and the dark-theme test, with a stand-in Office. */
import { isDarkColor, officeHost } from "../../src/excel/office-host";

function installOffice(saveFails = false) {
  const store = new Map<string, unknown>();
  const saved: Map<string, unknown>[] = [];
  (globalThis as unknown as { Office: unknown }).Office = {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      displayLanguage: "nb-NO",
      officeTheme: { bodyBackgroundColor: "#262626" },
      requirements: { isSetSupported: (name: string, version: string) => name === "ExcelApi" && version === "1.7" },
      document: {
        settings: {
          get: (key: string) => store.get(key) ?? null,
          set: (key: string, value: unknown) => store.set(key, value),
          refreshAsync: (callback: (result: { status: string; error: { message: string } }) => void) => {
            callback({ status: "succeeded", error: { message: "" } });
          },
          saveAsync: (callback: (result: { status: string; error: { message: string } }) => void) => {
            if (!saveFails) saved.push(new Map(store));
            callback(
              saveFails
                ? { status: "failed", error: { message: "The document is read-only." } }
                : { status: "succeeded", error: { message: "" } },
            );
          },
        },
      },
    },
  };
  return { store, saved };
}

afterEach(() => {
  delete (globalThis as unknown as { Office?: unknown }).Office;
});

test("the auto-open switch writes Office.AutoShowTaskpaneWithDocument into the document and saves it", async () => {
  const { saved } = installOffice();
  const host = officeHost();
  expect(host.autoOpen?.get()).toBe(false);
  await host.autoOpen?.set(true);
  expect(host.autoOpen?.get()).toBe(true);
  expect(saved.at(-1)?.get("Office.AutoShowTaskpaneWithDocument")).toBe(true);
  await host.autoOpen?.set(false);
  expect(saved.at(-1)?.get("Office.AutoShowTaskpaneWithDocument")).toBe(false);
});

test("a failed save is reported, not swallowed", async () => {
  installOffice(true);
  await expect(officeHost().autoOpen?.set(true)).rejects.toThrow("The document is read-only.");
});

test("language, theme and requirement sets come from Office", () => {
  installOffice();
  const host = officeHost();
  expect(host.displayLanguage).toBe("nb-NO");
  expect(host.dark).toBe(true);
  expect(host.isSetSupported("ExcelApi", "1.7")).toBe(true);
  expect(host.isSetSupported("ExcelApi", "1.9")).toBe(false);
});

test.each([
  ["#262626", true],
  ["#000000", true],
  ["#ffffff", false],
  ["#f3f3f3", false],
  ["", false],
])("background %s is dark: %s", (color, dark) => {
  expect(isDarkColor(color)).toBe(dark);
});
