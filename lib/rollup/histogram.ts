// Mergeable latency histograms: sparse base-2 exponential buckets at one fixed scale (5),
// OpenTelemetry's layout, so that the exponential histograms services send are stored
// exactly (downscaled when finer) and any number of instances and minutes merge by adding
// counts. Relative error of a percentile: at most (γ-1)/(γ+1) ≈ 1.08%, γ = 2^(1/32).
//
// Written here rather than taken from a sketch library because the store must use the
// wire format's bucket boundaries: DDSketch's log-γ buckets do not line up with OTLP's
// base-2 ones, and re-bucketing incoming histograms would add error on every merge.

export const SCALE = 5;
const PER_DOUBLING = 1 << SCALE;
const GAMMA = 2 ** (1 / PER_DOUBLING);

export type Histogram = { zero: number; buckets: Map<number, number> };

export function emptyHistogram(): Histogram {
  return { zero: 0, buckets: new Map() };
}

export function countOf(h: Histogram): number {
  let n = h.zero;
  for (const c of h.buckets.values()) n += c;
  return n;
}

export function bucketIndex(value: number): number {
  return Math.ceil(Math.log2(value) * PER_DOUBLING) - 1;
}

export function record(h: Histogram, value: number, count = 1): void {
  if (value <= 0) h.zero += count;
  else add(h, bucketIndex(value), count);
}

function add(h: Histogram, index: number, count: number): void {
  h.buckets.set(index, (h.buckets.get(index) ?? 0) + count);
}

/**
 * Adds an OTLP exponential histogram's positive buckets (and zero count) at any scale.
 * Finer scales map exactly (index >> shift); a coarser bucket lands whole in its middle
 * sub-bucket, so its error stays that of the sender's scale.
 */
export function addOtlpBuckets(h: Histogram, scale: number, zeroCount: number, offset: number, counts: number[]): void {
  h.zero += zeroCount;
  const shift = scale - SCALE;
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i];
    if (!(c > 0)) continue;
    const index = offset + i;
    if (shift >= 0) add(h, index >> shift, c);
    else {
      const width = 1 << -shift;
      add(h, index * width + (width >> 1), c);
    }
  }
}

export function merge(into: Histogram, from: Histogram): Histogram {
  into.zero += from.zero;
  for (const [i, c] of from.buckets) add(into, i, c);
  return into;
}

/** The value at quantile q (0..1), nearest-rank; undefined for an empty histogram. */
export function quantile(h: Histogram, q: number): number | undefined {
  const total = countOf(h);
  if (total === 0) return undefined;
  const rank = Math.max(1, Math.ceil(q * total));
  if (rank <= h.zero) return 0;
  let seen = h.zero;
  const indices = [...h.buckets.keys()].sort((a, b) => a - b);
  for (const i of indices) {
    seen += h.buckets.get(i)!;
    if (seen >= rank) return representative(i);
  }
  return representative(indices[indices.length - 1]);
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
  const indices = [...h.buckets.keys()].sort((a, b) => a - b);
  if (indices.length > 0) {
    w.uint(indices[0] >= 0 ? 2 * indices[0] : -2 * indices[0] - 1);
    let next = indices[0];
    for (const i of indices) {
      const c = h.buckets.get(i)!;
      if (c === 0) continue;
      if (i > next) {
        w.uint(0);
        w.uint(i - next);
      }
      w.uint(c);
      next = i + 1;
    }
  }
  return w.bytes.slice(0, w.length);
}

/** Adds a serialised histogram into `into` without building it first: the query hot path. */
export function mergeSerialized(into: Histogram, s: Serialized): Histogram {
  if (s[0] === JSON_OPEN) return mergeJson(into, new TextDecoder().decode(s));
  if (s[0] !== FORMAT_V1) throw new Error(`stored histogram: unknown format ${s[0]}`);
  let at = 1;
  const uint = () => {
    let v = 0;
    let scale = 1;
    for (;;) {
      if (at >= s.length) throw new Error('stored histogram: truncated');
      const b = s[at++];
      v += (b & 0x7f) * scale;
      if (b < 0x80) return v;
      scale *= 0x80;
    }
  };
  into.zero += uint();
  if (at === s.length) return into;
  const z = uint();
  let index = z % 2 === 0 ? z / 2 : -(z + 1) / 2;
  while (at < s.length) {
    const c = uint();
    if (c === 0) index += uint();
    else add(into, index++, c);
  }
  return into;
}

function mergeJson(into: Histogram, json: string): Histogram {
  const parsed = JSON.parse(json) as { z: number; b: [number, number][] };
  into.zero += parsed.z;
  for (const [i, c] of parsed.b) add(into, i, c);
  return into;
}
