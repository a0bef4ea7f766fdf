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
const cpuSeconds = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1e6;

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

test(
  'the loop busy time counts a busy-wait; the pool time counts pbkdf2 on the pool, not the wait for it',
  { skip: !linux && 'reads /proc' },
  async () => {
    const usage = new ProcessUsage();
    // Its first interval starts once the loop turns (what ran before is start-up, no request's).
    await new Promise((r) => setImmediate(r));
    // The busy-wait lasts 50 ms of wall time; on a shared machine the thread runs only part of
    // it (CI measured 25-29 ms with two other processes spinning). What it ran is its CPU time;
    // the rest it waited for a core, which is what loopPreempted reports.
    const waitStart = process.cpuUsage();
    busyWait(50);
    const waitCpu = cpuSeconds(process.cpuUsage(waitStart));
    const loop = usage.take();
    assert.ok(loop.loopBusy >= 0.045 && loop.loopBusy < 0.5, `loop busy ${loop.loopBusy} s for a 50 ms busy-wait`);
    assert.ok(loop.cpu >= waitCpu * 0.95, `process CPU ${loop.cpu} s covers the busy-wait's ${waitCpu} s`);
    assert.ok(
      loop.availableCores > 0 && loop.availableCores <= os.availableParallelism(),
      `cores ${loop.availableCores}`,
    );
    const preempted = loop.loopPreempted;
    assert.ok(preempted !== null && preempted >= 0 && preempted <= loop.loopBusy, `preempted ${preempted} s`);
    const offCore = 0.05 - waitCpu;
    assert.ok(preempted >= offCore * 0.5 - 0.005, `preempted ${preempted} s, off a core ${offCore} s of the busy-wait`);
    // Eight hashes at once on four pool threads: half of them wait for a thread, which is not
    // pool time. Ground truth: the process's CPU meanwhile, the main thread's share of it small.
    const before = process.cpuUsage();
    await Promise.all(Array.from({ length: 8 }, () => pbkdf2('pw', 'salt', 40_000, 32, 'sha256')));
    const cpuMs = cpuSeconds(process.cpuUsage(before)) * 1000;
    const pool = usage.take();
    const poolMs = pool.poolBusy! * 1000;
    assert.ok(cpuMs > 10, `the hashes took ${cpuMs} ms of CPU`);
    // Node 20 counts V8's helper threads too, so up to all of the process's CPU.
    assert.ok(
      poolMs >= cpuMs * 0.7 && poolMs <= cpuMs * 1.05 + 5,
      `pool ${poolMs.toFixed(1)} ms of ${cpuMs.toFixed(1)} ms of process CPU`,
    );
    assert.ok(pool.loopBusy < 0.05, `the loop waited, it did not work: ${pool.loopBusy} s`);
    // The next interval starts where this one ended.
    const idle = usage.take();
    assert.ok(idle.poolBusy! < 0.01 && idle.loopBusy < 0.05, JSON.stringify(idle));
  },
);
