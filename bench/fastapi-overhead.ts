// npm run bench:fastapi — what hopscope_starlette costs a FastAPI service, against the same
// app bare in the same run: throughput at saturation (uvicorn pinned to one core, autocannon
// on the other), rounds alternating bare and measured, on two paths of the test app
// (instrumentation/python/tests/starlette/apps.py) behind three middleware (a pure ASGI one,
// a BaseHTTPMiddleware and a function middleware): an async endpoint with an async
// dependency (/items), and a sync endpoint on the pool (/cpu, 5 ms of CPU). Prints each
// round, the median ratio and the time added per request (1/measured − 1/bare).
//   BENCH_ROUNDS (default 5), BENCH_SECONDS (default 5)
import { startDashboard } from '../test/helpers/dashboard';
import { fastapiRuntime, startPythonApp } from '../test/helpers/python-apps';
import { saturate } from '../test/helpers/saturation';
import { sqliteStore } from '../test/helpers/stores';
import { ensureBuild } from '../scripts/build';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const MIDDLEWARE = 'timing_header,PureStamp,BaseStamp';
const PATHS = ['/items/1', '/cpu/1'];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main(): Promise<void> {
  ensureBuild();
  const store = sqliteStore();
  const dashboard = await startDashboard(store.url);
  const runtime = fastapiRuntime();
  const rps = async (path: string, measured: boolean) => {
    const app = await startPythonApp(
      {
        HOPSCOPE_ENDPOINT: dashboard.url,
        HOPSCOPE_SERVICE_NAME: 'bench-fastapi',
        HOPSCOPE_SPAN_SAMPLE_RATIO: '0.1',
        HOPSCOPE_EXPORT_INTERVAL: '10',
        TEST_MIDDLEWARE: MIDDLEWARE,
        ...(measured ? {} : { TEST_HOPSCOPE: '0' }),
      },
      runtime,
      'fastapi',
      '0',
    );
    try {
      await saturate(app.url + path, { seconds: 1, connections: 32, cpus: '1' }); // warm-up
      return await saturate(app.url + path, { seconds: SECONDS, connections: 32, cpus: '1' });
    } finally {
      await app.stop();
    }
  };
  try {
    console.log(`\nFastAPI under uvicorn, ${MIDDLEWARE}, ${ROUNDS} rounds of ${SECONDS} s, 32 connections\n`);
    console.log(
      '| path | bare req/s (median) | measured req/s (median) | ratio (median, rounds) | added per request |',
    );
    console.log('| --- | ---: | ---: | --- | ---: |');
    for (const path of PATHS) {
      const bare: number[] = [];
      const measured: number[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        bare.push(await rps(path, false));
        measured.push(await rps(path, true));
      }
      const ratios = bare.map((b, i) => measured[i] / b);
      const added = (1 / median(measured) - 1 / median(bare)) * 1e6;
      console.log(
        `| ${path} | ${median(bare).toFixed(0)} | ${median(measured).toFixed(0)} | ${median(ratios).toFixed(2)}× (${ratios.map((r) => r.toFixed(2)).join(', ')}) | ${added.toFixed(0)} µs |`,
      );
    }
  } finally {
    await dashboard.stop();
    await store.cleanup();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
