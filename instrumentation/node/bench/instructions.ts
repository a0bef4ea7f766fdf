// npm run bench:instructions — the instrumentation's cost per request counted in machine
// instructions instead of seconds: bench:hot-path's children (the real Express apps, real
// IncomingMessage/ServerResponse, no sockets) run under valgrind's callgrind, which counts
// every instruction every thread executes. The count does not move with what else the
// shared machine is doing (seconds here moved by 30 % between two runs of the same bare
// app), so a change of a few percent can be told from noise in one run. Each variant runs
// twice, with BENCH_BATCHES_FEW and BENCH_BATCHES_MANY batches of 100 requests: the
// difference divided by the extra requests is what one request costs, start-up and
// warm-up cancelled. The children run with V8's --single-threaded: the share of work its
// concurrent compiler and GC threads do varies from run to run (the same bare app counted
// 15 % apart without it, 2 % with it). Instructions are not time (cache misses, branch mispredictions and
// the GC's helper threads weigh differently): read them beside bench:hot-path and
// bench:overhead, not instead of them.
// BENCH_APPS (default sync,mixed); BENCH_VARIANTS (as bench:hot-path's, default
// hook,splithook,sync-0,full-0,register); BENCH_NODE (the Node lines, node-lines.ts);
// BENCH_BATCHES_FEW (20) and BENCH_BATCHES_MANY (80). Needs valgrind (Debian: valgrind).
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { BENCH_APPS, benchAppOf } from './app';
import { benchNodes, printSideBySide, runKey, type BenchNode } from './node-lines';

const run = promisify(execFile);
const HOT_PATH = path.join(__dirname, 'hot-path.ts');

/** Instructions callgrind counted for one child, and the requests it served. */
async function count(
  node: BenchNode,
  shape: string,
  variant: string,
  batches: number,
): Promise<{ instructions: number; requests: number }> {
  const { stdout, stderr } = await run(
    'valgrind',
    // JIT-compiled code rewrites itself: without --smc-check=all callgrind would miss it.
    [
      '--tool=callgrind',
      '--smc-check=all',
      '--callgrind-out-file=/dev/null',
      node.execPath,
      '--single-threaded',
      '--import',
      'tsx',
      HOT_PATH,
      '--child',
      shape,
      variant,
      String(batches),
    ],
    { maxBuffer: 64 * 1024 * 1024 },
  );
  const refs = /I\s+refs:\s+([\d,]+)/.exec(stderr);
  if (refs === null)
    throw new Error(`callgrind printed no count for ${runKey(node, shape, variant)}:\n${stderr.slice(-2000)}`);
  return {
    instructions: Number(refs[1].replaceAll(',', '')),
    requests: (JSON.parse(stdout) as { requests: number }).requests,
  };
}

/** Runs `jobs` two at a time (the machine has two cores; the counts do not depend on load). */
async function inPairs<T>(jobs: (() => Promise<T>)[]): Promise<T[]> {
  const out: T[] = new Array(jobs.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const i = next++;
      out[i] = await jobs[i]();
    }
  };
  await Promise.all([worker(), worker()]);
  return out;
}

async function main(): Promise<void> {
  const shapes = process.env.BENCH_APPS?.split(',').map(benchAppOf) ?? BENCH_APPS;
  const variants = [
    'bare',
    ...(process.env.BENCH_VARIANTS?.split(',') ?? ['hook', 'splithook', 'sync-0', 'full-0', 'register']),
  ];
  const few = Number(process.env.BENCH_BATCHES_FEW ?? 20);
  const many = Number(process.env.BENCH_BATCHES_MANY ?? 80);
  if (!(Number.isInteger(few) && Number.isInteger(many) && few > 0 && many > few)) {
    throw new Error('BENCH_BATCHES_FEW and BENCH_BATCHES_MANY: whole numbers, FEW > 0 and MANY > FEW');
  }
  const nodes = benchNodes();
  const runs = nodes.flatMap((node) => shapes.flatMap((shape) => variants.map((v) => ({ node, shape, v }))));
  const counted = await inPairs(
    runs.map(({ node, shape, v }) => async () => {
      const [a, b] = [await count(node, shape, v, few), await count(node, shape, v, many)];
      const perRequest = (b.instructions - a.instructions) / (b.requests - a.requests);
      console.error(`${runKey(node, shape, v)}: ${Math.round(perRequest).toLocaleString('en')} instructions/request`);
      return perRequest;
    }),
  );
  const perRequest = new Map(runs.map((r, i) => [runKey(r.node, r.shape, r.v), counted[i]]));
  const of = (node: BenchNode, shape: string, v: string): number => perRequest.get(runKey(node, shape, v)) ?? NaN;
  for (const node of nodes) {
    for (const shape of shapes) {
      console.log(
        `\n${shape} app, Express on Node ${node.line}: instructions per request (callgrind, ${many - few} batches of 100 requests told apart)\n`,
      );
      console.log('| variant | instructions/request | added to bare | bare ÷ variant |');
      console.log('| --- | ---: | ---: | ---: |');
      const bare = of(node, shape, 'bare');
      for (const v of variants) {
        const x = of(node, shape, v);
        console.log(
          `| ${v} | ${Math.round(x).toLocaleString('en')} | ${Math.round(x - bare).toLocaleString('en')} | ${(bare / x).toFixed(3)}× |`,
        );
      }
    }
  }
  printSideBySide(
    'Every line against its own bare app: bare ÷ variant in instructions per request',
    nodes,
    shapes,
    variants.slice(1),
    (node, shape, v) => `${(of(node, shape, 'bare') / of(node, shape, v)).toFixed(3)}×`,
  );
}

void main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
