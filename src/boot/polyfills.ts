/**
 * The few built-ins newer than Excel 2019's EdgeHTML (Microsoft Edge 18) that the bundles use. Syntax is
 * taken care of by compiling to ES2017; built-ins are not, so the boot script installs these before the
 * bundles run, and only where they are missing. A build test scans the shipped bundles for every
 * built-in EdgeHTML lacks and fails when one is used that is neither here nor checked before use.
 * ES5 source (it is part of the boot scripts): no for...of, no spread, no ES2015 methods on Array.
 */

/** What installPolyfills provides, by the name the build test looks for. */
export const POLYFILLED = [
  "globalThis",
  "Array.prototype.flat",
  "Array.prototype.flatMap",
  "Object.fromEntries",
  "WeakRef",
];

type Scope = Record<string, unknown> & {
  Object: ObjectConstructor;
  Array: ArrayConstructor;
};

function define(target: object, name: string, value: unknown): void {
  Object.defineProperty(target, name, { value, configurable: true, writable: true, enumerable: false });
}

function flatten(list: readonly unknown[], depth: number, into: unknown[]): unknown[] {
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    if (Array.isArray(item) && depth > 0) flatten(item, depth - 1, into);
    else if (i in list) into.push(item);
  }
  return into;
}

export function installPolyfills(scope: Scope): void {
  // The webpack runtime and Griffel reach the global object through globalThis.
  if (typeof scope.globalThis === "undefined") scope.globalThis = scope;
  const arrays = scope.Array.prototype as unknown as Record<string, unknown>;
  if (typeof arrays.flat !== "function") {
    define(arrays, "flat", function (this: unknown[], depth?: number) {
      return flatten(this, depth ?? 1, []);
    });
  }
  if (typeof arrays.flatMap !== "function") {
    define(
      arrays,
      "flatMap",
      function (this: unknown[], map: (v: unknown, i: number, a: unknown[]) => unknown, self?: unknown) {
        return flatten(this.map(map, self), 1, []);
      },
    );
  }
  const objects = scope.Object as unknown as Record<string, unknown>;
  if (typeof objects.fromEntries !== "function") {
    define(objects, "fromEntries", function (entries: Iterable<readonly [PropertyKey, unknown]>) {
      const out: Record<PropertyKey, unknown> = {};
      const list = scope.Array.from(entries);
      for (let i = 0; i < list.length; i++) {
        const entry = list[i];
        if (entry !== undefined) out[entry[0]] = entry[1];
      }
      return out;
    });
  }
  // Keyborg (Fluent's focus tracking) keeps WeakRefs to shadow roots; a strong reference does the same job.
  if (typeof scope.WeakRef !== "function") {
    const StrongRef = function (this: { target: unknown }, target: unknown) {
      this.target = target;
    };
    define(StrongRef.prototype as object, "deref", function (this: { target: unknown }) {
      return this.target;
    });
    scope.WeakRef = StrongRef;
  }
}
