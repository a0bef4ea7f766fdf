// npm run bench:hot-path — the instrumentation's own cost per request, without a network
// or a load generator: requests through the real Express apps of app.ts (ten synchronous
// middleware; five synchronous and five async) with real (socket-less)
// IncomingMessage/ServerResponse objects, in batches of requests in flight together. Each
// app and variant runs in a process of its own, in alternating rounds (each starting one
// variant further along), so drift on a shared machine hits all alike. (Toggling the
// instrumentation inside one process would re-patch Express's prototypes before every batch
// and measure V8 re-optimizing Express, not Hopscope.) A batch costs the process's CPU
// time (every thread: libuv's pool doing the mixed app's fs work and the GC's helpers
// count), not its wall time, which would include the mixed app's timer waits. Prints each
// variant's median batch and the mean of its fastest eighth of batches (other tenants only
// ever add time, so the fastest batches are the least disturbed; the median keeps the
// batches in which the garbage collector ran), with the GC's pause time and the bytes
// allocated per request.
// Run a child under `node --cpu-prof` to see where the time goes:
//   node --cpu-prof --import tsx instrumentation/node/bench/hot-path.ts --child mixed full-0
// BENCH_APPS (default sync,mixed); BENCH_VARIANTS (default
// floor,clock,hook,sync-0,full-0,register,full-100: <detail>-<percent of requests traced at
// random besides the exemplars>, floor, clock, hook, promisehook, splithook and fullclock
// from bench/floor.ts, or register: register() with its defaults); BENCH_ROUNDS (default
// 3); BENCH_BATCHES (default 200 per process and round); BENCH_NODE (the Node lines the
// children run on, default this one: node-lines.ts).
import { execFileSync } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import type { Request, Response } from 'express';
import { BENCH_APPS, benchApp, benchAppOf, type BenchApp } from './app';
import { watchHeap, type HeapCost } from './heap';
import { benchNodes, printSideBySide, runKey, type BenchNode } from './node-lines';
import { inRoundOrder, isFloorVariant, median } from './rounds';

const PER_BATCH = 100;

type ChildResult = { times: number[]; heap: HeapCost; requests: number };

/** One child: builds the variant's app, runs the batches, prints their CPU µs per request and its heap cost as JSON. */
async function child(shape: BenchApp, variant: string, batches: number): Promise<void> {
  // Loaded only when needed, so that bare pays for no SDK module.
  if (isFloorVariant(variant)) {
    (await import('./floor')).startFloor(variant);
  } else if (variant === 'register') {
    (await import('./sdk')).startRegister();
  } else if (variant !== 'bare') {
    (await import('./sdk')).startHopscope(variant);
  }
  let served: Response[] = [];
  let batchDone: () => void = () => {};
  const app = benchApp(shape, (res) => {
    served.push(res);
    if (served.length === PER_BATCH) batchDone();
  });
  const request = (): void => {
    const req = new http.IncomingMessage(new net.Socket());
    req.method = 'GET';
    req.url = '/items/42';
    req.headers = { host: 'bench' };
    const res = new http.ServerResponse(req);
    app(req as Request, res as Response);
  };
  const batch = async (): Promise<void> => {
    const done = new Promise<void>((resolve) => (batchDone = resolve));
    for (let i = 0; i < PER_BATCH; i++) request();
    await done;
    // The responses close as a socket's would, after the handler, outside any middleware.
    for (const res of served) res.emit('close');
    served = [];
  };
  const times: number[] = [];
  // A quarter more batches first, unmeasured: JIT warm-up.
  for (let b = -Math.ceil(batches / 4); b < 0; b++) await batch();
  const heap = watchHeap();
  for (let b = 0; b < batches; b++) {
    const cpu = process.cpuUsage();
    await batch();
    const used = process.cpuUsage(cpu);
    times.push((used.user + used.system) / PER_BATCH);
    // Let timers (the exporters) and microtasks run, as a server would between requests.
    await new Promise((r) => setImmediate(r));
  }
  const result: ChildResult = { times, heap: heap.stop(), requests: batches * PER_BATCH };
  console.log(JSON.stringify(result));
  process.exit(0);
}

function fastestEighth(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const n = Math.max(1, sorted.length >> 3);
  return sorted.slice(0, n).reduce((a, b) => a + b, 0) / n;
}

type Totals = { times: number[]; gcMs: number; bytes: number; requests: number };

function table(
  node: BenchNode,
  shape: BenchApp,
  variants: string[],
  totals: Record<string, Totals>,
  rounds: number,
  batches: number,
): void {
  const bare = totals.bare;
  const bareFast = fastestEighth(bare.times);
  const bareMedian = median(bare.times);
  const title = shape === 'sync' ? 'Ten synchronous middleware' : 'Five synchronous and five async middleware';
  console.log(
    `\n${title}, Express on Node ${node.line}, in one process, no sockets; ${rounds} rounds × ${batches} batches × ${PER_BATCH} requests per variant\n`,
  );
  console.log(
    '| variant | CPU µs/request, median batch | vs bare | CPU µs/request, fastest eighth | vs bare | GC µs/request | KB allocated/request |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const v of variants) {
    const t = totals[v];
    const m = median(t.times);
    const f = fastestEighth(t.times);
    console.log(
      `| ${v} | ${m.toFixed(2)} | ${(bareMedian / m).toFixed(3)}× | ${f.toFixed(2)} | ${(bareFast / f).toFixed(3)}× | ` +
        `${((t.gcMs * 1000) / t.requests).toFixed(2)} | ${(t.bytes / t.requests / 1024).toFixed(2)} |`,
    );
  }
}

function parent(): void {
  const shapes = process.env.BENCH_APPS?.split(',').map(benchAppOf) ?? BENCH_APPS;
  const variants = [
    'bare',
    ...(process.env.BENCH_VARIANTS?.split(',') ?? [
      'floor',
      'clock',
      'hook',
      'sync-0',
      'full-0',
      'register',
      'full-100',
    ]),
  ];
  const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
  const batches = Number(process.env.BENCH_BATCHES ?? 200);
  const nodes = benchNodes();
  const runs = nodes.flatMap((node) =>
    shapes.flatMap((shape) => variants.map((v) => ({ node, shape, v, key: runKey(node, shape, v) }))),
  );
  const totals: Record<string, Totals> = {};
  for (let round = 1; round <= rounds; round++) {
    for (const { node, shape, v, key } of inRoundOrder(runs, round)) {
      const out = execFileSync(node.execPath, ['--import', 'tsx', __filename, '--child', shape, v, String(batches)], {
        encoding: 'utf8',
      });
      const r = JSON.parse(out) as ChildResult;
      const t = (totals[key] ??= { times: [], gcMs: 0, bytes: 0, requests: 0 });
      t.times.push(...r.times);
      t.gcMs += r.heap.gcMs;
      t.bytes += r.heap.allocatedBytes;
      t.requests += r.requests;
      console.error(`round ${round}/${rounds} ${key}: median ${median(t.times).toFixed(2)} µs/request so far`);
    }
  }
  for (const node of nodes) {
    for (const shape of shapes) {
      const of: Record<string, Totals> = {};
      for (const v of variants) of[v] = totals[runKey(node, shape, v)];
      table(node, shape, variants, of, rounds, batches);
    }
  }
  printSideBySide(
    'Every line against its own bare app: CPU per request vs bare, median batch (fastest eighth)',
    nodes,
    shapes,
    variants.slice(1),
    (node, shape, v) => {
      const bare = totals[runKey(node, shape, 'bare')].times;
      const x = totals[runKey(node, shape, v)].times;
      return `${(median(bare) / median(x)).toFixed(3)}× (${(fastestEighth(bare) / fastestEighth(x)).toFixed(3)}×)`;
    },
  );
}

const at = process.argv.indexOf('--child');
if (at >= 0) void child(benchAppOf(process.argv[at + 1]), process.argv[at + 2], Number(process.argv[at + 3] ?? 200));
else parent();
