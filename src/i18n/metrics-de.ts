import type { MetricsStrings } from "./metrics-types";

export const metricsDe: MetricsStrings = {
  range: "Ihre Daten sehen diesen Trichter bei {range} {per} (95\u00a0%); die Prognose bei {forecastRange}.",
  rangeNowOnly: "Ihre Daten sehen diesen Trichter bei {range} {per} (95\u00a0%).",
  rangeTooWide:
    "Der erhoffte Mehrumsatz ({extra}) ist kleiner als die Spanne dieses Bereichs ({spread}): Am Umsatz allein werden Sie nicht sehen, ob die Verbesserung gewirkt hat.",
  measure: "Sie sehen diese Änderung in Ihren Zahlen nach etwa {count} {many} — oder in {one} mit {leads} Leads.",
  measureWithin: "Sie sehen diese Änderung in Ihren Zahlen schon innerhalb von {one}.",
  units: {
    quarter: { per: "pro Quartal", one: "einem Quartal", many: "Quartalen wie diesem" },
    half: { per: "pro Halbjahr", one: "einem Halbjahr", many: "Halbjahren wie diesem" },
    month: { per: "pro Monat", one: "einem Monat", many: "Monaten wie diesem" },
    period: { per: "pro Zeitraum", one: "einem Zeitraum", many: "Zeiträumen wie diesem" },
  },
  cycleHeading: "Verkaufszyklus und Kundenwert",
  revenuePerDay: "Umsatz pro Tag (Zyklus von {days} Tagen)",
  customersValue: "Wert der Kunden über die ganze Beziehung",
  ltvToCac: "LTV:CAC (Kundenwert ÷ Kosten je Verkauf)",
  paybackSales: "Verkäufe, die das Gewinnen eines Kunden bezahlen",
};
