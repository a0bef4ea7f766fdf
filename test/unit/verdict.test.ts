import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { MiddlewareRow } from '../../lib/query/types';
import { verdicts } from '../../lib/query/verdict';

type Figures = { p50: number; p95: number; calls?: number; d50?: number; d95?: number; held?: [number, number] | null };

function row({ p50, p95, calls = 100, d50 = 5, d95 = 8, held = null }: Figures): MiddlewareRow {
  return {
    name: 'm',
    framework: 'express',
    calls,
    errors: 0,
    durationP50Ms: d50,
    durationP95Ms: d95,
    durationP99Ms: d95,
    durationMsPerCall: d50,
    occupancyP50Ms: p50,
    occupancyP95Ms: p95,
    occupancyMsPerCall: p50,
    occupancyShare: 0.5,
    hopsPerCall: 0,
    threadpoolHopsPerCall: 0,
    blockingCount: 0,
    stallMs: 0,
    ceilingWithoutRps: null,
    frameworkStep: false,
    measured: true,
    position: null,
    threadHeldMsPerCall: held?.[0] ?? null,
    threadHeldP95Ms: held?.[1] ?? null,
    threadWaitMsPerCall: null,
    threadWaitP95Ms: null,
  };
}

test('a real change of thread time moves the median and the tail beyond both thresholds', () => {
  assert.deepEqual(verdicts(row({ p50: 10, p95: 12 }), row({ p50: 2, p95: 3 })), {
    thread: 'better',
    latency: 'unchanged',
  });
  assert.deepEqual(verdicts(row({ p50: 2, p95: 3 }), row({ p50: 10, p95: 12 })), {
    thread: 'worse',
    latency: 'unchanged',
  });
});

test("the demo's fix: the hash moved to the thread pool is better for the thread and worse for latency", () => {
  // authenticate, measured: median occupancy 1.93 -> 0.07 ms, its p95 2.45 -> 2.85 ms (the pool's
  // threads take the CPU the main thread had), median duration 1.9 -> 8.1 ms, p95 2.5 -> 19 ms.
  const before = { ...row({ p50: 1.93, p95: 2.45, d50: 1.93, d95: 2.45 }), occupancyMsPerCall: 1.95 };
  const after = { ...row({ p50: 0.07, p95: 2.85, d50: 8.1, d95: 19.2 }), occupancyMsPerCall: 0.3 };
  assert.deepEqual(verdicts(before, after), { thread: 'better', latency: 'worse' });
});

test('noise is unchanged: tail-only moves, tiny moves', () => {
  assert.equal(
    verdicts(row({ p50: 1, p95: 1.2 }), row({ p50: 1, p95: 4 })).thread,
    'unchanged',
    'only the p95 moved (a cold start, a GC pause)',
  );
  const coldStart = { ...row({ p50: 1, p95: 1.2 }), occupancyMsPerCall: 3 };
  assert.equal(
    verdicts(row({ p50: 1, p95: 1.2 }), coldStart).thread,
    'unchanged',
    'a few slow calls move the mean, not the median',
  );
  assert.equal(
    verdicts(row({ p50: 0.002, p95: 0.003 }), row({ p50: 0.004, p95: 0.006 })).thread,
    'unchanged',
    'doubled, but by less than 10 µs',
  );
  assert.equal(verdicts(row({ p50: 10, p95: 10.5 }), row({ p50: 10.5, p95: 11 })).thread, 'unchanged', 'by 5 %');
});

test('latency is its own verdict: waiting longer at equal thread time', () => {
  assert.deepEqual(verdicts(row({ p50: 1, p95: 1, d50: 5, d95: 8 }), row({ p50: 1, p95: 1, d50: 20, d95: 30 })), {
    thread: 'unchanged',
    latency: 'worse',
  });
});

test("Django's sync thread held counts for the thread verdict", () => {
  const a = row({ p50: 10, p95: 10, held: [212, 255] });
  const b = row({ p50: 10, p95: 10, held: [0, 0] });
  assert.equal(verdicts(a, b).thread, 'better');
  assert.equal(verdicts(b, a).thread, 'worse');
});

test('presence: new in B, gone in B, too few calls to judge', () => {
  assert.deepEqual(verdicts(undefined, row({ p50: 2, p95: 3 })), { thread: 'new', latency: 'new' });
  assert.deepEqual(verdicts(row({ p50: 2, p95: 3 }), undefined), { thread: 'gone', latency: 'gone' });
  assert.deepEqual(verdicts(row({ p50: 10, p95: 12, calls: 20 }), row({ p50: 2, p95: 3 })), {
    thread: 'no-data',
    latency: 'no-data',
  });
});

test('plain OpenTelemetry spans (duration only): no thread verdict, a latency one', () => {
  const a = { ...row({ p50: 0, p95: 0, d50: 5, d95: 8 }), measured: false, occupancyP50Ms: null, occupancyP95Ms: null };
  const b = { ...row({ p50: 0, p95: 0, d50: 1, d95: 2 }), measured: false, occupancyP50Ms: null, occupancyP95Ms: null };
  assert.deepEqual(verdicts(a, b), { thread: 'no-data', latency: 'better' });
});
