// Exemplar choice: a busy minute stores a few dozen spans, not one per request; the slowest
// requests and each middleware's slowest spans are among them; a retry stores nothing new.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { ExemplarReservoir, RANDOM_TRACES, SLOWEST_PER_MIDDLEWARE, SLOWEST_TRACES } from '../../lib/ingest/exemplars';

type Span = { traceId: string; spanId: string; middleware: string; duration: number };
const MIDDLEWARE = ['a', 'b', 'c', 'd'];
const oneMinute = () => 'svc\u0000minute';

/** One export's worth of requests: every middleware once per trace, random durations. */
function group(traces: number): Span[] {
  const out: Span[] = [];
  for (let t = 0; t < traces; t++) {
    const traceId = crypto.randomBytes(16).toString('hex');
    for (const middleware of MIDDLEWARE) out.push({ traceId, spanId: crypto.randomBytes(8).toString('hex'), middleware, duration: Math.random() });
  }
  return out;
}

test('a busy minute stores a few dozen spans, and the slowest of all are among them', () => {
  const reservoir = new ExemplarReservoir();
  const groups = Array.from({ length: 200 }, () => group(50)); // 10,000 requests
  let stored: Span[] = [];
  for (const g of groups) stored = stored.concat(reservoir.select(g, oneMinute));
  const all = groups.flat();
  // Per group at most the whole picked traces and each middleware's slowest; over n groups
  // the bars rise, so roughly k·(1 + ln n) make it in, not n·k.
  const perMinuteBound = (SLOWEST_TRACES + RANDOM_TRACES) * MIDDLEWARE.length * 12 + SLOWEST_PER_MIDDLEWARE * MIDDLEWARE.length * 12;
  assert.ok(stored.length < perMinuteBound, `${stored.length} stored of ${all.length}`);
  assert.ok(stored.length < all.length / 20);
  const traceDuration = new Map<string, number>();
  for (const s of all) traceDuration.set(s.traceId, (traceDuration.get(s.traceId) ?? 0) + s.duration);
  const slowest = [...traceDuration].sort((x, y) => y[1] - x[1]).slice(0, SLOWEST_TRACES).map(([id]) => id);
  const storedTraces = new Set(stored.map((s) => s.traceId));
  for (const id of slowest) assert.ok(storedTraces.has(id), 'the slowest requests are kept whole');
  const lowest = [...traceDuration.keys()].sort().slice(0, RANDOM_TRACES);
  for (const id of lowest) assert.ok(storedTraces.has(id), 'the random picks (lowest ids) are kept');
  for (const m of MIDDLEWARE) {
    const worst = all.filter((s) => s.middleware === m).sort((x, y) => y.duration - x.duration).slice(0, SLOWEST_PER_MIDDLEWARE);
    for (const s of worst) assert.ok(stored.includes(s), `${m}'s slowest spans are kept`);
  }
});

test('a retried group stores nothing new; a dry run changes nothing', () => {
  const reservoir = new ExemplarReservoir();
  const g = group(50);
  assert.deepEqual(reservoir.select(g, oneMinute, true), reservoir.select(g, oneMinute, true));
  const first = reservoir.select(g, oneMinute);
  assert.ok(first.length > 0);
  assert.deepEqual(reservoir.select(g, oneMinute), []);
  assert.deepEqual(reservoir.select(g, oneMinute, true), []);
});

test('forget(): after a failed commit the same group is chosen again', () => {
  const reservoir = new ExemplarReservoir();
  const g = group(20);
  const first = reservoir.select(g, oneMinute);
  reservoir.forget();
  assert.deepEqual(reservoir.select(g, oneMinute), first);
});
