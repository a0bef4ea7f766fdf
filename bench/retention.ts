// npm run bench:retention — what a maintenance pass costs when a day expires, on a fresh
// 30-day seed (bench/seed.ts) in each store BENCH_STORE names: one pass at the moment a whole
// day of minute rows (1.58 M rows) and the oldest day of hour rows are past their tiers, as
// the first pass after midnight meets them. SQLite DELETEs the rows; PostgreSQL drops each
// day's table (lib/rollup/partitions.ts). A ranking over 24 h runs in a loop meanwhile, so
// the table shows what the pass costs the pages too. Then a second pass, with nothing to do.
// The seed is written afresh (BENCH_SEED and BENCH_PG_SEED are left alone: this consumes it).
import { createDb } from '../lib/db/client';
import { storeFromUrl } from '../lib/db/url';
import { DAY_MS, MINUTE_TIER_MS } from '../lib/rollup/grains';
import { maintain, retentionFromEnv, type Retention } from '../lib/rollup/maintenance';
import { middlewareRanking } from '../lib/query/ranking';
import { EVERYTHING } from '../lib/query/scope';
import { DAYS, MINUTE_DAYS } from './seed';
import { benchProviders, seededStore } from './stores';

type Run = {
  name: string;
  rows: string;
  pass: number;
  again: number;
  rankings: number;
  rankingMax: number;
  rankingBefore: number;
};

async function run(provider: ReturnType<typeof benchProviders>[number]): Promise<Run> {
  const store = await seededStore(provider, false);
  const seedNow = store.seeded!.now;
  console.log(
    `${store.name}: seeded ${store.seeded!.rows.toLocaleString('en')} rows in ${store.seeded!.seconds.toFixed(0)} s`,
  );
  // The first whole day of minutes ends; the pass comes when it is past the minute tier.
  const firstFullDay = Math.ceil((seedNow - MINUTE_DAYS * DAY_MS) / DAY_MS) * DAY_MS;
  const passAt = firstFullDay + DAY_MS + MINUTE_TIER_MS;
  // And the retention ends with the first whole day of hour rows.
  const rollupCutoff = Math.ceil((seedNow - DAYS * DAY_MS) / DAY_MS) * DAY_MS + DAY_MS;
  const retention: Retention = { ...retentionFromEnv(), rollupMs: passAt - rollupCutoff };
  const db = createDb(storeFromUrl(store.url));
  try {
    const range = { from: new Date(seedNow - DAY_MS), to: new Date(seedNow) };
    const rank = async () => {
      const t0 = performance.now();
      await middlewareRanking(db, 'svc-2', range, EVERYTHING);
      return performance.now() - t0;
    };
    await rank();
    const before = Math.max(await rank(), await rank(), await rank());
    let passing = true;
    const rankings: number[] = [];
    // A macrotask between calls: on SQLite the reads are synchronous, and a loop of them in
    // microtasks alone would never let the pass's own turns run.
    const reader = (async () => {
      while (passing) {
        rankings.push(await rank());
        await new Promise((r) => setImmediate(r));
      }
    })();
    const t0 = performance.now();
    const result = await maintain(db, retention, passAt);
    const pass = performance.now() - t0;
    passing = false;
    await reader;
    const t1 = performance.now();
    await maintain(db, retention, passAt);
    const again = performance.now() - t1;
    const d = result.deleted;
    const dropped =
      result.tables === undefined ? '' : `; tables dropped: ${result.tables.dropped.map((t) => t.table).join(', ')}`;
    console.log(
      `${store.name}: minute rows ${d.minutes.toLocaleString('en')}, other rollup rows ${d.rollups.toLocaleString('en')}, exemplars ${d.exemplars.toLocaleString('en')}${dropped}`,
    );
    return {
      name: store.name,
      rows: `${d.minutes.toLocaleString('en')} + ${d.rollups.toLocaleString('en')}`,
      pass,
      again,
      rankings: rankings.length,
      rankingMax: Math.max(0, ...rankings),
      rankingBefore: before,
    };
  } finally {
    await db.$disconnect();
    await store.cleanup();
  }
}

async function main(): Promise<void> {
  const runs: Run[] = [];
  for (const provider of benchProviders()) runs.push(await run(provider));
  const ms = (v: number) => `${v.toFixed(0)} ms`;
  console.log(`\n| measure | ${runs.map((r) => r.name).join(' | ')} |`);
  console.log(`| --- | ${runs.map(() => '---:').join(' | ')} |`);
  const line = (label: string, f: (r: Run) => string) => console.log(`| ${label} | ${runs.map(f).join(' | ')} |`);
  line('rollup rows expired (minute + hour/day)', (r) => r.rows);
  line('maintenance pass', (r) => ms(r.pass));
  line('the next pass (nothing to do)', (r) => ms(r.again));
  line('ranking 24 h before (slowest of 3)', (r) => ms(r.rankingBefore));
  line('ranking 24 h during the pass (slowest)', (r) => `${ms(r.rankingMax)} (${r.rankings} calls)`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
