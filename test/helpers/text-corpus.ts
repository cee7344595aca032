/**
 * Texts a user may give as a step, product or period name that Excel would not keep as typed if they
 * were written as they are (office-js issue 1559): numbers, percents, money, booleans, dates, times,
 * formulas, and an apostrophe of the text's own.
 */
export const TEXT_CORPUS = [
  "2025",
  "007",
  "50%",
  "$5",
  "TRUE",
  "1,000",
  "(5)",
  "1/2",
  "Jan 2024",
  "12:30",
  "1e3",
  "=1+1",
  "+49 30 1234",
  "-x",
  "@home",
  "'quoted",
] as const;
