// Timing helpers for the bench: percentiles over samples, and a table printer.
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

export interface Stat {
  readonly p50: number;
  readonly p99: number;
  readonly n: number;
}

export function stat(samples: readonly number[]): Stat {
  return { p50: round(percentile(samples, 50)), p99: round(percentile(samples, 99)), n: samples.length };
}

export function round(value: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export async function timeIt(work: () => unknown | Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

export interface Row {
  readonly measure: string;
  readonly value: string;
  readonly target: string;
  readonly verdict: 'met' | 'NOT met' | '';
}

export function printTable(rows: readonly Row[]): void {
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => Object.values(r)[i].length), ['measure', 'value', 'target', 'verdict'][i].length));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  console.log(line(['measure', 'value', 'target', 'verdict']));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(Object.values(row)));
}
