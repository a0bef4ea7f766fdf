// npm run bench:django — the question that started it all: under ASGI with an async view,
// how many thread hops does each middleware of Django's default MIDDLEWARE list cost per
// request, and what does one request cost with and without them? Runs the test project
// (instrumentation/django/tests/project) under uvicorn on loopback, through the real
// receiver, with Debian's Django.
import { getJson, startDashboard } from '../test/helpers/dashboard';
import { requireDjango, startDjango } from '../test/helpers/django';
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
  requireDjango();
  ensureBuild();
  const store = sqliteStore();
  const dashboard = await startDashboard(store.url);
  const common = { HOPSCOPE_ENDPOINT: dashboard.url, TEST_MIDDLEWARE: '' };
  try {
    const withDefaults = await startDjango({ ...common, HOPSCOPE_SERVICE_NAME: 'defaults' });
    const msWith = await latency(withDefaults.url);
    await withDefaults.stop();
    const without = await startDjango({ ...common, HOPSCOPE_SERVICE_NAME: 'none', TEST_DEFAULT_MIDDLEWARE: '0' });
    const msWithout = await latency(without.url);
    await without.stop();
    const bare = await startDjango({ ...common, HOPSCOPE_DISABLED: '1' });
    const msBare = await latency(bare.url);
    await bare.stop();
    const bareWithout = await startDjango({ ...common, HOPSCOPE_DISABLED: '1', TEST_DEFAULT_MIDDLEWARE: '0' });
    const msBareWithout = await latency(bareWithout.url);
    await bareWithout.stop();
    const { body } = await getJson<MiddlewareRanking>(`${dashboard.url}/api/services/defaults/middleware?range=15m`);
    console.log(`\nDjango 3.2 under uvicorn, async view, ${REQUESTS} sequential requests per setup\n`);
    console.log('| middleware | thread hops / request | occupancy / request |');
    console.log('| --- | ---: | ---: |');
    for (const m of body.middleware) {
      console.log(`| ${m.name} | ${m.hopsPerCall?.toFixed(2)} | ${m.occupancyMsPerCall?.toFixed(3)} ms |`);
    }
    console.log('\n| setup | mean time per request |');
    console.log('| --- | ---: |');
    console.log(`| default MIDDLEWARE, measured by Hopscope | ${msWith.toFixed(2)} ms |`);
    console.log(`| default MIDDLEWARE, no Hopscope | ${msBare.toFixed(2)} ms |`);
    console.log(`| no middleware, measured by Hopscope | ${msWithout.toFixed(2)} ms |`);
    console.log(`| no middleware, no Hopscope | ${msBareWithout.toFixed(2)} ms |`);
  } finally {
    await dashboard.stop();
    await store.cleanup();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
