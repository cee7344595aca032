/**
 * Which sheets of a workbook hold funnels, kept in one workbook setting so the Overview can list them
 * without opening every sheet. Each funnel is recorded by its Worksheet.id, which survives a rename
 * (a sheet the add-in has just added has no id yet: it is recorded by name and given its id on the next
 * read). Written in the same batch as the funnel itself, so it travels with the file. Pure.
 */
import { sameText } from "../funnel/periods";

export const REGISTRY_SETTING = "FunnelForecast.funnels";

export interface RegisteredFunnel {
  /** Worksheet.id; null until the add-in has read it back. */
  id: string | null;
  /** The sheet's name when last seen. */
  sheet: string;
  /** The product (FunnelName, or the sheet's name when that is empty) when last recalculated. */
  product: string;
  /** Where FunnelName is on the sheet, e.g. "B32", for messages. */
  nameCell: string;
}

export interface RegisteredOverview {
  id: string | null;
  sheet: string;
  /** The last row the Overview's block took, so a shorter one clears what is left below it. */
  lastRow: number;
  /** Its comparison chart's id (Chart.id, ExcelApi 1.7): found again after Excel on the web renamed it. */
  chartId?: string;
}

export interface FunnelRegistry {
  funnels: RegisteredFunnel[];
  overview: RegisteredOverview | null;
}

export const EMPTY_REGISTRY: FunnelRegistry = { funnels: [], overview: null };

export interface SheetIdentity {
  id: string;
  name: string;
}

function isText(value: unknown): value is string {
  return typeof value === "string";
}

function funnelOf(value: unknown): RegisteredFunnel | null {
  if (typeof value !== "object" || value === null) return null;
  const v = value as Record<string, unknown>;
  if (!(v.id === null || isText(v.id)) || !isText(v.sheet) || !isText(v.product) || !isText(v.nameCell)) return null;
  return { id: v.id, sheet: v.sheet, product: v.product, nameCell: v.nameCell };
}

/** The registry stored in the setting; anything unreadable counts as none (the add-in rebuilds it). */
export function parseRegistry(value: unknown): FunnelRegistry {
  if (typeof value !== "object" || value === null) return EMPTY_REGISTRY;
  const v = value as { funnels?: unknown; overview?: unknown };
  const funnels = Array.isArray(v.funnels)
    ? v.funnels.map(funnelOf).filter((f): f is RegisteredFunnel => f !== null)
    : [];
  const o = v.overview as Record<string, unknown> | null | undefined;
  const overview =
    typeof o === "object" &&
    o !== null &&
    (o.id === null || isText(o.id)) &&
    isText(o.sheet) &&
    typeof o.lastRow === "number"
      ? { id: o.id, sheet: o.sheet, lastRow: o.lastRow, ...(isText(o.chartId) ? { chartId: o.chartId } : {}) }
      : null;
  return { funnels, overview };
}

/** Whether a registered sheet is this one: by id, or by name while its id is not known yet. */
export function isSheet(entry: { id: string | null; sheet: string }, sheet: SheetIdentity): boolean {
  return entry.id === null ? sameText(entry.sheet, sheet.name) : entry.id === sheet.id;
}

/** The registry with `funnel` recorded (replacing the entry of the same sheet), or null when nothing changes. */
export function registryWith(registry: FunnelRegistry, funnel: RegisteredFunnel): FunnelRegistry | null {
  const index = registry.funnels.findIndex(
    (f) => (funnel.id !== null && f.id === funnel.id) || (f.id === null && sameText(f.sheet, funnel.sheet)),
  );
  const old = registry.funnels[index];
  if (
    old !== undefined &&
    old.id === funnel.id &&
    old.sheet === funnel.sheet &&
    old.product === funnel.product &&
    old.nameCell === funnel.nameCell
  ) {
    return null;
  }
  const funnels = [...registry.funnels];
  if (index < 0) funnels.push(funnel);
  else funnels[index] = funnel;
  return { ...registry, funnels };
}

/** Another funnel that goes by the same product name (names match without regard to case). */
export function sameProduct(registry: FunnelRegistry, funnel: RegisteredFunnel): RegisteredFunnel | null {
  return (
    registry.funnels.find(
      (f) =>
        sameText(f.product, funnel.product) &&
        !(funnel.id !== null && f.id === funnel.id) &&
        !(f.id === null && sameText(f.sheet, funnel.sheet)),
    ) ?? null
  );
}

export interface ReconciledFunnel extends RegisteredFunnel {
  id: string;
  /** 0-based place in the tab order. */
  position: number;
}

export interface Reconciled {
  /** The funnels whose sheets exist, in tab order, with their names and ids now. */
  funnels: ReconciledFunnel[];
  /** Funnels whose sheet was renamed since the add-in last saw it. */
  renamed: { from: string; to: string }[];
  /** Funnels whose sheet is gone. */
  gone: RegisteredFunnel[];
  /** The Overview's sheet, when it still exists. */
  overview: (SheetIdentity & { position: number; lastRow: number }) | null;
}

/** The registry held against the sheets the workbook has now (in tab order). */
export function reconcile(registry: FunnelRegistry, sheets: readonly SheetIdentity[]): Reconciled {
  const funnels: ReconciledFunnel[] = [];
  const renamed: Reconciled["renamed"] = [];
  const gone: RegisteredFunnel[] = [];
  const seen = new Set<string>();
  for (const entry of registry.funnels) {
    const position = sheets.findIndex((s) => isSheet(entry, s));
    const sheet = sheets[position];
    if (sheet === undefined) {
      gone.push(entry);
      continue;
    }
    if (seen.has(sheet.id)) continue;
    seen.add(sheet.id);
    if (entry.sheet !== sheet.name) renamed.push({ from: entry.sheet, to: sheet.name });
    const product = sameText(entry.product, entry.sheet) ? sheet.name : entry.product;
    funnels.push({ ...entry, id: sheet.id, sheet: sheet.name, product, position });
  }
  funnels.sort((a, b) => a.position - b.position);
  const o = registry.overview;
  const at = o === null ? -1 : sheets.findIndex((s) => isSheet(o, s));
  const sheet = sheets[at];
  const overview = o === null || sheet === undefined ? null : { ...sheet, position: at, lastRow: o.lastRow };
  return { funnels, renamed, gone, overview };
}
