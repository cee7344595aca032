/** The built-ins the boot script installs where EdgeHTML lacks them behave like the real ones. */
import { installPolyfills, POLYFILLED } from "../../src/boot/polyfills";

function bareScope() {
  class Arrays<T> extends Array<T> {}
  const arrays = Arrays as unknown as ArrayConstructor;
  const objects = { ...Object } as unknown as ObjectConstructor;
  const missing = { value: undefined, configurable: true, writable: true };
  Object.defineProperty(objects, "fromEntries", missing);
  Object.defineProperty(arrays.prototype, "flat", missing);
  Object.defineProperty(arrays.prototype, "flatMap", missing);
  arrays.from = Array.from;
  return { Object: objects, Array: arrays } as Record<string, unknown> & {
    Object: ObjectConstructor;
    Array: ArrayConstructor;
  };
}

test("each polyfill matches the built-in it stands in for", () => {
  const scope = bareScope();
  installPolyfills(scope);
  expect(scope.globalThis).toBe(scope);
  // eslint-disable-next-line no-sparse-arrays
  const real = [1, [2, [3, [4]]], , 5];
  const flat = (scope.Array.prototype as unknown as { flat: (this: unknown[], depth?: number) => unknown[] }).flat;
  expect(flat.call(real)).toEqual(real.flat());
  expect(flat.call(real, 2)).toEqual(real.flat(2));
  expect(flat.call(real, Infinity)).toEqual(real.flat(Infinity));
  const words = scope.Array.from(["a b", "c"]) as unknown as { flatMap(f: (v: string) => string[]): string[] };
  expect(words.flatMap((w) => w.split(" "))).toEqual(["a", "b", "c"]);
  const fromEntries = (scope.Object as unknown as { fromEntries: (e: Iterable<[string, number]>) => object })
    .fromEntries;
  expect(
    fromEntries(
      new Map([
        ["x", 1],
        ["y", 2],
      ]),
    ),
  ).toEqual({ x: 1, y: 2 });
  const Ref = scope.WeakRef as new (t: object) => { deref(): object };
  const target = {};
  expect(new Ref(target).deref()).toBe(target);
  expect(POLYFILLED).toEqual([
    "globalThis",
    "Array.prototype.flat",
    "Array.prototype.flatMap",
    "Object.fromEntries",
    "WeakRef",
  ]);
});

test("where the built-ins exist, nothing is replaced", () => {
  const scope = { Object, Array, globalThis, WeakRef } as unknown as Parameters<typeof installPolyfills>[0];
  const before = [Array.prototype.flat, Array.prototype.flatMap, Object.fromEntries, WeakRef];
  installPolyfills(scope);
  expect([Array.prototype.flat, Array.prototype.flatMap, Object.fromEntries, scope.WeakRef]).toEqual(before);
});
