/** The workbook the preview starts with: the article's funnel typed by hand, under a title, on row 4. */
import { exampleFunnel } from "../funnel/example";
import { SimulatedWorkbook } from "../simulation";

export function exampleWorkbook(): SimulatedWorkbook {
  const workbook = new SimulatedWorkbook();
  workbook.addSheet("Sheet1");
  workbook.addSheet("Notes");
  workbook.setInput("Notes", "A1", "No funnel on this sheet: the pane offers to make one.");
  workbook.setInput("Sheet1", "A1", "Sales funnel, third quarter");
  workbook.setInput("Sheet1", "A4", "Step");
  workbook.setInput("Sheet1", "B4", "Result");
  workbook.setInput("Sheet1", "D4", "Improvement");
  exampleFunnel.steps.forEach((step, i) => {
    workbook.setInput("Sheet1", `A${5 + i}`, step.name);
    workbook.setInput("Sheet1", `B${5 + i}`, step.result);
    if (step.improvement !== 0) workbook.setInput("Sheet1", `D${5 + i}`, step.improvement);
  });
  workbook.setInput("Sheet1", "A12", "Average sale value");
  workbook.setInput("Sheet1", "B12", exampleFunnel.averageSaleValue);
  workbook.sheet("Sheet1").formats.set("D8", "0.0%");
  return workbook;
}
