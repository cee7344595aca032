import type { MetricsStrings } from "./metrics-types";

export const metricsNb: MetricsStrings = {
  range: "Dataene dine plasserer denne trakten på {range} {per} (95\u00a0%); prognosen på {forecastRange}.",
  rangeNowOnly: "Dataene dine plasserer denne trakten på {range} {per} (95\u00a0%).",
  rangeTooWide:
    "Den ekstra omsetningen du håper på ({extra}), er mindre enn spennet i dette intervallet ({spread}): omsetningen alene vil ikke vise om forbedringen virket.",
  measure: "Du ser denne endringen i tallene dine etter omtrent {count} {many} — eller på {one} med {leads} leads.",
  measureWithin: "Du ser denne endringen i tallene dine innen {one}.",
  units: {
    quarter: { per: "per kvartal", one: "ett kvartal", many: "kvartaler som dette" },
    half: { per: "per halvår", one: "ett halvår", many: "halvår som dette" },
    month: { per: "per måned", one: "én måned", many: "måneder som denne" },
    period: { per: "per periode", one: "én periode", many: "perioder som denne" },
  },
  cycleHeading: "Salgssyklus og kundeverdi",
  revenuePerDay: "Omsetning per dag (syklus på {days} dager)",
  customersValue: "Kundenes livstidsverdi",
  ltvToCac: "LTV:CAC (livstidsverdi ÷ kostnad per salg)",
  paybackSales: "Salg som betaler for å vinne én kunde",
};
