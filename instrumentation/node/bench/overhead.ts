// npm run bench:overhead — throughput and p99 latency of a 10-middleware Express app on
// loopback under autocannon load, for each variant in bench/server.ts, in alternating
// rounds, each starting one variant further along (so drift on a shared machine hits
// every variant alike), as ratios to bare.
// BENCH_SECONDS (default 8) per round, BENCH_ROUNDS (default 3), BENCH_CONNECTIONS (default 32).
// Where taskset exists and there are two CPUs or more, the server runs on the last CPU and
// the load generator on the others, so that they do not take turns on one core
// (BENCH_PIN=0 turns that off).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import autocannon from 'autocannon';
import { inRoundOrder, median } from './rounds';

const VARIANTS = process.env.BENCH_VARIANTS?.split(',') ?? ['bare', 'floor', 'clock', 'otel', 'full-10', 'sync-10', 'full-100', 'http-full-10'];
const LABEL: Record<string, string> = {
  bare: 'bare Express',
  floor: 'floor: SDK started, Express Layer wrapped, nothing measured',
  clock: 'floor + next() wrapped + four clock reads per middleware',
  otel: 'OpenTelemetry http + express, every request traced',
  'full-10': "Hopscope detail 'full', spans for 10% (register() default)",
  'sync-10': "Hopscope detail 'sync', spans for 10%",
  'full-100': "Hopscope detail 'full', every request traced",
  'http-full-10': "Hopscope 'full' + OpenTelemetry http instrumentation, 10%",
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

function startServer(variant: string): Promise<{ child: ChildProcess; port: number }> {
  return new Promise((resolve, reject) => {
    const node = [process.execPath, '--import', 'tsx', path.join(__dirname, 'server.ts'), variant];
    const [command, ...args] = serverCpu === null ? node : ['taskset', '-c', String(serverCpu), ...node];
    const child = spawn(command, args, {
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    });
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      const m = /^listening (\d+)$/.exec(line);
      if (m) resolve({ child, port: Number(m[1]) });
    });
    child.once('exit', (code) => reject(new Error(`${variant} exited (${code})`)));
  });
}

async function measure(port: number, duration: number): Promise<autocannon.Result> {
  return autocannon({ url: `http://127.0.0.1:${port}/items/42`, connections, duration });
}

async function main(): Promise<void> {
  const results: Record<string, { rps: number[]; p99: number[]; cpu: number[] }> = {};
  for (const v of VARIANTS) results[v] = { rps: [], p99: [], cpu: [] };
  for (let round = 1; round <= rounds; round++) {
    for (const v of inRoundOrder(VARIANTS, round)) {
      const { child, port } = await startServer(v);
      await measure(port, 2); // warm-up: JIT, connection pool
      child.send('mark');
      const r = await measure(port, seconds);
      const report = new Promise<{ cpuPerRequestUs: number }>((resolve) => child.once('message', resolve as never));
      child.send('report');
      results[v].cpu.push((await report).cpuPerRequestUs);
      if (r.non2xx > 0 || r.errors > 0) throw new Error(`${v}: ${r.non2xx} non-2xx, ${r.errors} errors`);
      results[v].rps.push(r.requests.average);
      results[v].p99.push(r.latency.p99);
      child.kill('SIGTERM');
      console.error(`round ${round}/${rounds} ${v}: ${Math.round(r.requests.average)} req/s, p99 ${r.latency.p99} ms, ${results[v].cpu.at(-1)!.toFixed(1)} µs CPU/request`);
    }
  }
  const bare = median(results.bare.rps);
  const bareCpu = median(results.bare.cpu);
  // Other tenants only ever add CPU time: each variant's best round is its least disturbed.
  const bareBest = Math.min(...results.bare.cpu);
  const pinned = serverCpu === null ? 'unpinned' : `server pinned to CPU ${serverCpu}, load generator to the others`;
  console.log(`\n10-middleware Express app, ${connections} connections, ${rounds} rounds × ${seconds}s, ${pinned}; median per variant (and best round)\n`);
  console.log('| variant | req/s | p99 latency | throughput vs bare | server CPU per request | CPU vs bare | CPU vs bare, best rounds |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const v of VARIANTS) {
    const rps = median(results[v].rps);
    const cpu = median(results[v].cpu);
    const best = Math.min(...results[v].cpu);
    console.log(
      `| ${LABEL[v] ?? v} | ${Math.round(rps).toLocaleString('en')} | ${median(results[v].p99)} ms | ${(rps / bare).toFixed(2)}× | ${cpu.toFixed(1)} µs | ${(bareCpu / cpu).toFixed(2)}× | ${(bareBest / best).toFixed(2)}× |`,
    );
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
