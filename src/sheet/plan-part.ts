/** A cell planned by one part of the sheet plan (money, periods), before planSheet gives it its address. */
export interface PartCell {
  column: string;
  row: number;
  role: "input" | "output";
  formula?: string;
  value?: string | number;
  text?: boolean;
  numberFormat?: string;
}
