/**
 * A simulation of a funnel's counts, for comparing with the revenue range (DESIGN.md "How sure the
 * forecast is"): a period's counts drawn anew — the leads fixed, each step a binomial draw out of the
 * step before at the observed conversion — the conversions re-estimated from the draws, and today's and
 * the forecast's revenue recomputed from them (the forecast's conversions from the drawn ones, by the
 * contract's rule, written out here). Seeded: the same quantiles every run.
 *
 * Numeric loops run 50–100 times slower inside jest's sandbox than in plain Node, so the tests run this
 * in a Node process of its own (`simulateInNode`); the file is also that process's entry point.
 */
import { execFileSync } from "node:child_process";
import { binomial, seededRandom } from "./binomial";

export interface SimulatedFunnel {
  results: number[];
  improvements: number[];
  value: number;
  mode: "relative" | "points";
  draws: number;
  seed: number;
}

export interface SimulatedQuantiles {
  now: { low: number; high: number };
  forecast: { low: number; high: number };
}

function quantile(sorted: readonly number[], q: number): number {
  const at = q * (sorted.length - 1);
  const below = Math.floor(at);
  const above = Math.min(sorted.length - 1, below + 1);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (at - below);
}

function improve(c: number, d: number, mode: SimulatedFunnel["mode"]): number {
  return mode === "points" ? Math.max(0, Math.min(1, c + d)) : Math.min(1, c * (1 + d));
}

export function simulateQuantiles(funnel: SimulatedFunnel): SimulatedQuantiles {
  const random = seededRandom(funnel.seed);
  const { results, improvements, value, mode } = funnel;
  const now: number[] = [];
  const forecast: number[] = [];
  for (let draw = 0; draw < funnel.draws; draw++) {
    let count = results[0]!;
    let flow = count * (1 + improvements[0]!);
    for (let i = 1; i < results.length; i++) {
      const next = binomial(count, results[i]! / results[i - 1]!, random);
      flow *= improve(next / count, improvements[i]!, mode);
      count = next;
    }
    now.push(count * value);
    forecast.push(flow * value);
  }
  const sort = (list: number[]) => list.sort((a, b) => a - b);
  const bounds = (list: number[]) => ({ low: quantile(sort(list), 0.025), high: quantile(list, 0.975) });
  return { now: bounds(now), forecast: bounds(forecast) };
}

/** Runs simulateQuantiles in a Node process of its own (see above). */
export function simulateInNode(funnel: SimulatedFunnel): SimulatedQuantiles {
  const output = execFileSync(process.execPath, ["--import", "tsx", __filename], {
    input: JSON.stringify(funnel),
    encoding: "utf8",
  });
  return JSON.parse(output) as SimulatedQuantiles;
}

if (process.argv[1] === __filename) {
  const chunks: Buffer[] = [];
  process.stdin.on("data", (chunk: Buffer) => chunks.push(chunk));
  process.stdin.on("end", () => {
    const funnel = JSON.parse(Buffer.concat(chunks).toString("utf8")) as SimulatedFunnel;
    process.stdout.write(JSON.stringify(simulateQuantiles(funnel)));
  });
}
