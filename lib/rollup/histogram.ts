// Mergeable latency histograms: base-2 exponential buckets at one fixed scale (5),
// OpenTelemetry's layout, so that the exponential histograms services send are stored
// exactly (downscaled when finer) and any number of instances and minutes merge by adding
// counts. Relative error of a percentile: at most (γ-1)/(γ+1) ≈ 1.08%, γ = 2^(1/32).
//
// Written here rather than taken from a sketch library because the store must use the
// wire format's bucket boundaries: DDSketch's log-γ buckets do not line up with OTLP's
// base-2 ones, and re-bucketing incoming histograms would add error on every merge.
import { HISTOGRAM_SCALE, HISTOGRAM_ZERO_THRESHOLD, histogramBucketIndex } from '@hopscope/instrumentation/semconv';

// The layout is the telemetry contract's (HISTOGRAM_SCALE, histogramBucketIndex): what
// producers send is stored in the buckets they were counted in.
const SCALE = HISTOGRAM_SCALE;
const PER_DOUBLING = 1 << SCALE;
const GAMMA = 2 ** (1 / PER_DOUBLING);

// Counts live in one dense window of bucket indices, not a Map: a 7-day ranking merges
// about 250,000 stored buckets, and adding into an array took half the time the Map did
// (PostgreSQL seed, in process: 15 → 7 ms per answer). A plain array, not a Float64Array:
// ingest makes a histogram per middleware, route and minute, and a typed array cost
// 1.5–2.5 µs to allocate against 0.15 µs (Node 20), which made recording 5× slower.
// Indices are kept within 1 ns … 2^25 s (about a year): durations never leave it, and the
// bound keeps a window small whatever offset a sender claims (the edge buckets take the rest).
const MIN_INDEX = -30 * PER_DOUBLING - 1;
const MAX_INDEX = 25 * PER_DOUBLING - 1;

/** Counts per bucket index: counts[i] is bucket offset + i. */
export type Histogram = { zero: number; offset: number; counts: number[] };

export function emptyHistogram(): Histogram {
  return { zero: 0, offset: 0, counts: [] };
}

export function countOf(h: Histogram): number {
  let n = h.zero;
  for (const c of h.counts) n += c;
  return n;
}

/** The buckets that hold any count, lowest index first: [index, count]. */
export function bucketsOf(h: Histogram): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < h.counts.length; i++) if (h.counts[i] > 0) out.push([h.offset + i, h.counts[i]]);
  return out;
}

export function record(h: Histogram, value: number, count = 1): void {
  if (value <= HISTOGRAM_ZERO_THRESHOLD) h.zero += count;
  else add(h, histogramBucketIndex(value), count);
}

function add(h: Histogram, index: number, count: number): void {
  let at = index - h.offset;
  if (at < 0 || at >= h.counts.length)
    at = widen(h, index < MIN_INDEX ? MIN_INDEX : index > MAX_INDEX ? MAX_INDEX : index);
  h.counts[at] += count;
}

/** Makes the window hold `index` (at least doubling it) and returns its place there. */
function widen(h: Histogram, index: number): number {
  const n = h.counts.length;
  if (n === 0) {
    h.counts = new Array<number>(32).fill(0);
    h.offset = index - 8;
    return 8;
  }
  if (index >= h.offset && index < h.offset + n) return index - h.offset;
  const lo = Math.min(h.offset, index);
  const hi = Math.max(h.offset + n, index + 1);
  const size = Math.max(2 * n, hi - lo);
  const offset = index < h.offset ? hi - size : lo;
  const counts = new Array<number>(size).fill(0);
  const shift = h.offset - offset;
  for (let i = 0; i < n; i++) counts[shift + i] = h.counts[i];
  h.counts = counts;
  h.offset = offset;
  return index - offset;
}

/**
 * Adds an OTLP exponential histogram's positive buckets (and zero count) at any scale.
 * Finer scales map exactly (index ÷ 2^shift, rounded down); a coarser bucket lands whole in its middle
 * sub-bucket, so its error stays that of the sender's scale.
 */
export function addOtlpBuckets(h: Histogram, scale: number, zeroCount: number, offset: number, counts: number[]): void {
  h.zero += zeroCount;
  const shift = scale - SCALE;
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i];
    if (!(c > 0)) continue;
    const index = offset + i;
    // Division, not >>: an offset may pass 2^31, and >> would wrap it to a negative index.
    if (shift >= 0) add(h, Math.floor(index / 2 ** shift), c);
    else {
      const width = 1 << -shift;
      add(h, index * width + (width >> 1), c);
    }
  }
}

export function merge(into: Histogram, from: Histogram): Histogram {
  into.zero += from.zero;
  const counts = from.counts;
  for (let i = 0; i < counts.length; i++) if (counts[i] > 0) add(into, from.offset + i, counts[i]);
  return into;
}

/** The value at quantile q (0..1), nearest-rank; undefined for an empty histogram. */
export function quantile(h: Histogram, q: number): number | undefined {
  const total = countOf(h);
  if (total === 0) return undefined;
  const rank = Math.max(1, Math.ceil(q * total));
  if (rank <= h.zero) return 0;
  let seen = h.zero;
  let last = 0;
  for (let i = 0; i < h.counts.length; i++) {
    if (h.counts[i] === 0) continue;
    seen += h.counts[i];
    last = i;
    if (seen >= rank) return representative(h.offset + i);
  }
  return representative(h.offset + last);
}

/** Bucket i holds values in (lower, upper]. */
export function bucketBounds(index: number): [number, number] {
  return [GAMMA ** index, GAMMA ** (index + 1)];
}

/** The point of bucket (γ^i, γ^(i+1)] with the least worst-case relative error. */
function representative(index: number): number {
  return (2 * GAMMA ** (index + 1)) / (GAMMA + 1);
}

// Stored form. A rollup row holds four histograms, and the store holds millions of rows, so
// the encoding is binary and dense: a format byte, the zero count, the lowest bucket index,
// then each bucket's count in index order, a run of empty buckets as 0 and its length. All
// integers are LEB128 varints (the index zigzagged), so a typical minute row's bucket costs
// one byte where JSON spent about ten. Rows written before this format (0.1) hold the JSON
// {"z":zero,"b":[[index,count],…]}, told apart by its first byte "{"; they are read as they
// are and rewritten in this format when next merged, or expire.
const FORMAT_V1 = 1;
const JSON_OPEN = 0x7b;

/** A histogram as the store holds it. */
export type Serialized = Uint8Array;

/** Bytes written so far; grows by doubling. */
class Writer {
  bytes = new Uint8Array(64);
  length = 0;
  uint(v: number): void {
    if (this.length + 10 > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    // Division, not shifts: counts may pass 2^31.
    while (v >= 0x80) {
      this.bytes[this.length++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    this.bytes[this.length++] = v;
  }
}

export function serialize(h: Histogram): Serialized {
  const w = new Writer();
  w.bytes[w.length++] = FORMAT_V1;
  w.uint(h.zero);
  const counts = h.counts;
  let first = 0;
  while (first < counts.length && counts[first] === 0) first++;
  if (first < counts.length) {
    const lowest = h.offset + first;
    w.uint(lowest >= 0 ? 2 * lowest : -2 * lowest - 1);
    let next = first;
    for (let i = first; i < counts.length; i++) {
      if (counts[i] === 0) continue;
      if (i > next) {
        w.uint(0);
        w.uint(i - next);
      }
      w.uint(counts[i]);
      next = i + 1;
    }
  }
  return w.bytes.slice(0, w.length);
}

/** Adds a serialised histogram into `into` without building it first: the query hot path.
 *  Most varints are one byte, read inline; longer ones go to uintAt / uintEnd. */
export function mergeSerialized(into: Histogram, s: Serialized): Histogram {
  if (s[0] === JSON_OPEN) return mergeJson(into, new TextDecoder().decode(s));
  if (s[0] !== FORMAT_V1) throw new Error(`stored histogram: unknown format ${s[0]}`);
  const n = s.length;
  into.zero += uintAt(s, 1);
  let at = uintEnd(s, 1);
  if (at === n) return into;
  const z = uintAt(s, at);
  at = uintEnd(s, at);
  let index = z % 2 === 0 ? z / 2 : -(z + 1) / 2;
  while (at < n) {
    let c = s[at];
    if (c < 0x80) at++;
    else {
      c = uintAt(s, at);
      at = uintEnd(s, at);
    }
    if (c !== 0) add(into, index++, c);
    else {
      index += uintAt(s, at);
      at = uintEnd(s, at);
    }
  }
  return into;
}

/** The varint at `at`. */
function uintAt(s: Serialized, at: number): number {
  let v = 0;
  let scale = 1;
  for (;;) {
    if (at >= s.length) throw new Error('stored histogram: truncated');
    const b = s[at++];
    v += (b & 0x7f) * scale;
    if (b < 0x80) return v;
    scale *= 0x80;
  }
}

/** Where the varint at `at` ends. */
function uintEnd(s: Serialized, at: number): number {
  while (at < s.length && s[at] >= 0x80) at++;
  if (at >= s.length) throw new Error('stored histogram: truncated');
  return at + 1;
}

function mergeJson(into: Histogram, json: string): Histogram {
  const parsed = JSON.parse(json) as { z: number; b: [number, number][] };
  into.zero += parsed.z;
  for (const [i, c] of parsed.b) add(into, i, c);
  return into;
}
