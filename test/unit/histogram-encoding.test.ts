// The stored form of histograms (lib/rollup/histogram.ts): every bucket and count comes back
// exactly, whatever the indices (negative, far apart) and counts (past 2^31); rows stored as
// JSON before the binary format are still read; a damaged value is refused, not misread; an
// absurd bucket index a sender claims lands in the edge bucket instead of a huge window.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HISTOGRAM_SCALE as SCALE } from '@hopscope/instrumentation/semconv';
import {
  addOtlpBuckets,
  bucketsOf,
  emptyHistogram,
  mergeSerialized,
  record,
  serialize,
  type Histogram,
} from '../../lib/rollup/histogram';

const roundTrip = (h: Histogram) => mergeSerialized(emptyHistogram(), serialize(h));
/** A histogram holding exactly these buckets, through the OTLP path at the stored scale. */
function histogram(zero: number, buckets: [number, number][]): Histogram {
  const h = emptyHistogram();
  h.zero = zero;
  for (const [index, count] of buckets) addOtlpBuckets(h, SCALE, 0, index, [count]);
  return h;
}

test('every bucket and count comes back exactly', () => {
  const cases: Histogram[] = [
    emptyHistogram(),
    histogram(7, []),
    histogram(0, [[-320, 1]]),
    // Far apart (1 ns and a day), negative and positive, a huge count.
    histogram(3, [
      [-960, 5],
      [-959, 2 ** 40 + 3],
      [-2, 1],
      [17, 128],
      [542, 300_000],
    ]),
  ];
  for (const h of cases) {
    const back = roundTrip(h);
    assert.equal(back.zero, h.zero);
    assert.deepEqual(bucketsOf(back), bucketsOf(h));
  }
  assert.deepEqual(bucketsOf(cases[3]), [
    [-960, 5],
    [-959, 2 ** 40 + 3],
    [-2, 1],
    [17, 128],
    [542, 300_000],
  ]);
});

test('a stored minute row is several times smaller than its JSON was', () => {
  const h = emptyHistogram();
  for (let i = 0; i < 300; i++) record(h, 0.0005 * (1 + Math.random() * 3));
  const json = JSON.stringify({ z: h.zero, b: bucketsOf(h) });
  const binary = serialize(h);
  assert.ok(binary.byteLength * 4 < json.length, `${binary.byteLength} bytes, JSON ${json.length}`);
  assert.equal(serialize(emptyHistogram()).byteLength, 2);
});

test('rows stored as JSON before the binary format are read as they are', () => {
  const legacy = new TextEncoder().encode('{"z":2,"b":[[-300,4],[-298,1]]}');
  const into = mergeSerialized(histogram(1, [[-300, 1]]), legacy);
  assert.equal(into.zero, 3);
  assert.deepEqual(bucketsOf(into), [
    [-300, 5],
    [-298, 1],
  ]);
});

test('an unknown format or a truncated value is refused', () => {
  assert.throws(() => mergeSerialized(emptyHistogram(), Uint8Array.of(9, 0)), /unknown format 9/);
  const cut = serialize(histogram(300, [])).slice(0, 2);
  assert.throws(() => mergeSerialized(emptyHistogram(), cut), /truncated/);
});

test('a bucket index beyond 1 ns … 2^25 s counts in the edge bucket, and the window stays small', () => {
  const h = histogram(0, [[-2, 1]]);
  addOtlpBuckets(h, SCALE, 0, 2 ** 31, [4]);
  addOtlpBuckets(h, SCALE, 0, -(2 ** 31), [2]);
  assert.deepEqual(bucketsOf(h), [
    [-961, 2],
    [-2, 1],
    [799, 4],
  ]);
  assert.ok(h.counts.length < 4096, `window of ${h.counts.length} buckets`);
});
