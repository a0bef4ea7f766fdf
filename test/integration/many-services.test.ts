// A large estate in one batch (a Collector fanning in 3,000 services, one middleware each):
// the batch is taken, and the Services list and page answer a page at a time, searchable,
// on both stores. The list once named every service in one IN list, past what a statement
// binds.
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
    const one = JSON.parse(middlewareMetricsJson(`svc-${String(i).padStart(4, '0')}`, 'v1', 'auth', [1, 2, 3])) as {
      resourceMetrics: unknown[];
    };
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

    test(
      'the batch is taken; the list and the Services page answer a page at a time, and search',
      { timeout: 120_000 },
      async () => {
        const res = await fetch(`${dashboard.url}/v1/metrics`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: estateBody(),
        });
        assert.equal(res.status, 200, await res.text());
        type Page = { services: ServiceSummary[]; total: number; offset: number; limit: number };
        const first = await getJson<Page>(`${dashboard.url}/api/services`);
        assert.equal(first.status, 200, JSON.stringify(first.body));
        assert.equal(first.body.total, SERVICES);
        assert.equal(first.body.services.length, 100);
        assert.equal(first.body.services[0].name, 'svc-0000');
        const last = await getJson<Page>(`${dashboard.url}/api/services?offset=2900&limit=1000`);
        assert.equal(last.body.services.length, 100);
        assert.equal(last.body.services.at(-1)!.name, 'svc-2999');
        assert.equal(last.body.services.at(-1)!.worstMiddleware, 'auth');
        const found = await getJson<Page>(`${dashboard.url}/api/services?q=SVC-29`);
        assert.equal(found.body.total, 100);
        assert.ok(found.body.services.every((s) => s.name.startsWith('svc-29')));
        for (const [query, message] of [
          ['limit=0', /^limit: a whole number from 1 to 1000$/],
          ['limit=5000', /^limit: /],
          ['offset=-1', /^offset: /],
          ['offset=abc', /^offset: /],
          [`q=${'x'.repeat(201)}`, /^q: at most 200/],
        ] as [string, RegExp][]) {
          const bad = await getJson<{ error: string }>(`${dashboard.url}/api/services?${query}`);
          assert.equal(bad.status, 400, query);
          assert.match(bad.body.error, message, query);
        }
        const page = await fetch(`${dashboard.url}/?q=svc-2999`);
        assert.equal(page.status, 200);
        const html = await page.text();
        assert.match(html, /svc-2999/);
        assert.doesNotMatch(html, /svc-2998/);
        const second = await (await fetch(`${dashboard.url}/?offset=100`)).text();
        assert.match(second, /101<!-- -->–<!-- -->200<!-- --> of <!-- -->3,000|101–200 of 3,000/);
        assert.match(second, /svc-0100/);
      },
    );
  });
}

describe('the cap on services (HOPSCOPE_MAX_SERVICES)', () => {
  let store: TestStore;
  let dashboard: Dashboard;
  before(async () => {
    store = sqliteStore();
    dashboard = await startDashboard(store.url, { HOPSCOPE_MAX_SERVICES: '3' });
  });
  after(async () => {
    await dashboard?.stop();
    await store?.cleanup();
  });
  const send = async (...services: string[]) => {
    const resourceMetrics = services.map(
      (s) =>
        (JSON.parse(middlewareMetricsJson(s, 'v1', 'auth', [1, 2])) as { resourceMetrics: unknown[] })
          .resourceMetrics[0],
    );
    const res = await fetch(`${dashboard.url}/v1/metrics`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ resourceMetrics }),
    });
    assert.equal(res.status, 200);
    return (await res.json()) as { partialSuccess?: { rejectedDataPoints?: string | number; errorMessage?: string } };
  };
  const listed = async () =>
    (await getJson<{ services: ServiceSummary[] }>(`${dashboard.url}/api/services`)).body.services.map((s) => s.name);

  test('past the cap a new service is refused with partial_success naming the limit; known services go on', async () => {
    assert.deepEqual((await send('a', 'b')).partialSuccess ?? {}, {});
    // One batch that crosses the cap: its first new service is taken, the rest refused.
    const crossing = await send('a', 'c', 'd', 'e');
    assert.ok(Number(crossing.partialSuccess?.rejectedDataPoints) > 0, JSON.stringify(crossing));
    assert.equal(
      crossing.partialSuccess?.errorMessage,
      'the store holds its limit of 3 services (HOPSCOPE_MAX_SERVICES); not stored: "d", "e"',
    );
    assert.deepEqual(await listed(), ['a', 'b', 'c']);
    // Known services are still taken in full, beside a refused one.
    const again = await send('b', 'f');
    assert.match(again.partialSuccess?.errorMessage ?? '', /not stored: "f"$/);
    assert.deepEqual((await send('c')).partialSuccess ?? {}, {});
    const ranking = await getJson<{ middleware: { name: string; calls: number }[] }>(
      `${dashboard.url}/api/services/b/middleware?range=1h`,
    );
    assert.equal(ranking.body.middleware.find((m) => m.name === 'auth')?.calls, 4);
  });
});
