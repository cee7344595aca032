/** The workbook the preview starts with: the article's funnel typed by hand, under a title, on row 4. */
import { exampleFunnel } from "../funnel/example";
import { SimulatedWorkbook, typeFunnelInput, type WorkbookOptions } from "../simulation";

export function exampleWorkbook(options: WorkbookOptions = {}): SimulatedWorkbook {
  const workbook = new SimulatedWorkbook(options);
  workbook.addSheet("Sheet1");
  workbook.addSheet("Notes");
  workbook.setInput("Notes", "A1", "No funnel on this sheet: the pane offers to make one.");
  workbook.setInput("Sheet1", "A1", "Sales funnel, third quarter");
  typeFunnelInput(workbook, "Sheet1", 4, exampleFunnel);
  workbook.setInput("Sheet1", "A12", "Average sale value");
  workbook.sheet("Sheet1").formats.set("D8", "0.0%");
  return workbook;
}
