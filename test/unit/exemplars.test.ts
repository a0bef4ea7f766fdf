// Exemplar choice: a busy minute stores a few dozen spans, not one per request; the slowest
// requests and each middleware's slowest spans are among them; a retry stores nothing new.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { ExemplarReservoir, RANDOM_TRACES, SLOWEST_PER_MIDDLEWARE, SLOWEST_TRACES } from '../../lib/ingest/exemplars';

type Span = { traceId: string; spanId: string; middleware: string; duration: number; start: number };
const MIDDLEWARE = ['a', 'b', 'c', 'd'];
const svc = () => 'svc';
const sameMinute = (s: Span) => s.start;

/** One export's worth of requests: every middleware once per trace, random durations. */
function group(traces: number): Span[] {
  const out: Span[] = [];
  for (let t = 0; t < traces; t++) {
    const traceId = crypto.randomBytes(16).toString('hex');
    for (const middleware of MIDDLEWARE)
      out.push({
        traceId,
        spanId: crypto.randomBytes(8).toString('hex'),
        middleware,
        duration: Math.random(),
        start: 0,
      });
  }
  return out;
}

test('a busy minute stores a few dozen spans, and the slowest of all are among them', () => {
  const reservoir = new ExemplarReservoir();
  const groups = Array.from({ length: 200 }, () => group(50)); // 10,000 requests
  let stored: Span[] = [];
  for (const g of groups) stored = stored.concat(reservoir.select(g, svc, sameMinute));
  const all = groups.flat();
  // Per group at most the whole picked traces and each middleware's slowest; over n groups
  // the bars rise, so roughly k·(1 + ln n) make it in, not n·k.
  const perMinuteBound =
    (SLOWEST_TRACES + RANDOM_TRACES) * MIDDLEWARE.length * 12 +
    SLOWEST_PER_MIDDLEWARE * MIDDLEWARE.length * 12 +
    MIDDLEWARE.length * MIDDLEWARE.length * 12;
  assert.ok(stored.length < perMinuteBound, `${stored.length} stored of ${all.length}`);
  assert.ok(stored.length < all.length / 20);
  const traceDuration = new Map<string, number>();
  for (const s of all) traceDuration.set(s.traceId, (traceDuration.get(s.traceId) ?? 0) + s.duration);
  const slowest = [...traceDuration]
    .sort((x, y) => y[1] - x[1])
    .slice(0, SLOWEST_TRACES)
    .map(([id]) => id);
  const storedTraces = new Set(stored.map((s) => s.traceId));
  for (const id of slowest) assert.ok(storedTraces.has(id), 'the slowest requests are kept whole');
  const lowest = [...traceDuration.keys()].sort().slice(0, RANDOM_TRACES);
  for (const id of lowest) assert.ok(storedTraces.has(id), 'the random picks (lowest ids) are kept');
  for (const m of MIDDLEWARE) {
    const worst = all
      .filter((s) => s.middleware === m)
      .sort((x, y) => y.duration - x.duration)
      .slice(0, SLOWEST_PER_MIDDLEWARE);
    for (const s of worst) assert.ok(stored.includes(s), `${m}'s slowest spans are kept`);
    const request = stored.filter((s) => s.traceId === worst[0].traceId);
    assert.equal(request.length, MIDDLEWARE.length, `the request of ${m}'s slowest span is kept whole`);
  }
});

test('a retried group stores nothing new; a dry run changes nothing', () => {
  const reservoir = new ExemplarReservoir();
  const g = group(50);
  assert.deepEqual(reservoir.select(g, svc, sameMinute, true), reservoir.select(g, svc, sameMinute, true));
  const first = reservoir.select(g, svc, sameMinute);
  assert.ok(first.length > 0);
  assert.deepEqual(reservoir.select(g, svc, sameMinute), []);
  assert.deepEqual(reservoir.select(g, svc, sameMinute, true), []);
});

test('forget(): after a failed commit the same group is chosen again', () => {
  const reservoir = new ExemplarReservoir();
  const g = group(20);
  const first = reservoir.select(g, svc, sameMinute);
  reservoir.forget();
  assert.deepEqual(reservoir.select(g, svc, sameMinute), first);
});

test('a kept request stays whole when its spans come in two exports and two minutes', () => {
  const reservoir = new ExemplarReservoir();
  // Busy minutes: 200 requests each, whole in one export.
  reservoir.select(group(200), svc, sameMinute);
  const nextMinute = group(200).map((s) => ({ ...s, start: 60_000 }));
  reservoir.select(nextMinute, svc, sameMinute);
  // The slowest request of all starts at :59.9 and its spans come in two exports: the first
  // middleware's now, the other three in the next minute, each span alone unremarkable.
  const traceId = 'f'.repeat(32);
  const slow = MIDDLEWARE.map((middleware, i) => ({
    traceId,
    spanId: `${i}`.repeat(16),
    middleware,
    duration: i === 0 ? 50 : 0.01,
    start: i === 0 ? 59_900 : 60_010,
  }));
  assert.deepEqual(reservoir.select(slow.slice(0, 1), svc, sameMinute), slow.slice(0, 1));
  assert.deepEqual(reservoir.select(slow.slice(1), svc, sameMinute), slow.slice(1), 'its later spans are kept');
  assert.deepEqual(reservoir.select(slow.slice(1), svc, sameMinute), [], 'a retry stores nothing new');

  // A decode thread's reservoir does not see the first part; the writer tells it.
  const thread = new ExemplarReservoir();
  thread.select(nextMinute, svc, sameMinute);
  assert.deepEqual(thread.select(slow.slice(1), svc, sameMinute, true), [], 'alone, the later spans would not pass');
  thread.remember(reservoir.keptAmong(slow.slice(0, 1)));
  assert.deepEqual(thread.select(slow.slice(1), svc, sameMinute), slow.slice(1));
});
