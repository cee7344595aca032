/**
 * Built-ins that Excel 2019's EdgeHTML (Microsoft Edge 18) does not have: each arrived in Chromium-based
 * Edge 79 or later (MDN browser-compatibility data). The build test scans the shipped bundles for them;
 * the end-to-end tests remove them from the page to imitate EdgeHTML.
 */
export interface MissingBuiltIn {
  /** As POLYFILLED in src/boot/polyfills.ts names it. */
  name: string;
  /** How a use of it looks in minified code. */
  use: RegExp;
  /** Where it lives: the object and property removed to imitate EdgeHTML. */
  owner: string;
  property: string;
}

const on = (owner: string, property: string, use: RegExp, name = `${owner}.${property}`): MissingBuiltIn => ({
  name,
  use,
  owner,
  property,
});

export const EDGEHTML_MISSING: MissingBuiltIn[] = [
  on("window", "globalThis", /\bglobalThis\b/, "globalThis"),
  on("Array.prototype", "flat", /\.flat\(/),
  on("Array.prototype", "flatMap", /\.flatMap\(/),
  on("Array.prototype", "at", /[\w)\]]\.at\(/),
  on("Array.prototype", "findLast", /\.findLast(Index)?\(/),
  on("Object", "fromEntries", /\bfromEntries\b/),
  on("Object", "hasOwn", /Object\.hasOwn\(/),
  on("String.prototype", "replaceAll", /\.replaceAll\(/),
  on("String.prototype", "matchAll", /\.matchAll\(/),
  on("String.prototype", "trimStart", /\.trimStart\(/),
  on("String.prototype", "trimEnd", /\.trimEnd\(/),
  on("Promise", "allSettled", /\ballSettled\b/),
  on("Promise", "any", /Promise\.any\(/),
  on("window", "structuredClone", /\bstructuredClone\b/, "structuredClone"),
  on("window", "queueMicrotask", /\bqueueMicrotask\b/, "queueMicrotask"),
  on("window", "WeakRef", /\bWeakRef\b/, "WeakRef"),
  on("window", "ResizeObserver", /\bResizeObserver\b/, "ResizeObserver"),
  on("Intl", "ListFormat", /\bListFormat\b/),
  on("Intl", "RelativeTimeFormat", /\bRelativeTimeFormat\b/),
  on("Intl", "Segmenter", /\bSegmenter\b/),
  on("Intl", "DisplayNames", /\bDisplayNames\b/),
];

/**
 * Used in the bundles only behind a check that it exists, with the fallback that then runs; anything
 * added here needs that check in the shipped code, not a promise.
 */
export const GUARDED: Record<string, RegExp> = {
  // React's scheduler: typeof queueMicrotask === "function" ? queueMicrotask : Promise-based fallback.
  queueMicrotask: /"function"===?typeof queueMicrotask\?queueMicrotask:/,
  // The sheet's language named in the pane's (SheetLanguage.tsx): the language's own name otherwise.
  "Intl.DisplayNames": /"function"===?typeof Intl\.DisplayNames\?/,
};
