// npm run soak — the dashboard under sustained ingest, for as long as asked, on each store
// BENCH_STORE names (bench/stores.ts): the production build on a fresh store, fed by
// bench/soak-client.ts (50 services, 20,000 spans/s and their metrics by default) from a
// process of its own. Every SOAK_REPORT_MINUTES one row: what was acknowledged, ingest
// latency, retries, and the dashboard's own memory and event-loop delay (read inside it by
// bench/process-probe.cjs). On SQLite the dashboard is killed with SIGKILL every
// SOAK_KILL_EVERY_MINUTES and started again; the client sends what was not acknowledged
// again. At the end the calls in the store are set against the calls in every acknowledged
// metric batch: each counted once, none lost.
//   SOAK_MINUTES (60), SOAK_SPANS_PER_SECOND (20000), SOAK_SERVICES (50),
//   SOAK_KILL_EVERY_MINUTES (10; 0: never), SOAK_REPORT_MINUTES (5)
import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { ensureBuild } from '../scripts/build';
import { createDb, tablesOf } from '../lib/db/client';
import { storeFromUrl, type Provider } from '../lib/db/url';
import { TIER_MINUTE } from '../lib/rollup/grains';
import { startDashboard } from '../test/helpers/dashboard';
import type { SoakTotals, SoakWindow } from './soak-client';
import { probe, probeCells, max, median, within, type ProbeLine } from './probe';
import { benchProviders, emptyStore } from './stores';

export type SoakOptions = {
  seconds: number;
  spansPerSecond: number;
  services: number;
  killEverySeconds: number;
  windowSeconds: number;
};
export type SoakRun = {
  store: string;
  windows: SoakWindow[];
  probes: ProbeLine[];
  totals: SoakTotals;
  callsStored: number;
  kills: number;
};

/** Calls the rollups hold for the soak's services (minutes, over all routes). */
async function callsStored(url: string): Promise<number> {
  const db = createDb(storeFromUrl(url));
  try {
    const sum = await tablesOf(db)
      .selectFrom('MiddlewareRollup')
      .select(({ fn }) => fn.sum<number | null>('calls').as('calls'))
      .where('tier', '=', TIER_MINUTE)
      .where('allRoutes', '=', true)
      .where('service', 'like', 'soak-%')
      .executeTakeFirstOrThrow();
    return sum.calls ?? 0;
  } finally {
    await db.$disconnect();
  }
}

/** One soak on a fresh store of `provider`. */
export async function soak(provider: Provider, o: SoakOptions): Promise<SoakRun> {
  const store = await emptyStore(provider);
  const watch = probe(Math.min(5000, (o.windowSeconds * 1000) / 2));
  const dashboard = await startDashboard(store.url, watch.env);
  const windows: SoakWindow[] = [];
  let totals: SoakTotals | null = null;
  let kills = 0;
  // Kills one after another; a restart that fails ends the run with its error (afterwards).
  let killing: Promise<void> = Promise.resolve();
  let killFailed: Error | null = null;
  const killer =
    o.killEverySeconds > 0
      ? setInterval(() => {
          killing = killing
            .then(async () => {
              if (killFailed !== null) return;
              await dashboard.kill9();
              kills++;
              await dashboard.start();
            })
            .catch((err: Error) => {
              killFailed ??= err;
            });
        }, o.killEverySeconds * 1000)
      : null;
  try {
    const client = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, 'soak-client.ts')], {
      env: {
        ...process.env,
        URL: dashboard.url,
        SECONDS: String(o.seconds),
        SPANS_PER_SECOND: String(o.spansPerSecond),
        SERVICES: String(o.services),
        WINDOW_SECONDS: String(o.windowSeconds),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    for await (const line of readline.createInterface({ input: client.stdout! })) {
      const parsed = JSON.parse(line) as SoakWindow | SoakTotals;
      if ('done' in parsed) totals = parsed;
      else windows.push(parsed);
    }
    if (totals === null) throw new Error('the soak client ended without its totals');
    if (killer !== null) clearInterval(killer);
    await killing;
    if (killFailed !== null) throw killFailed;
    return {
      store: store.name,
      windows,
      probes: watch.lines(),
      totals,
      callsStored: await callsStored(store.url),
      kills,
    };
  } finally {
    if (killer !== null) clearInterval(killer);
    await killing;
    await dashboard.stop();
    await store.cleanup();
    watch.remove();
  }
}

/** The run as rows of `minutes` each: acknowledged, latency, retries, memory, loop delay. */
export function report(run: SoakRun, o: SoakOptions, minutes: number): string {
  const start = (run.windows[0]?.t ?? Date.now()) - o.windowSeconds * 1000;
  const rowMs = minutes * 60_000;
  const rows: string[] = [
    `### ${run.store}: ${Math.round(o.seconds / 60)} min, ${o.spansPerSecond.toLocaleString('en')} spans/s from ${o.services} services, killed ${run.kills} times`,
    '',
    '| minutes | spans/s acknowledged | ingest p50 / p99 / max ms (window medians; max) | retries | dashboard RSS / heap MB | loop delay p99 / max ms |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (let from = 0; from < o.seconds * 1000; from += rowMs) {
    const w = within(run.windows, start, from, rowMs);
    const p = within(run.probes, start, from, rowMs);
    if (w.length === 0) continue;
    const spans = (w.reduce((n, x) => n + x.spanBatches, 0) * 500) / (w.length * o.windowSeconds);
    rows.push(
      `| ${from / 60_000}-${(from + rowMs) / 60_000} | ${Math.round(spans).toLocaleString('en')} | ${median(w.map((x) => x.p50Ms))} / ${median(w.map((x) => x.p99Ms))} / ${max(w.map((x) => x.maxMs))} | ${w.reduce((n, x) => n + x.retries, 0)} | ${probeCells(p)} |`,
    );
  }
  const t = run.totals;
  rows.push(
    '',
    `Calls in acknowledged metric batches ${t.callsSent.toLocaleString('en')}, in the store ${run.callsStored.toLocaleString('en')}: ${t.callsSent === run.callsStored ? 'each counted once' : 'MISMATCH'}; ${t.spanBatches.toLocaleString('en')} span batches and ${t.metricBatches.toLocaleString('en')} metric batches acknowledged, ${t.retries} retries, ${t.refused} refused, ${t.abandoned} given up.`,
  );
  return rows.join('\n');
}

async function main(): Promise<void> {
  ensureBuild();
  const minutes = Number(process.env.SOAK_MINUTES ?? 60);
  const reportMinutes = Number(process.env.SOAK_REPORT_MINUTES ?? 5);
  const base = {
    seconds: Math.round(minutes * 60),
    spansPerSecond: Number(process.env.SOAK_SPANS_PER_SECOND ?? 20_000),
    services: Number(process.env.SOAK_SERVICES ?? 50),
    windowSeconds: Math.min(30, Math.max(5, reportMinutes * 30)),
  };
  for (const [name, v] of Object.entries(base))
    if (!(v > 0)) throw new Error(`SOAK: ${name} must be a positive number, got ${v}`);
  const killEvery = Number(process.env.SOAK_KILL_EVERY_MINUTES ?? 10);
  for (const provider of benchProviders()) {
    // kill -9 on SQLite only: PostgreSQL's own restarts are test/integration/store-faults.test.ts.
    const o = { ...base, killEverySeconds: provider === 'sqlite' ? Math.round(killEvery * 60) : 0 };
    const run = await soak(provider, o);
    console.log(report(run, o, reportMinutes) + '\n');
    if (run.totals.callsSent !== run.callsStored || run.totals.refused > 0 || run.totals.abandoned > 0)
      process.exitCode = 1;
  }
}

if (require.main === module) void main();
