// The soak and fault runs (bench/soak.ts, bench/soak-app.ts) in the short version CI runs;
// the hour-long figures are in the README. Ground truth: the calls in every metric batch the
// receiver acknowledged, counted by the client; the first answer the shop gave to each
// request.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { soak } from '../../bench/soak';
import { soakApp } from '../../bench/soak-app';

describe('soak, short', () => {
  test('SQLite under sustained ingest, killed with SIGKILL mid-run: every acknowledged batch counted once', async () => {
    const run = await soak('sqlite', {
      seconds: 20,
      spansPerSecond: 10_000,
      services: 20,
      killEverySeconds: 8,
      windowSeconds: 5,
    });
    const t = run.totals;
    assert.ok(run.kills >= 1, 'killed at least once');
    assert.deepEqual([t.refused, t.abandoned], [0, 0], 'no batch refused for good or given up');
    assert.ok(
      t.metricBatches >= 30 && t.spanBatches >= 200,
      `acknowledged: ${t.metricBatches} metric, ${t.spanBatches} span batches`,
    );
    assert.equal(run.callsStored, t.callsSent, 'calls stored = calls in the acknowledged metric batches');
    assert.ok(run.probes.length > 0 && run.probes.every((p) => p.rssMb > 0), 'the dashboard reported its memory');
  });

  test('PostgreSQL under sustained ingest: every acknowledged batch counted once', async () => {
    const run = await soak('postgresql', {
      seconds: 12,
      spansPerSecond: 10_000,
      services: 20,
      killEverySeconds: 0,
      windowSeconds: 4,
    });
    assert.deepEqual([run.totals.refused, run.totals.abandoned], [0, 0]);
    assert.ok(run.totals.metricBatches >= 20, `acknowledged: ${run.totals.metricBatches} metric batches`);
    assert.equal(run.callsStored, run.totals.callsSent);
  });

  for (const dashboard of ['hung', 'refused'] as const) {
    test(`an instrumented service whose dashboard is ${dashboard}: every response as the first, served at the rate asked`, async () => {
      const seconds = 12;
      const rps = 100;
      const run = await soakApp({ seconds, rps, dashboard, windowSeconds: 4 });
      assert.equal(run.failed + run.differed, 0, run.firstDifference ?? '');
      assert.ok(run.served >= 0.9 * seconds * rps, `served ${run.served} of ${seconds * rps}`);
      assert.ok(run.probes.length > 0, 'the service reported its memory');
    });
  }
});
