/** The registry of funnel sheets (funnel-registry.ts): read defensively, held against the sheets now. */
import {
  EMPTY_REGISTRY,
  parseRegistry,
  reconcile,
  registryWith,
  sameProduct,
  type FunnelRegistry,
} from "../../src/sheet/funnel-registry";

const shoes = { id: "{1}", sheet: "Shoes", product: "Running shoes", nameCell: "B36" };
const bags = { id: "{2}", sheet: "Bags", product: "Bags", nameCell: "B30" };

test("anything unreadable in the setting counts as no registry, entry by entry", () => {
  expect(parseRegistry(undefined)).toEqual(EMPTY_REGISTRY);
  expect(parseRegistry("text")).toEqual(EMPTY_REGISTRY);
  expect(parseRegistry({ funnels: [shoes, { id: 3, sheet: "x" }, null], overview: { id: "{9}" } })).toEqual({
    funnels: [shoes],
    overview: null,
  });
});

test("recording a funnel: added, replaced by id (or by name while its id is unknown), null when unchanged", () => {
  const one = registryWith(EMPTY_REGISTRY, { ...shoes, id: null });
  expect(one?.funnels).toEqual([{ ...shoes, id: null }]);
  const identified = registryWith(one!, shoes);
  expect(identified?.funnels).toEqual([shoes]);
  expect(registryWith(identified!, shoes)).toBeNull();
  const renamed = registryWith(identified!, { ...shoes, sheet: "Sneakers" });
  expect(renamed?.funnels).toEqual([{ ...shoes, sheet: "Sneakers" }]);
});

test("a product name another funnel goes by, without regard to case; never the funnel itself", () => {
  const registry: FunnelRegistry = { funnels: [shoes, bags], overview: null };
  expect(sameProduct(registry, { ...bags, id: "{3}", sheet: "Bags 2", product: "RUNNING shoes" })).toEqual(shoes);
  expect(sameProduct(registry, { ...shoes, nameCell: "B40" })).toBeNull();
  expect(sameProduct(registry, { ...bags, id: null, sheet: "New", product: "Hats" })).toBeNull();
});

test("held against the sheets now: renamed followed, deleted reported, tab order kept, the Overview found", () => {
  const registry: FunnelRegistry = {
    funnels: [shoes, bags, { id: null, sheet: "Hats", product: "Hats", nameCell: "B20" }],
    overview: { id: "{0}", sheet: "Overview", lastRow: 7 },
  };
  const sheets = [
    { id: "{0}", name: "Summary" },
    { id: "{7}", name: "hats" },
    { id: "{1}", name: "Sneakers" },
  ];
  const reconciled = reconcile(registry, sheets);
  expect(reconciled.funnels.map((f) => [f.id, f.sheet, f.product, f.position])).toEqual([
    // A product named after its sheet (FunnelName empty) follows the sheet's new name.
    ["{7}", "hats", "hats", 1],
    ["{1}", "Sneakers", "Running shoes", 2],
  ]);
  expect(reconciled.renamed).toEqual([
    { from: "Shoes", to: "Sneakers" },
    { from: "Hats", to: "hats" },
  ]);
  expect(reconciled.gone).toEqual([bags]);
  expect(reconciled.overview).toEqual({ id: "{0}", name: "Summary", position: 0, lastRow: 7 });
});
