// npm run bench:small-middleware — where a small middleware's occupancy comes from: real
// middleware (helmet, cors, cookie-parser, express-rate-limit) on Express 5, each behind a
// stopwatch of its own (its call, less the downstream it runs inside next()) in a process
// without Hopscope, against the occupancy Hopscope records for it in another, median over the last BENCH_REQUESTS (default 1,000) of
// that many plus 500 warm-up requests, with detail 'full' and 'sync'. For an async
// middleware (express-rate-limit's handler awaits its store, then calls next()) the
// stopwatch also reads until its promise settles: its continuations, which detail 'sync'
// leaves out. BENCH_NODE picks the Node lines (node-lines.ts).
import { execFileSync } from 'node:child_process';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import type { RequestHandler } from 'express';
import { listen, settle, setup } from '../test/helpers';
import { benchNodes } from './node-lines';

type Next = (err?: unknown) => void;
const WARM_UP = 500;

/** `detail` 'none': the stopwatches alone, no instrumentation: the ground truth. */
async function child(detail: 'full' | 'sync' | 'none', requests: number): Promise<void> {
  const h = detail === 'none' ? null : setup({ detail });
  /* eslint-disable @typescript-eslint/no-require-imports */
  const express: typeof import('express') = require('express');
  const helmet: typeof import('helmet').default = require('helmet');
  const cors: typeof import('cors') = require('cors');
  const cookieParser: typeof import('cookie-parser') = require('cookie-parser');
  const { rateLimit }: typeof import('express-rate-limit') = require('express-rate-limit');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const own = new Map<string, number[]>();
  const settled = new Map<string, number[]>();
  const timed = (name: string, fn: RequestHandler): RequestHandler => {
    const stopwatch = (req: Parameters<RequestHandler>[0], res: Parameters<RequestHandler>[1], next: Next) => {
      let downstream = 0;
      const start = performance.now();
      const result: unknown = fn(req, res, (err?: unknown) => {
        const t = performance.now();
        try {
          next(err);
        } finally {
          downstream += performance.now() - t;
        }
      });
      own.get(name)!.push(performance.now() - start - downstream);
      // An async one's own work goes on until its promise settles (one request in flight:
      // nothing else runs in between but the microtasks it queued).
      if (result instanceof Promise)
        void result.then(() => settled.get(name)!.push(performance.now() - start - downstream));
    };
    own.set(name, []);
    settled.set(name, []);
    Object.defineProperty(stopwatch, 'name', { value: name });
    return stopwatch;
  };
  const app = express();
  app.use(timed('helmet', helmet()));
  app.use(timed('cors', cors()));
  app.use(timed('cookieParser', cookieParser()));
  app.use(
    timed('rateLimit', rateLimit({ windowMs: 60_000, limit: 1e9, standardHeaders: 'draft-8', legacyHeaders: false })),
  );
  app.get('/x', (_req, res) => void res.send('ok'));
  const { url, close } = await listen(http.createServer(app));
  for (let i = 0; i < WARM_UP + requests; i++)
    await (await fetch(`${url}/x`, { headers: { cookie: 'a=1; b=2' } })).text();
  await settle(50);
  await close();
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] * 1000;
  const rows = [...own.keys()].map((name) => ({
    name,
    ownUs: median(own.get(name)!.slice(WARM_UP)),
    settledUs: settled.get(name)!.length > 0 ? median(settled.get(name)!.slice(WARM_UP)) : null,
    hopscopeUs:
      h === null
        ? null
        : median(
            h
              .attrs(name)
              .slice(WARM_UP)
              .map((a) => Number(a['middleware.occupancy'])),
          ) * 1000,
  }));
  process.stdout.write(JSON.stringify(rows));
}

function main(): void {
  const requests = Number(process.env.BENCH_REQUESTS ?? 1000);
  if (!(Number.isInteger(requests) && requests > 0)) throw new Error('BENCH_REQUESTS: a whole number of requests, > 0');
  console.log('| Node | middleware | stopwatch, bare: call µs | to settled µs | Hopscope full µs | Hopscope sync µs |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const node of benchNodes()) {
    const run = (detail: string) =>
      JSON.parse(
        execFileSync(node.execPath, ['--import', 'tsx', __filename, '--child', detail, String(requests)], {
          encoding: 'utf8',
          maxBuffer: 16 << 20,
        }),
      ) as {
        name: string;
        ownUs: number;
        settledUs: number | null;
        hopscopeUs: number | null;
      }[];
    const bare = run('none');
    const full = run('full');
    const sync = run('sync');
    for (const [i, row] of bare.entries()) {
      console.log(
        `| Node ${node.line} | ${row.name} | ${row.ownUs.toFixed(1)} | ${row.settledUs?.toFixed(1) ?? '–'} | ${full[i].hopscopeUs!.toFixed(1)} | ${sync[i].hopscopeUs!.toFixed(1)} |`,
      );
    }
  }
}

if (process.argv[2] === '--child') void child(process.argv[3] as 'full' | 'sync' | 'none', Number(process.argv[4]));
else main();
