// npm run soak:app — an instrumented Node service whose dashboard is unreachable, for as
// long as asked: the demo shop (demo/shop.ts, version `before`, every request traced:
// HOPSCOPE_SPAN_SAMPLE_RATIO=1, the most the exporter can be asked to hold) under a steady
// load, its telemetry sent every 5 s to a dashboard that is either `hung` (a listener that
// accepts and never answers: each export waits for its timeout) or `refused` (nothing
// listens). Every response is set against the one the same request got first (status and
// body); every SOAK_REPORT_MINUTES one row: requests served, latency, responses that
// differed, the service's memory and event-loop delay (bench/process-probe.cjs).
//   SOAK_MINUTES (60), SOAK_APP_RPS (200), SOAK_APP_DASHBOARD (hung | refused), SOAK_REPORT_MINUTES (5)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { freePort } from '../scripts/net';
import { max, median, probe, probeCells, within, type ProbeLine } from './probe';

export type AppSoakOptions = { seconds: number; rps: number; dashboard: 'hung' | 'refused'; windowSeconds: number };
type Window = { t: number; served: number; p50Ms: number; p99Ms: number; differed: number; failed: number };
export type AppSoakRun = {
  windows: Window[];
  probes: ProbeLine[];
  served: number;
  differed: number;
  failed: number;
  firstDifference: string | null;
};

// What the shop is asked, in turns: its pages, a refused password, a missing product.
const REQUESTS: { method: string; path: string; headers?: Record<string, string>; body?: string }[] = [
  { method: 'GET', path: '/products' },
  { method: 'GET', path: '/products/7' },
  { method: 'GET', path: '/products/9999' },
  { method: 'GET', path: '/products/7', headers: { 'x-password': 'wrong' } },
  { method: 'POST', path: '/cart', headers: { 'content-type': 'application/json' }, body: '{"items":[1,2,3]}' },
];
const MAX_IN_FLIGHT = 64;

const agent = new http.Agent({ keepAlive: true, maxSockets: MAX_IN_FLIGHT });

function ask(port: number, r: (typeof REQUESTS)[number]): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: r.path, method: r.method, headers: r.headers, agent },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve(`${res.statusCode} ${res.headers['content-type']} ${Buffer.concat(chunks).toString()}`),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(r.body);
  });
}

/** A dashboard that cannot be reached: its address, and how to close it. */
async function deadDashboard(kind: AppSoakOptions['dashboard']): Promise<{ url: string; close(): void }> {
  if (kind === 'refused') return { url: `http://127.0.0.1:${await freePort()}`, close: () => {} };
  const sockets = new Set<net.Socket>();
  const server = net.createServer((s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    s.on('error', () => {});
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => {
      for (const s of sockets) s.destroy();
      server.close();
    },
  };
}

export async function soakApp(o: AppSoakOptions): Promise<AppSoakRun> {
  const dead = await deadDashboard(o.dashboard);
  const watch = probe(Math.min(5000, (o.windowSeconds * 1000) / 2));
  const logs = fs.mkdtempSync(path.join(os.tmpdir(), 'hopscope-soak-app-'));
  const port = await freePort();
  const shop = spawn(process.execPath, ['--import', 'tsx', path.join(__dirname, '..', 'demo', 'shop.ts')], {
    env: {
      ...process.env,
      ...watch.env,
      PORT: String(port),
      DEMO_VERSION: 'before',
      DEMO_LOG_DIR: logs,
      HOPSCOPE_ENDPOINT: dead.url,
      HOPSCOPE_SPAN_SAMPLE_RATIO: '1',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (shop.exitCode !== null) throw new Error(`the shop exited (${shop.exitCode})`);
      if (Date.now() > deadline) throw new Error('the shop did not start');
      if (
        await ask(port, REQUESTS[0]).then(
          () => true,
          () => false,
        )
      )
        break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const expected: string[] = [];
    for (const r of REQUESTS) expected.push(await ask(port, r));
    const run: AppSoakRun = { windows: [], probes: [], served: 0, differed: 0, failed: 0, firstDifference: null };
    let w = { served: 0, differed: 0, failed: 0, latencies: [] as number[] };
    let inFlight = 0;
    let turn = 0;
    const one = async () => {
      const i = turn++ % REQUESTS.length;
      inFlight++;
      const t0 = performance.now();
      try {
        const got = await ask(port, REQUESTS[i]);
        w.latencies.push(performance.now() - t0);
        w.served++;
        run.served++;
        if (got !== expected[i]) {
          w.differed++;
          run.differed++;
          run.firstDifference ??= `${REQUESTS[i].method} ${REQUESTS[i].path}: ${got.slice(0, 200)} (first: ${expected[i].slice(0, 200)})`;
        }
      } catch (err) {
        w.failed++;
        run.failed++;
        run.firstDifference ??= `${REQUESTS[i].method} ${REQUESTS[i].path}: ${(err as Error).message}`;
      } finally {
        inFlight--;
      }
    };
    // Open loop, 10 ticks a second; a tick that finds MAX_IN_FLIGHT waiting sends nothing.
    const perTick = o.rps / 10;
    let owed = 0;
    const ticker = setInterval(() => {
      owed += perTick;
      for (; owed >= 1; owed--) if (inFlight < MAX_IN_FLIGHT) void one();
    }, 100);
    const windower = setInterval(() => {
      const l = w.latencies.sort((a, b) => a - b);
      const at = (q: number) => Math.round((l[Math.floor(l.length * q)] ?? 0) * 10) / 10;
      run.windows.push({
        t: Date.now(),
        served: w.served,
        p50Ms: at(0.5),
        p99Ms: at(0.99),
        differed: w.differed,
        failed: w.failed,
      });
      w = { served: 0, differed: 0, failed: 0, latencies: [] };
    }, o.windowSeconds * 1000);
    await new Promise((r) => setTimeout(r, o.seconds * 1000));
    clearInterval(ticker);
    clearInterval(windower);
    while (inFlight > 0) await new Promise((r) => setTimeout(r, 50));
    run.probes = watch.lines();
    return run;
  } finally {
    shop.kill('SIGKILL');
    agent.destroy();
    dead.close();
    watch.remove();
    fs.rmSync(logs, { recursive: true, force: true });
  }
}

export function reportApp(run: AppSoakRun, o: AppSoakOptions, minutes: number): string {
  const start = (run.windows[0]?.t ?? Date.now()) - o.windowSeconds * 1000;
  const rowMs = minutes * 60_000;
  const rows = [
    `### The demo shop, dashboard ${o.dashboard}: ${Math.round(o.seconds / 60)} min at ${o.rps} req/s, every request traced`,
    '',
    '| minutes | req/s served | latency p50 / p99 ms (window medians; max p99) | responses that differed | service RSS / heap MB | loop delay p99 / max ms |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (let from = 0; from < o.seconds * 1000; from += rowMs) {
    const w = within(run.windows, start, from, rowMs);
    if (w.length === 0) continue;
    rows.push(
      `| ${from / 60_000}-${(from + rowMs) / 60_000} | ${Math.round(w.reduce((n, x) => n + x.served, 0) / (w.length * o.windowSeconds))} | ${median(w.map((x) => x.p50Ms))} / ${median(w.map((x) => x.p99Ms))}; ${max(w.map((x) => x.p99Ms))} | ${w.reduce((n, x) => n + x.differed + x.failed, 0)} | ${probeCells(within(run.probes, start, from, rowMs))} |`,
    );
  }
  rows.push(
    '',
    `${run.served.toLocaleString('en')} responses, ${run.differed} differed from the first, ${run.failed} failed${run.firstDifference === null ? '' : `; first: ${run.firstDifference}`}.`,
  );
  return rows.join('\n');
}

async function main(): Promise<void> {
  const reportMinutes = Number(process.env.SOAK_REPORT_MINUTES ?? 5);
  const dashboard = process.env.SOAK_APP_DASHBOARD ?? 'hung';
  if (dashboard !== 'hung' && dashboard !== 'refused')
    throw new Error(`SOAK_APP_DASHBOARD must be hung or refused, got "${dashboard}"`);
  const o: AppSoakOptions = {
    seconds: Math.round(Number(process.env.SOAK_MINUTES ?? 60) * 60),
    rps: Number(process.env.SOAK_APP_RPS ?? 200),
    dashboard,
    windowSeconds: Math.min(30, Math.max(5, reportMinutes * 30)),
  };
  if (!(o.seconds > 0) || !(o.rps > 0)) throw new Error('SOAK_MINUTES and SOAK_APP_RPS must be positive numbers');
  const run = await soakApp(o);
  console.log(reportApp(run, o, reportMinutes));
  if (run.differed > 0 || run.failed > 0) process.exitCode = 1;
}

if (require.main === module) void main();
