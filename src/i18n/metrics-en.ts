import type { MetricsStrings } from "./metrics-types";

export const metricsEn: MetricsStrings = {
  range: "Your data puts this funnel at {range} {per} (95%); the forecast at {forecastRange}.",
  rangeNowOnly: "Your data puts this funnel at {range} {per} (95%).",
  rangeTooWide:
    "The extra revenue you hope for ({extra}) is smaller than this range's spread ({spread}): the revenue alone will not show whether the improvement worked.",
  measure: "You will see this change in your numbers after about {count} {many} — or in {one} with {leads} leads.",
  measureWithin: "You will see this change in your numbers within {one}.",
  units: {
    quarter: { per: "per quarter", one: "one quarter", many: "quarters like this one" },
    half: { per: "per half year", one: "one half year", many: "half years like this one" },
    month: { per: "per month", one: "one month", many: "months like this one" },
    period: { per: "per period", one: "one period", many: "periods like this one" },
  },
  cycleHeading: "Sales cycle and customer value",
  revenuePerDay: "Revenue per day ({days}\u2011day cycle)",
  customersValue: "Customers' lifetime value",
  ltvToCac: "LTV:CAC (lifetime value ÷ cost per sale)",
  paybackSales: "Sales to pay back winning a customer",
};
