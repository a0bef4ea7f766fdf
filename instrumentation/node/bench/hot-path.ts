// npm run bench:hot-path — the instrumentation's own cost per request, without a network
// or a load generator: requests through the real 10-middleware Express app with real
// (socket-less) IncomingMessage/ServerResponse objects, in batches. Each variant runs in
// a process of its own, in alternating rounds (each starting one variant further along), so
// drift on a shared machine hits all alike. (Toggling the instrumentation inside one
// process would re-patch Express's prototypes before every batch and measure V8
// re-optimizing Express, not Hopscope.) Prints each variant's median batch and the mean of
// its fastest eighth of batches: other tenants only ever add time, so the fastest batches
// are the least disturbed. It covers the synchronous path: nothing here waits.
// Run a child under `node --cpu-prof` to see where the time goes:
//   node --cpu-prof --import tsx instrumentation/node/bench/hot-path.ts --child sync-10
// BENCH_VARIANTS (default floor,clock,sync-0,sync-10,full-10: <detail>-<percent of requests
// traced>, or floor and clock from bench/floor.ts),
// BENCH_ROUNDS (default 3), BENCH_BATCHES (default 200 per process and round).
import { execFileSync } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import type { Request, Response } from 'express';
import { benchApp } from './app';
import { inRoundOrder, median } from './rounds';

const PER_BATCH = 100;

/** One child: builds the variant's app, runs the batches, prints their µs per request as JSON. */
async function child(variant: string, batches: number): Promise<void> {
  // Loaded only when needed, so that bare pays for no SDK module.
  if (variant === 'floor' || variant === 'clock') {
    (await import('./floor')).startFloor(variant);
  } else if (variant !== 'bare') {
    (await import('./sdk')).startHopscope(variant);
  }
  const app = benchApp();
  const request = (): void => {
    const req = new http.IncomingMessage(new net.Socket());
    req.method = 'GET';
    req.url = '/items/42';
    req.headers = { host: 'bench' };
    const res = new http.ServerResponse(req);
    app(req as Request, res as Response);
    res.emit('close');
  };
  const times: number[] = [];
  // A quarter more batches first, unmeasured: JIT warm-up.
  for (let b = -Math.ceil(batches / 4); b < batches; b++) {
    const t = process.hrtime.bigint();
    for (let i = 0; i < PER_BATCH; i++) request();
    if (b >= 0) times.push(Number(process.hrtime.bigint() - t) / PER_BATCH / 1000);
    // Let timers (the exporters) and microtasks run, as a server would between requests.
    await new Promise((r) => setImmediate(r));
  }
  console.log(JSON.stringify(times));
  process.exit(0);
}

function fastestEighth(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const n = Math.max(1, sorted.length >> 3);
  return sorted.slice(0, n).reduce((a, b) => a + b, 0) / n;
}

function parent(): void {
  const variants = ['bare', ...(process.env.BENCH_VARIANTS?.split(',') ?? ['floor', 'clock', 'sync-0', 'sync-10', 'full-10'])];
  const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
  const batches = Number(process.env.BENCH_BATCHES ?? 200);
  const times: Record<string, number[]> = {};
  for (let round = 1; round <= rounds; round++) {
    for (const v of inRoundOrder(variants, round)) {
      const out = execFileSync(process.execPath, ['--import', 'tsx', __filename, '--child', v, String(batches)], { encoding: 'utf8' });
      (times[v] ??= []).push(...(JSON.parse(out) as number[]));
      console.error(`round ${round}/${rounds} ${v}: fastest eighth ${fastestEighth(times[v]).toFixed(2)} µs/request so far`);
    }
  }
  const bareFast = fastestEighth(times.bare);
  const bareMedian = median(times.bare);
  console.log(`\n10-middleware Express app in one process, no sockets; ${rounds} rounds × ${batches} batches × ${PER_BATCH} requests per variant\n`);
  console.log('| variant | µs per request, fastest eighth | added | vs bare | µs per request, median | added | vs bare |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const v of variants) {
    const f = fastestEighth(times[v]);
    const m = median(times[v]);
    console.log(
      `| ${v} | ${f.toFixed(2)} | +${(f - bareFast).toFixed(2)} | ${(bareFast / f).toFixed(3)}× | ${m.toFixed(2)} | +${(m - bareMedian).toFixed(2)} | ${(bareMedian / m).toFixed(3)}× |`,
    );
  }
}

const at = process.argv.indexOf('--child');
if (at >= 0) void child(process.argv[at + 1], Number(process.argv[at + 2] ?? 200));
else parent();
