// Percentiles from merged histograms stay within 2% of the exact percentiles of the raw
// samples, however the samples are split across instances and minutes, and histograms
// the OpenTelemetry SDK exports at other scales are taken in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AggregationType, MeterProvider, MetricReader, type ExponentialHistogram } from '@opentelemetry/sdk-metrics';
import {
  addOtlpBuckets,
  countOf,
  emptyHistogram,
  mergeSerialized,
  quantile,
  record,
  serialize,
} from '../../lib/rollup/histogram';

// A deterministic generator (mulberry32), so a failure can be reproduced.
function rng(seed: number): () => number {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Latency-like samples in seconds: log-normal around 2 ms with a long tail. */
function samples(n: number, seed: number): number[] {
  const r = rng(seed);
  return Array.from({ length: n }, () => {
    const z = Math.sqrt(-2 * Math.log(r() || 1e-12)) * Math.cos(2 * Math.PI * r());
    return 0.002 * Math.exp(1.2 * z);
  });
}

function exact(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(1, Math.ceil(q * sorted.length)) - 1];
}

const QUANTILES = [0.5, 0.9, 0.95, 0.99, 0.999];

test('merged instances and minutes: every percentile within 2% of exact', () => {
  const all: number[] = [];
  const parts: Uint8Array[] = [];
  // 4 instances × 30 minutes, different sizes each.
  for (let part = 0; part < 120; part++) {
    const values = samples(50 + ((part * 37) % 400), part + 1);
    const h = emptyHistogram();
    for (const v of values) record(h, v);
    all.push(...values);
    // The stored form, merged as the store and the queries merge it.
    parts.push(serialize(h));
  }
  const merged = parts.reduce((into, s) => mergeSerialized(into, s), emptyHistogram());
  assert.equal(countOf(merged), all.length);
  for (const q of QUANTILES) {
    const want = exact(all, q);
    const got = quantile(merged, q)!;
    assert.ok(Math.abs(got - want) / want <= 0.02, `p${q * 100}: ${got} vs exact ${want}`);
  }
});

test('zero values and empty histograms', () => {
  const h = emptyHistogram();
  assert.equal(quantile(h, 0.5), undefined);
  record(h, 0);
  record(h, 0);
  record(h, 0.01);
  assert.equal(quantile(h, 0.5), 0);
  assert.ok(Math.abs(quantile(h, 1)! - 0.01) / 0.01 < 0.011);
});

class Reader extends MetricReader {
  protected async onForceFlush(): Promise<void> {}
  protected async onShutdown(): Promise<void> {}
}

test("the OpenTelemetry SDK's own exponential histograms (any scale) are taken in", async () => {
  for (const maxSize of [160, 20]) {
    const reader = new Reader();
    const provider = new MeterProvider({
      readers: [reader],
      views: [
        {
          instrumentName: 'latency',
          aggregation: { type: AggregationType.EXPONENTIAL_HISTOGRAM, options: { maxSize } },
        },
      ],
    });
    const instrument = provider.getMeter('t').createHistogram('latency');
    const values = samples(5000, maxSize);
    for (const v of values) instrument.record(v);
    const { resourceMetrics } = await reader.collect();
    const point = resourceMetrics.scopeMetrics[0].metrics[0].dataPoints[0].value as ExponentialHistogram;
    const h = emptyHistogram();
    addOtlpBuckets(h, point.scale, point.zeroCount, point.positive.offset, point.positive.bucketCounts);
    assert.equal(countOf(h), values.length);
    // The sender's scale bounds the error: 2^(2^-scale) - 1 per bucket.
    const tolerance = Math.max(0.02, 2 ** (2 ** -point.scale) - 1);
    for (const q of QUANTILES) {
      const want = exact(values, q);
      const got = quantile(h, q)!;
      assert.ok(
        Math.abs(got - want) / want <= tolerance,
        `maxSize ${maxSize} scale ${point.scale} p${q * 100}: ${got} vs ${want}`,
      );
    }
    await provider.shutdown();
  }
});
