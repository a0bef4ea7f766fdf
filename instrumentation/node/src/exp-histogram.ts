// A base-2 exponential histogram at one fixed scale, in OpenTelemetry's bucket layout
// (bucket i holds values in (2^(i/32), 2^((i+1)/32)]), so the dashboard merges what every
// instance sends by adding counts. Scale 5 gives 32 buckets per doubling: about 1.1%
// relative error at the bucket midpoint. A fixed scale (rather than the SDK's rescaling
// aggregation) keeps record() to one log2, one ceil and one increment.

export const SCALE = 5;
const BUCKETS_PER_DOUBLING = 1 << SCALE;
/** Values at or below this (seconds, or hops) are counted in the zero bucket. */
export const ZERO_THRESHOLD = 1e-9;

export function bucketIndex(value: number): number {
  return Math.ceil(Math.log2(value) * BUCKETS_PER_DOUBLING) - 1;
}

export class ExpHistogram {
  count = 0;
  sum = 0;
  min = Infinity;
  max = -Infinity;
  zeroCount = 0;
  /** Bucket index of counts[0]. */
  offset = 0;
  counts: number[] = [];

  record(value: number): void {
    this.count++;
    this.sum += value;
    if (value < this.min) this.min = value;
    if (value > this.max) this.max = value;
    if (value <= ZERO_THRESHOLD) {
      this.zeroCount++;
      return;
    }
    const index = bucketIndex(value);
    const counts = this.counts;
    if (counts.length === 0) {
      this.offset = index;
      counts.push(1);
      return;
    }
    let i = index - this.offset;
    if (i < 0) {
      // Rare after warm-up: a value smaller than any seen in this interval.
      const grown = new Array<number>(-i).fill(0);
      for (let j = 0; j < counts.length; j++) grown.push(counts[j]);
      this.counts = grown;
      this.offset = index;
      grown[0] = 1;
      return;
    }
    while (i >= counts.length) counts.push(0);
    counts[i]++;
  }

  reset(): void {
    this.count = 0;
    this.sum = 0;
    this.min = Infinity;
    this.max = -Infinity;
    this.zeroCount = 0;
    this.offset = 0;
    this.counts.length = 0;
  }
}
