// npm run bench:overhead — throughput, p99 latency, server CPU, GC pause and bytes
// allocated per request of app.ts's two 10-middleware Express apps on loopback under
// autocannon load, for each variant in bench/server.ts, in alternating rounds, each
// starting one variant further along (so drift on a shared machine hits every variant
// alike), as ratios to bare.
// BENCH_APPS (default sync,mixed), BENCH_VARIANTS (see VARIANTS), BENCH_SECONDS (default 8)
// per round, BENCH_ROUNDS (default 3), BENCH_CONNECTIONS (default 32), BENCH_NODE (the Node
// lines the servers run on, default this one: node-lines.ts), e.g. BENCH_NODE=20,24: every
// line's variants in the same rounds, each line against its own bare app, then one table of
// every line's ratios side by side.
// Server CPU counts the kernel's work too (the socket writes, and on loopback the load
// generator's side of them); user CPU alone is the process's own code, shown beside it so
// that a variant's cost can be told from the kernel's (on Node 24, 6 December, the two
// ratios of each variant differed by 0.06 at most: the costs below are in the process).
// Where taskset exists and there are two CPUs or more, the server runs on the last CPU and
// the load generator on the others, so that they do not take turns on one core
// (BENCH_PIN=0 turns that off).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import autocannon from 'autocannon';
import { BENCH_APPS, benchAppOf, type BenchApp } from './app';
import { benchNodes, printSideBySide, runKey, type BenchNode } from './node-lines';
import { inRoundOrder, median } from './rounds';

const VARIANTS = [
  'bare',
  ...(process.env.BENCH_VARIANTS?.split(',') ?? [
    'sdk',
    'floor',
    'clock',
    'hook',
    'sync-0',
    'full-0',
    'register',
    'full-100',
    'otel',
  ]),
];
const APPS = process.env.BENCH_APPS?.split(',').map(benchAppOf) ?? BENCH_APPS;
const LABEL: Record<string, string> = {
  bare: 'bare Express',
  floor: '`floor`: SDK exporting metrics, Express Layer wrapped, nothing measured',
  clock: '`clock`: floor + next() wrapped + two clock reads per middleware',
  hook: '`hook`: floor + an async hook that does nothing',
  promisehook: '`promisehook`: floor + V8 promise hooks that do nothing',
  splithook: '`splithook`: floor + an async hook without promises + V8 promise hooks, all doing nothing',
  fullclock: '`fullclock`: clock + split hooks marking what middleware start, two clock reads per marked callback',
  otel: 'OpenTelemetry http + express, every request traced',
  sdk: '`sdk`: the NodeSDK alone, exporting a metric',
  register: '`register()` with its defaults',
  'full-0': "Hopscope `detail: 'full'`, exemplars (the default)",
  'full-0-profile': "Hopscope `'full'`, exemplars, and the stack profiler (`profile: true`, 10 ms a sample)",
  'sync-0': "Hopscope `detail: 'sync'`, exemplars",
  'full-10': "Hopscope `'full'`, exemplars + 10 % at random",
  'full-100': "Hopscope `'full'`, every request traced",
  'http-full-10': "Hopscope `'full'` + OpenTelemetry's HTTP instrumentation, 10 %",
};
const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);

/** The CPU the server runs on, with this process moved to the others; null when not pinning. */
function pinning(): number | null {
  const cpus = os.availableParallelism();
  if (process.env.BENCH_PIN === '0' || cpus < 2) return null;
  try {
    execFileSync('taskset', ['-pc', `0-${cpus - 2}`, String(process.pid)], { stdio: 'ignore' });
    return cpus - 1;
  } catch {
    return null; // no taskset (or not allowed): unpinned
  }
}
const serverCpu = pinning();
const NODES = benchNodes();

function startServer(
  node: BenchNode,
  shape: BenchApp,
  variant: string,
): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((resolve, reject) => {
    const command = [node.execPath, '--import', 'tsx', path.join(__dirname, 'server.ts'), variant, shape];
    const [file, ...args] = serverCpu === null ? command : ['taskset', '-c', String(serverCpu), ...command];
    const child = spawn(file, args, {
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    });
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      const m = /^listening (\d+)$/.exec(line);
      if (m) resolve({ child, port: Number(m[1]) });
    });
    child.once('exit', (code) => reject(new Error(`${variant} on Node ${node.line} exited (${code})`)));
  });
}

async function measure(port: number, duration: number): Promise<autocannon.Result> {
  return autocannon({ url: `http://127.0.0.1:${port}/items/42`, connections, duration });
}

type Report = { cpuUs: number; userUs: number; gcUs: number; bytes: number };
type Results = { rps: number[]; p99: number[]; cpu: number[]; user: number[]; gc: number[]; bytes: number[] };

async function main(): Promise<void> {
  const runs = NODES.flatMap((node) =>
    APPS.flatMap((shape) => VARIANTS.map((v) => ({ node, shape, v, key: runKey(node, shape, v) }))),
  );
  const results: Record<string, Results> = {};
  for (const { key } of runs) results[key] = { rps: [], p99: [], cpu: [], user: [], gc: [], bytes: [] };
  for (let round = 1; round <= rounds; round++) {
    for (const { node, shape, v, key } of inRoundOrder(runs, round)) {
      const { child, port } = await startServer(node, shape, v);
      await measure(port, 2); // warm-up: JIT, connection pool
      child.send('mark');
      const r = await measure(port, seconds);
      const report = new Promise<Report>((resolve) => child.once('message', resolve as never));
      child.send('report');
      const { cpuUs, userUs, gcUs, bytes } = await report;
      child.kill('SIGTERM');
      if (r.non2xx > 0 || r.errors > 0) throw new Error(`${key}: ${r.non2xx} non-2xx, ${r.errors} errors`);
      const x = results[key];
      x.rps.push(r.requests.average);
      x.p99.push(r.latency.p99);
      x.cpu.push(cpuUs);
      x.user.push(userUs);
      x.gc.push(gcUs);
      x.bytes.push(bytes);
      console.error(
        `round ${round}/${rounds} ${key}: ${Math.round(r.requests.average)} req/s, p99 ${r.latency.p99} ms, ${cpuUs.toFixed(1)} µs CPU/request`,
      );
    }
  }
  const of = (node: BenchNode, shape: string, v: string) => results[runKey(node, shape, v)];
  for (const node of NODES) for (const shape of APPS) table(node, shape, (v) => of(node, shape, v));
  printSideBySide(
    `Every line against its own bare app, median of ${rounds} rounds: CPU per request vs bare (throughput vs bare)`,
    NODES,
    APPS,
    VARIANTS.slice(1),
    (node, shape, v) => {
      const bare = of(node, shape, 'bare');
      const x = of(node, shape, v);
      return `${(median(bare.cpu) / median(x.cpu)).toFixed(2)}× (${(median(x.rps) / median(bare.rps)).toFixed(2)}×)`;
    },
  );
}

function table(node: BenchNode, shape: BenchApp, of: (variant: string) => Results): void {
  const bare = of('bare');
  const bareRps = median(bare.rps);
  const bareCpu = median(bare.cpu);
  // Other tenants only ever add CPU time: each variant's best round is its least disturbed.
  const bareBest = Math.min(...bare.cpu);
  const pinned = serverCpu === null ? 'unpinned' : `server pinned to CPU ${serverCpu}, load generator to the others`;
  const title = shape === 'sync' ? 'Ten synchronous middleware' : 'Five synchronous and five async middleware';
  console.log(
    `\n${title}, Node ${node.line}, ${connections} connections, ${rounds} rounds × ${seconds}s, ${pinned}; median of rounds (and best round)\n`,
  );
  console.log(
    '| variant | req/s | p99 | throughput vs bare | server CPU/request | CPU vs bare | CPU vs bare, best rounds | user CPU vs bare | GC µs/request | KB allocated/request |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const v of VARIANTS) {
    const x = of(v);
    const rps = median(x.rps);
    const cpu = median(x.cpu);
    console.log(
      `| ${LABEL[v] ?? v} | ${Math.round(rps).toLocaleString('en')} | ${median(x.p99)} ms | ${(rps / bareRps).toFixed(2)}× | ` +
        `${cpu.toFixed(1)} µs | ${(bareCpu / cpu).toFixed(2)}× | ${(bareBest / Math.min(...x.cpu)).toFixed(2)}× | ` +
        `${(median(bare.user) / median(x.user)).toFixed(2)}× | ` +
        `${median(x.gc).toFixed(1)} | ${(median(x.bytes) / 1024).toFixed(1)} |`,
    );
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
