import type { MetricsStrings } from "./metrics-types";

export const metricsNl: MetricsStrings = {
  range: "Uw gegevens plaatsen deze trechter op {range} {per} (95%); de verwachting op {forecastRange}.",
  rangeNowOnly: "Uw gegevens plaatsen deze trechter op {range} {per} (95%).",
  rangeTooWide:
    "De extra omzet waarop u hoopt ({extra}) is kleiner dan de spreiding van dit bereik ({spread}): aan de omzet alleen ziet u niet of de verbetering werkte.",
  measure: "U ziet deze verandering in uw cijfers na ongeveer {count} {many} — of in {one} met {leads} leads.",
  measureWithin: "U ziet deze verandering in uw cijfers binnen {one}.",
  units: {
    quarter: { per: "per kwartaal", one: "één kwartaal", many: "kwartalen zoals dit" },
    half: { per: "per halfjaar", one: "één halfjaar", many: "halfjaren zoals dit" },
    month: { per: "per maand", one: "één maand", many: "maanden zoals deze" },
    period: { per: "per periode", one: "één periode", many: "perioden zoals deze" },
  },
  cycleHeading: "Verkoopcyclus en klantwaarde",
  revenuePerDay: "Omzet per dag (cyclus van {days} dagen)",
  customersValue: "Klantwaarde over de hele relatie",
  ltvToCac: "LTV:CAC (klantwaarde ÷ kosten per verkoop)",
  paybackSales: "Verkopen om het winnen van een klant terug te verdienen",
};
