// The stored form of histograms (lib/rollup/histogram.ts): every bucket and count comes back
// exactly, whatever the indices (negative, far apart) and counts (past 2^31); rows stored as
// JSON before the binary format are still read; a damaged value is refused, not misread.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyHistogram, mergeSerialized, record, serialize, type Histogram } from '../../lib/rollup/histogram';

const roundTrip = (h: Histogram) => mergeSerialized(emptyHistogram(), serialize(h));
const entries = (h: Histogram) => [...h.buckets.entries()].sort((a, b) => a[0] - b[0]);

test('every bucket and count comes back exactly', () => {
  const cases: Histogram[] = [
    emptyHistogram(),
    { zero: 7, buckets: new Map() },
    { zero: 0, buckets: new Map([[-320, 1]]) },
    // Far apart, negative and positive, a huge count, an empty bucket kept in the map.
    { zero: 3, buckets: new Map([[-900, 5], [-899, 2 ** 40 + 3], [-2, 1], [0, 0], [17, 128], [5000, 300_000]]) },
  ];
  for (const h of cases) {
    const back = roundTrip(h);
    assert.equal(back.zero, h.zero);
    assert.deepEqual(entries(back), entries(h).filter(([, c]) => c > 0));
  }
});

test('a stored minute row is several times smaller than its JSON was', () => {
  const h = emptyHistogram();
  for (let i = 0; i < 300; i++) record(h, 0.0005 * (1 + Math.random() * 3));
  const json = JSON.stringify({ z: h.zero, b: entries(h) });
  const binary = serialize(h);
  assert.ok(binary.byteLength * 4 < json.length, `${binary.byteLength} bytes, JSON ${json.length}`);
  assert.equal(serialize(emptyHistogram()).byteLength, 2);
});

test('rows stored as JSON before the binary format are read as they are', () => {
  const legacy = new TextEncoder().encode('{"z":2,"b":[[-300,4],[-298,1]]}');
  const into = mergeSerialized({ zero: 1, buckets: new Map([[-300, 1]]) }, legacy);
  assert.equal(into.zero, 3);
  assert.deepEqual(entries(into), [[-300, 5], [-298, 1]]);
});

test('an unknown format or a truncated value is refused', () => {
  assert.throws(() => mergeSerialized(emptyHistogram(), Uint8Array.of(9, 0)), /unknown format 9/);
  const cut = serialize({ zero: 300, buckets: new Map() }).slice(0, 2);
  assert.throws(() => mergeSerialized(emptyHistogram(), cut), /truncated/);
});
