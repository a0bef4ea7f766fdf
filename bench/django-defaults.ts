// npm run bench:django — the question that started it all: under ASGI with an async view,
// how many thread hops does each middleware of Django's default MIDDLEWARE list cost per
// request, and what does one request cost with and without them? Runs the test project
// (instrumentation/python/tests/django/project) under uvicorn on loopback, through the real
// receiver, on each Django of the test matrix (test/helpers/django.ts).
import { getJson, startDashboard } from '../test/helpers/dashboard';
import { djangoMatrix, startPythonApp, type PythonRuntime } from '../test/helpers/python-apps';
import { sqliteStore } from '../test/helpers/stores';
import { ensureBuild } from '../scripts/build';
import type { MiddlewareRanking } from '../lib/query/types';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 400);

async function latency(url: string): Promise<number> {
  for (let i = 0; i < 50; i++) await (await fetch(`${url}/items/${i}`)).text(); // warm-up
  const t0 = performance.now();
  for (let i = 0; i < REQUESTS; i++) await (await fetch(`${url}/items/${i}`)).text();
  return (performance.now() - t0) / REQUESTS;
}

async function main(): Promise<void> {
  for (const runtime of djangoMatrix().filter((r) => r.server === 'uvicorn')) await bench(runtime);
}

async function bench(runtime: PythonRuntime): Promise<void> {
  ensureBuild();
  const store = sqliteStore();
  const dashboard = await startDashboard(store.url);
  const common = { HOPSCOPE_ENDPOINT: dashboard.url, TEST_MIDDLEWARE: '' };
  try {
    const setups: { label: string; env: Record<string, string> }[] = [
      { label: 'default MIDDLEWARE, measured by Hopscope', env: { HOPSCOPE_SERVICE_NAME: 'defaults' } },
      { label: 'default MIDDLEWARE, no Hopscope', env: { HOPSCOPE_DISABLED: '1' } },
      {
        label: 'no middleware, measured by Hopscope',
        env: { HOPSCOPE_SERVICE_NAME: 'none', TEST_DEFAULT_MIDDLEWARE: '0' },
      },
      { label: 'no middleware, no Hopscope', env: { HOPSCOPE_DISABLED: '1', TEST_DEFAULT_MIDDLEWARE: '0' } },
    ];
    const times: [string, number][] = [];
    for (const setup of setups) {
      const app = await startPythonApp({ ...common, ...setup.env }, runtime);
      times.push([setup.label, await latency(app.url)]);
      await app.stop();
    }
    const { body } = await getJson<MiddlewareRanking>(`${dashboard.url}/api/services/defaults/middleware?range=15m`);
    console.log(`\n${runtime.label}, async view, ${REQUESTS} sequential requests per setup\n`);
    console.log('| middleware | thread hops / request | occupancy / request |');
    console.log('| --- | ---: | ---: |');
    for (const m of body.middleware) {
      console.log(`| ${m.name} | ${m.hopsPerCall?.toFixed(2)} | ${m.occupancyMsPerCall?.toFixed(3)} ms |`);
    }
    console.log('\n| setup | mean time per request |');
    console.log('| --- | ---: |');
    for (const [label, ms] of times) console.log(`| ${label} | ${ms.toFixed(2)} ms |`);
  } finally {
    await dashboard.stop();
    await store.cleanup();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
