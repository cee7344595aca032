import type { MetricsStrings } from "./metrics-types";

export const metricsHu: MetricsStrings = {
  range: "Adatai alapján ez a tölcsér {range} bevételt hoz {per} (95%); az előrejelzés szerint {forecastRange}.",
  rangeNowOnly: "Adatai alapján ez a tölcsér {range} bevételt hoz {per} (95%).",
  rangeTooWide:
    "A remélt többletbevétel ({extra}) kisebb, mint ennek a tartománynak a szélessége ({spread}): a bevétel önmagában nem mutatja meg, hogy a javítás működött vagy sem.",
  measure: "Ezt a változást nagyjából {count} {many} múlva látja a számaiban — vagy {one} alatt, {leads} leaddel.",
  measureWithin: "Ezt a változást már {one} alatt látja a számaiban.",
  units: {
    quarter: { per: "negyedévente", one: "egyetlen negyedév", many: "ilyen negyedév" },
    half: { per: "félévente", one: "egyetlen félév", many: "ilyen félév" },
    month: { per: "havonta", one: "egyetlen hónap", many: "ilyen hónap" },
    period: { per: "időszakonként", one: "egyetlen időszak", many: "ilyen időszak" },
  },
  cycleHeading: "Értékesítési ciklus és ügyfélérték",
  revenuePerDay: "Napi bevétel ({days} napos ciklus)",
  customersValue: "Az ügyfelek élettartam\u2011értéke",
  ltvToCac: "LTV:CAC (ügyfélérték ÷ eladásonkénti költség)",
  paybackSales: "Eladások egy ügyfél megszerzésének megtérüléséhez",
};
