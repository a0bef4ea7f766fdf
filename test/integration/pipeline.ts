// The whole path, store by store: a real instrumented service exports with the real
// OpenTelemetry exporters (protobuf and JSON) to the dashboard's receiver, and the JSON
// API answers with what the ground truth says.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { MiddlewareRanking } from '../../lib/query/types';
import { getJson, startDashboard, type Dashboard } from '../helpers/dashboard';
import { runInstrumentedService } from '../helpers/service';
import type { TestStore } from '../helpers/stores';

export function pipelineSuite(storeName: string, makeStore: () => Promise<TestStore> | TestStore): void {
  describe(`pipeline on ${storeName}`, () => {
    let store: TestStore;
    let dashboard: Dashboard;

    before(async () => {
      store = await makeStore();
      dashboard = await startDashboard(store.url);
    });
    after(async () => {
      await dashboard?.stop();
      await store?.cleanup();
    });

    for (const protocol of ['http/protobuf', 'http/json'] as const) {
      test(`${protocol}: ranking, percentiles and hops match the ground truth`, async () => {
        const service = `shop-${protocol.replace('http/', '')}`;
        await runInstrumentedService({ endpoint: dashboard.url, service, requests: 40, blockMs: 8, protocol });
        const { status, body } = await getJson<MiddlewareRanking>(`${dashboard.url}/api/services/${service}/middleware?range=15m`);
        assert.equal(status, 200);
        const names = body.middleware.map((m) => m.name);
        assert.equal(names[0], 'blocker', `ranked by occupancy: ${names.join(', ')}`);
        const byName = Object.fromEntries(body.middleware.map((m) => [m.name, m]));
        assert.equal(byName.blocker.calls, 40);
        assert.ok(byName.blocker.occupancyP50Ms! >= 7.8 && byName.blocker.occupancyP50Ms! < 12, `p50 ${byName.blocker.occupancyP50Ms}`);
        assert.ok(byName.waiter.occupancyP50Ms! < 2);
        assert.ok(byName.waiter.durationP50Ms! >= 2.9);
        assert.ok(byName.hasher.threadpoolHopsPerCall! >= 1);
        assert.equal(byName.getItem.calls, 40);
        assert.ok(body.ceilingRps! > 50 && body.ceilingRps! < 1000 / 8, `ceiling ${body.ceilingRps}`);
        assert.ok(byName.blocker.ceilingWithoutRps! > body.ceilingRps! * 2);
        const services = await getJson<{ services: { name: string; versions: string[] }[] }>(`${dashboard.url}/api/services`);
        assert.deepEqual(services.body.services.find((s) => s.name === service)?.versions, ['1.0.0']);
      });
    }

    test('a version filter keeps versions apart', async () => {
      await runInstrumentedService({ endpoint: dashboard.url, service: 'versions', version: 'a', requests: 10, blockMs: 2 });
      await runInstrumentedService({ endpoint: dashboard.url, service: 'versions', version: 'b', requests: 20, blockMs: 2 });
      const a = await getJson<MiddlewareRanking>(`${dashboard.url}/api/services/versions/middleware?range=15m&version=a`);
      const both = await getJson<MiddlewareRanking>(`${dashboard.url}/api/services/versions/middleware?range=15m`);
      assert.equal(a.body.middleware.find((m) => m.name === 'blocker')!.calls, 10);
      assert.equal(both.body.middleware.find((m) => m.name === 'blocker')!.calls, 30);
      const unknown = await getJson<{ error: string }>(`${dashboard.url}/api/services/versions/middleware?version=zzz`);
      assert.equal(unknown.status, 400);
      assert.match(unknown.body.error, /no version "zzz"/);
    });
  });
}
