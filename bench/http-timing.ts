// Timing the dashboard's endpoints over HTTP, as the store benchmarks report them:
// sequential calls after one warm-up, p50 and p95, one column per store.
import { startDashboard } from '../test/helpers/dashboard';

export type Timing = { p50: number; p95: number };
/** A store's timings by endpoint label, for one column of the table. */
export type TimingColumn = { name: string; times: Map<string, Timing> };

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

/** p50 and p95 (ms) of `runs` calls of `url` after one warm-up call, which must succeed. */
export async function timeEndpoint(base: string, url: string, runs: number): Promise<Timing> {
  const warm = await fetch(base + url);
  if (!warm.ok) throw new Error(`${url}: ${warm.status} ${await warm.text()}`);
  await warm.arrayBuffer();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const res = await fetch(base + url);
    await res.arrayBuffer();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 0.5), p95: percentile(times, 0.95) };
}

/** Each [label, url] timed, one after another, against a dashboard started on the store (with `env`) and stopped after. */
export async function timeEndpoints(
  databaseUrl: string,
  endpoints: [string, string][],
  runs: number,
  env: Record<string, string> = {},
): Promise<Map<string, Timing>> {
  const dashboard = await startDashboard(databaseUrl, env);
  try {
    const times = new Map<string, Timing>();
    for (const [label, url] of endpoints) times.set(label, await timeEndpoint(dashboard.url, url, runs));
    return times;
  } finally {
    await dashboard.stop();
  }
}

/** The table: a row per endpoint label, a column per store, p50 / p95. */
export function printTimings(labels: string[], columns: TimingColumn[]): void {
  console.log(`\n| endpoint | ${columns.map((c) => c.name).join(' | ')} |`);
  console.log(`| --- | ${columns.map(() => '---:').join(' | ')} |`);
  for (const label of labels) {
    console.log(
      `| ${label} | ${columns.map((c) => `${c.times.get(label)!.p50.toFixed(0)} / ${c.times.get(label)!.p95.toFixed(0)} ms`).join(' | ')} |`,
    );
  }
}
