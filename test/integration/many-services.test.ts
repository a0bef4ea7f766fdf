// A large estate in one batch (a Collector fanning in 3,000 services, one middleware each):
// the batch is taken, and the Services list and page answer with every service, on both
// stores. The list once named every service in one IN list, past what a statement binds.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ServiceSummary } from '../../lib/query/types';
import { getJson, startDashboard, type Dashboard } from '../helpers/dashboard';
import { middlewareMetricsJson } from '../helpers/otlp-bodies';
import { postgresStore, sqliteStore, type TestStore } from '../helpers/stores';

const SERVICES = 3_000;

/** One OTLP/JSON metrics batch with a resource per service. */
function estateBody(): string {
  const resourceMetrics = Array.from({ length: SERVICES }, (_, i) => {
    const one = JSON.parse(middlewareMetricsJson(`svc-${String(i).padStart(4, '0')}`, 'v1', 'auth', [1, 2, 3])) as { resourceMetrics: unknown[] };
    return one.resourceMetrics[0];
  });
  return JSON.stringify({ resourceMetrics });
}

for (const kind of ['sqlite', 'postgresql'] as const) {
  describe(`${SERVICES} services on ${kind}`, () => {
    let store: TestStore;
    let dashboard: Dashboard;
    before(async () => {
      store = kind === 'sqlite' ? sqliteStore() : await postgresStore();
      dashboard = await startDashboard(store.url);
    });
    after(async () => {
      await dashboard?.stop();
      await store?.cleanup();
    });

    test('the batch is taken; the list and the Services page answer with every service', { timeout: 120_000 }, async () => {
      const res = await fetch(`${dashboard.url}/v1/metrics`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: estateBody() });
      assert.equal(res.status, 200, await res.text());
      const list = await getJson<{ services: ServiceSummary[] }>(`${dashboard.url}/api/services`);
      assert.equal(list.status, 200, JSON.stringify(list.body));
      assert.equal(list.body.services.length, SERVICES);
      const last = list.body.services.at(-1)!;
      assert.equal(last.name, 'svc-2999');
      assert.equal(last.worstMiddleware, 'auth');
      const page = await fetch(`${dashboard.url}/`);
      assert.equal(page.status, 200);
      assert.match(await page.text(), /svc-2999/);
    });
  });
}
