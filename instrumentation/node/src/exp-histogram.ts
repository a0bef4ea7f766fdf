// A base-2 exponential histogram in the contract's layout (semconv.ts: one fixed scale,
// OpenTelemetry's buckets), so the dashboard merges what every instance sends by adding
// counts. Scale 5 gives 32 buckets per doubling: about 1.1% relative error at the bucket
// midpoint. A fixed scale (rather than the SDK's rescaling aggregation) keeps record() to
// one log2, one ceil and one increment.
import { HISTOGRAM_ZERO_THRESHOLD, histogramBucketIndex } from './semconv';

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
    if (value <= HISTOGRAM_ZERO_THRESHOLD) {
      this.zeroCount++;
      return;
    }
    const index = histogramBucketIndex(value);
    const counts = this.counts;
    if (counts.length === 0) {
      this.offset = index;
      counts.push(1);
      return;
    }
    const i = index - this.offset;
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
