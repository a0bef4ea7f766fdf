// The ceiling rule (lib/query/ceiling.ts): the lowest of the resources' ceilings binds, and a
// middleware's "ceiling without it" takes its share out of every resource it used.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bindingRps, ceilingOf, usageWithout, type Usage } from '../../lib/query/ceiling';

// 1,000 requests: 1 s of loop, 4 s of pool on 4 threads, 6 s of CPU on 2 cores.
const base: Usage = { requests: 1000, loop: 1, pool: 4, poolThreads: 4, cpu: 6, cores: 2, held: 0 };

test('each resource allows capacity ÷ use per request; the lowest binds', () => {
  const c = ceilingOf(base);
  assert.equal(c.eventLoopRps, 1000);
  assert.equal(c.threadPoolRps, 1000);
  assert.ok(Math.abs(c.cpuRps! - 333.33) < 0.01);
  assert.equal(c.syncThreadRps, null, 'nothing held a sync thread');
  assert.equal(c.binding, 'cpu');
  assert.equal(bindingRps(c), c.cpuRps);
  assert.equal(ceilingOf({ ...base, cores: 8 }).binding, 'event-loop', 'ties go to the first: the loop');
  assert.equal(ceilingOf({ ...base, poolThreads: 1, cores: 8 }).binding, 'thread-pool');
  assert.equal(ceilingOf({ ...base, held: 10 }).binding, 'sync-thread');
});

test('what is not reported does not bind', () => {
  const c = ceilingOf({ requests: 100, loop: 0.5, pool: null, poolThreads: null, cpu: null, cores: null, held: 0 });
  assert.deepEqual(c, {
    eventLoopRps: 200,
    threadPoolRps: null,
    cpuRps: null,
    syncThreadRps: null,
    binding: 'event-loop',
  });
  assert.equal(ceilingOf({ ...base, requests: 0 }).binding, null);
});

test('without a middleware: its loop time leaves the loop and the CPU, its pool time the pool and the CPU', () => {
  const u = usageWithout(base, { loop: 0.5, pool: 3, cpu: 3.5, held: 0 });
  assert.deepEqual(u, { ...base, loop: 0.5, pool: 1, cpu: 2.5 });
  // Moving a hash from the thread to the pool frees the loop but not the CPU: the CPU still binds.
  const c = ceilingOf(usageWithout(base, { loop: 0.9, pool: 0, cpu: 0.9, held: 0 }));
  assert.equal(c.binding, 'cpu');
  assert.equal(usageWithout(base, { loop: 5, pool: 9, cpu: 14, held: 1 }).loop, 0, 'never below nothing');
});
