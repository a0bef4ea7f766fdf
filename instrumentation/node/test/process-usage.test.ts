// What the process used of each resource, against ground truth of known cost: a busy-wait
// on the event loop, pbkdf2 calls on libuv's pool, and the cores this machine gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import os from 'node:os';
import { promisify } from 'node:util';
import { parseCpuList, ProcessUsage, quotaCores, threadPoolSize } from '../src/process-usage';
import { busyWait } from './helpers';

const pbkdf2 = promisify(crypto.pbkdf2);
const linux = process.platform === 'linux';

test('the pool size is UV_THREADPOOL_SIZE as libuv reads it', () => {
  assert.equal(threadPoolSize({}), 4);
  assert.equal(threadPoolSize({ UV_THREADPOOL_SIZE: '1' }), 1);
  assert.equal(threadPoolSize({ UV_THREADPOOL_SIZE: '64' }), 64);
  assert.equal(threadPoolSize({ UV_THREADPOOL_SIZE: '5000' }), 1024);
  assert.equal(threadPoolSize({ UV_THREADPOOL_SIZE: 'lots' }), 4);
});

test('CPU lists and cgroup quotas read as Linux writes them', () => {
  assert.deepEqual(parseCpuList('0-3,8,10-11\n'), [0, 1, 2, 3, 8, 10, 11]);
  assert.deepEqual(parseCpuList('1'), [1]);
  assert.equal(quotaCores('max 100000\n'), null);
  assert.equal(quotaCores('150000 100000'), 1.5);
  assert.equal(quotaCores('garbage'), null);
});

test('the loop busy time counts a busy-wait; the pool time counts pbkdf2 on the pool, not the wait for it', { skip: !linux && 'reads /proc' }, async () => {
  // One hash's CPU time here, on this thread (CPU, not wall: the machine may be busy).
  const c0 = process.cpuUsage();
  crypto.pbkdf2Sync('pw', 'salt', 40_000, 32, 'sha256');
  const c1 = process.cpuUsage(c0);
  const one = (c1.user + c1.system) / 1000;
  const usage = new ProcessUsage();
  // Its first interval starts once the loop turns (what ran before is start-up, no request's).
  await new Promise((r) => setImmediate(r));
  busyWait(50);
  // Eight at once on four pool threads: half of them wait for a thread, which is not pool time.
  await Promise.all(Array.from({ length: 8 }, () => pbkdf2('pw', 'salt', 40_000, 32, 'sha256')));
  const u = usage.take();
  assert.ok(u.loopBusy >= 0.045 && u.loopBusy < 0.5, `loop busy ${u.loopBusy} s for a 50 ms busy-wait`);
  const poolMs = u.poolBusy! * 1000;
  // 8 hashes ran; Node 20 counts V8's helper threads too, so a little more.
  assert.ok(poolMs >= 8 * one * 0.7 && poolMs <= 8 * one * 1.6 + 20, `pool ${poolMs.toFixed(1)} ms for 8 × ${one.toFixed(1)} ms of hashing`);
  assert.ok(u.cpu * 1000 >= 50 + poolMs * 0.6, `process CPU ${u.cpu} s covers the loop and the pool`);
  assert.ok(u.availableCores > 0 && u.availableCores <= os.availableParallelism(), `cores ${u.availableCores}`);
  assert.ok(u.loopPreempted !== null && u.loopPreempted >= 0 && u.loopPreempted <= u.loopBusy);
  // The next interval starts where this one ended.
  const idle = usage.take();
  assert.ok(idle.poolBusy! < 0.01 && idle.loopBusy < 0.05, JSON.stringify(idle));
});
