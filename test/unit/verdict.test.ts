import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { MiddlewareRow } from '../../lib/query/types';
import { verdict } from '../../lib/query/verdict';

function row(p50: number, p95: number, calls = 100, d50 = 5, d95 = 8): MiddlewareRow {
  return {
    name: 'm', framework: 'express', calls, errors: 0,
    durationP50Ms: d50, durationP95Ms: d95, durationP99Ms: d95, durationMsPerCall: d50,
    occupancyP50Ms: p50, occupancyP95Ms: p95, occupancyMsPerCall: p50, occupancyShare: 0.5,
    hopsPerCall: 0, threadpoolHopsPerCall: 0, blockingCount: 0, stallMs: 0, ceilingWithoutRps: null, measured: true, position: null,
    threadHeldMsPerCall: null, threadHeldP95Ms: null, threadWaitMsPerCall: null, threadWaitP95Ms: null,
  };
}

test('a real change moves the median and the tail beyond both thresholds', () => {
  assert.equal(verdict(row(10, 12), row(2, 3)), 'better');
  assert.equal(verdict(row(2, 3), row(10, 12)), 'worse');
});

test('noise is unchanged: tail-only moves, tiny moves, too few calls', () => {
  assert.equal(verdict(row(1, 1.2), row(1, 4)), 'unchanged', 'only the p95 moved (a cold start, a GC pause)');
  assert.equal(verdict(row(0.02, 0.03), row(0.04, 0.06)), 'unchanged', 'doubled, but by less than 0.05 ms');
  assert.equal(verdict(row(10, 10.5), row(10.5, 11)), 'unchanged', 'by 5 %');
  assert.equal(verdict(row(10, 12, 20), row(2, 3, 20)), 'unchanged', 'fewer than 30 calls');
  assert.equal(verdict(undefined, row(2, 3)), 'unchanged', 'only one side has it');
});

test('duration counts too: waiting longer is worse even at equal thread time', () => {
  assert.equal(verdict(row(1, 1, 100, 5, 8), row(1, 1, 100, 20, 30)), 'worse');
});
