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

/**
 * The columns of the figures added beside the summary and the costs and target block (label, value):
 * every cell in A and B under the summary was laid out before, and a sheet laid out then keeps its
 * inputs where the user typed them, so the figures added since sit to the right of them.
 */
export const SIDE_COLUMNS = { label: "D", value: "E" } as const;
