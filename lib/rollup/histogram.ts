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

/** Compact JSON: {"z":zero,"b":[[index,count],…]} with indices ascending. */
export function serialize(h: Histogram): string {
  const b = [...h.buckets.entries()].sort((x, y) => x[0] - y[0]);
  return JSON.stringify({ z: h.zero, b });
}

/** Adds a serialised histogram into `into` without building it first: the query hot path. */
export function mergeSerialized(into: Histogram, s: string): Histogram {
  const parsed = JSON.parse(s) as { z: number; b: [number, number][] };
  into.zero += parsed.z;
  for (const [i, c] of parsed.b) add(into, i, c);
  return into;
}
