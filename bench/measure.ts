// Timing helpers for the benchmarks: medians over many runs after warm-up, and paired runs
// so that a ratio to the raw figure is taken under the same machine noise.

/** How a benchmark reports one figure: Redress's time beside the raw limit's, against its budget. */
export type Recorder = (
  scale: number,
  what: string,
  redress: number,
  raw: number | null,
  budget: number | null,
) => void;

/** A call through the real dispatch, as the benchmarks make it. */
export type Call = (procedure: string, input: unknown) => Promise<unknown>;

export interface Stats {
  median: number;
  min: number;
  p90: number;
  n: number;
}

export function stats(samples: number[]): Stats {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return { median: at(0.5), min: s[0]!, p90: at(0.9), n: s.length };
}

/** Runs `a` and `b` alternately (rotating which goes first) and returns both sets of timings in ms. */
export async function paired(
  iterations: number,
  a: (i: number) => unknown,
  b: (i: number) => unknown,
  warmup = 20,
): Promise<{ a: Stats; b: Stats; ratio: number }> {
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < warmup + iterations; i++) {
    const order = i % 2 === 0 ? [a, b] : [b, a];
    for (const fn of order) {
      const t0 = performance.now();
      await fn(i);
      const dt = performance.now() - t0;
      if (i >= warmup) (fn === a ? ta : tb).push(dt);
    }
  }
  const sa = stats(ta);
  const sb = stats(tb);
  return { a: sa, b: sb, ratio: sa.median / sb.median };
}

export async function timeOnce<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

export interface Row {
  scale: string;
  what: string;
  redress: string;
  raw: string;
  ratio: string;
  budget: string;
  ok: string;
}

export const fmt = (ms: number) => (ms < 1 ? ms.toFixed(3) : ms < 100 ? ms.toFixed(2) : ms.toFixed(0));

export function printTable(rows: Row[]): void {
  const cols: Array<keyof Row> = ['scale', 'what', 'redress', 'raw', 'ratio', 'budget', 'ok'];
  const head: Row = {
    scale: 'cases',
    what: 'measure (median ms)',
    redress: 'Redress',
    raw: 'raw SQLite',
    ratio: 'ratio',
    budget: 'budget',
    ok: '',
  };
  const widths = cols.map((c) => Math.max(head[c].length, ...rows.map((r) => r[c].length)));
  const line = (r: Row) => cols.map((c, i) => r[c].padEnd(widths[i]!)).join(' | ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const r of rows) console.log(line(r));
}
