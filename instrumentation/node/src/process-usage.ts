// What the process used of each resource that can bound its throughput, per export
// interval (DESIGN: "concurrency ceiling"). The dashboard divides each by the requests of
// the same interval:
//   - the event loop: its busy time (performance.eventLoopUtilization: active, not idle in
//     the poll phase), which is every request's JavaScript plus Node's own work for it
//     (HTTP parsing, writing the response), not only the middleware's occupancy; and how
//     long the main thread waited for a core meanwhile (schedstat's run-queue time): busy
//     time stretched by other threads taking the core is the CPU's limit, not the loop's
//     (measured: one pool thread hashing beside the loop on 2 cores read 1.96 ms of loop
//     a request where the same loop needed 1.24 ms with the core to itself);
//   - libuv's thread pool: the time its threads ran (on-CPU, from /proc/self/task/*/schedstat),
//     so time queued for a pool thread is not counted, and neither is time a pool thread
//     waited for a core another thread held (that is the CPU's limit, below);
//   - the CPU: the process's CPU time (every thread), and the cores it may use: its
//     affinity and cgroup quota, less what other processes ran on those cores meanwhile.
// Everything here runs at collection time, never on the request path. Linux's /proc is
// read where present; elsewhere the pool's time is not reported and the cores are
// os.availableParallelism().
import fs from 'node:fs';
import os from 'node:os';
import { performance, type EventLoopUtilization } from 'node:perf_hooks';

export type Usage = {
  /** Seconds the event loop was busy, and of those (or of its wake-ups) waiting for a core;
   *  null where it cannot be read. */
  loopBusy: number;
  loopPreempted: number | null;
  /** Seconds the thread pool's threads ran; null where it cannot be read. */
  poolBusy: number | null;
  /** Seconds of CPU the process used, all threads. */
  cpu: number;
  /** Cores the process could have used over the interval (see above). */
  availableCores: number;
};

/** libuv's pool size: UV_THREADPOOL_SIZE as libuv reads it when the pool starts (1..1024, default 4). */
export function threadPoolSize(env: Record<string, string | undefined> = process.env): number {
  const n = Number.parseInt(env.UV_THREADPOOL_SIZE ?? '', 10);
  return Number.isFinite(n) && n > 0 ? Math.min(n, 1024) : 4;
}

const TICKS_PER_SECOND = 100; // USER_HZ: /proc/stat counts in these on every Linux.

function read(path: string): string | null {
  try {
    return fs.readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/** "0-3,8,10-11" → [0,1,2,3,8,10,11]. */
export function parseCpuList(list: string): number[] {
  const out: number[] = [];
  for (const part of list.trim().split(',')) {
    if (part === '') continue;
    const [a, b] = part.split('-').map((s) => Number.parseInt(s, 10));
    for (let c = a; c <= (b ?? a); c++) out.push(c);
  }
  return out;
}

/** The CPUs this process may run on (its affinity), from /proc/self/status. */
function allowedCpus(): number[] | null {
  const m = /^Cpus_allowed_list:\s*(\S+)/m.exec(read('/proc/self/status') ?? '');
  return m ? parseCpuList(m[1]) : null;
}

/** cgroup v2 cpu.max ("max 100000" or "<quota> <period>") as cores; null for no limit. */
export function quotaCores(cpuMax: string): number | null {
  const [quota, period] = cpuMax.trim().split(/\s+/);
  const q = Number(quota);
  const p = Number(period);
  return quota === 'max' || !(q > 0) || !(p > 0) ? null : q / p;
}

/** The tightest CPU quota of this process's cgroup and its parents (v2, or v1's cfs quota). */
function cgroupQuota(): number | null {
  const self = read('/proc/self/cgroup');
  if (self === null) return null;
  let limit: number | null = null;
  const tighter = (cores: number | null) => {
    if (cores !== null && (limit === null || cores < limit)) limit = cores;
  };
  const v2 = /^0::(\S*)$/m.exec(self);
  if (v2) {
    for (let dir = v2[1]; ; dir = dir.slice(0, dir.lastIndexOf('/'))) {
      const max = read(`/sys/fs/cgroup${dir}/cpu.max`);
      if (max !== null) tighter(quotaCores(max));
      if (dir === '' || dir === '/') break;
    }
  }
  const v1 = /^\d+:[^:]*\bcpu\b[^:]*:(\S*)$/m.exec(self);
  if (v1) {
    for (const base of ['/sys/fs/cgroup/cpu,cpuacct', '/sys/fs/cgroup/cpu']) {
      const quota = read(`${base}${v1[1]}/cpu.cfs_quota_us`) ?? read(`${base}/cpu.cfs_quota_us`);
      const period = read(`${base}${v1[1]}/cpu.cfs_period_us`) ?? read(`${base}/cpu.cfs_period_us`);
      if (quota !== null && period !== null)
        tighter(quotaCores(`${Number(quota) < 0 ? 'max' : quota.trim()} ${period.trim()}`));
    }
  }
  return limit;
}

/** Busy ticks (all but idle and iowait) of each CPU, from /proc/stat. */
function busyTicks(cpus: number[]): number | null {
  const stat = read('/proc/stat');
  if (stat === null) return null;
  const wanted = new Set(cpus);
  let busy = 0;
  for (const line of stat.split('\n')) {
    const m = /^cpu(\d+)\s+(.*)$/.exec(line);
    if (m === null || !wanted.has(Number(m[1]))) continue;
    const [user, nice, system, , , irq, softirq, steal] = m[2].split(' ').map(Number);
    busy += user + nice + system + irq + softirq + (steal || 0);
  }
  return busy;
}

/** Run and run-queue nanoseconds of the main thread, and run nanoseconds of each pool thread. */
type ThreadTimes = { mainRun: number; mainWait: number; pool: Map<string, number> };

/**
 * The pool's threads are named `libuv-worker` by the libuv of Node 22 and later. Node 20's
 * libuv names no thread, so there every thread but the main one counts (V8's helper
 * threads too: a small overestimate of the pool's time, never of its ceiling).
 */
function threadTimes(): ThreadTimes | null {
  let tids: string[];
  try {
    tids = fs.readdirSync('/proc/self/task');
  } catch {
    return null;
  }
  const named = new Map<string, number>();
  const unnamed = new Map<string, number>();
  let runtimeNamesThreads = false;
  let main: [number, number] | null = null;
  for (const tid of tids) {
    const comm = read(`/proc/self/task/${tid}/comm`)?.trim();
    const schedstat = read(`/proc/self/task/${tid}/schedstat`)?.split(' ');
    if (comm === undefined || schedstat === undefined) continue; // the thread ended meanwhile
    if (tid === String(process.pid)) {
      runtimeNamesThreads = comm === 'MainThread';
      main = [Number(schedstat[0]), Number(schedstat[1])];
    } else if (comm === 'libuv-worker') named.set(tid, Number(schedstat[0]));
    else unnamed.set(tid, Number(schedstat[0]));
  }
  if (main === null) return null;
  return { mainRun: main[0], mainWait: main[1], pool: runtimeNamesThreads ? named : new Map([...named, ...unnamed]) };
}

/**
 * Measures usage between calls of take(). The first interval starts once the loop first
 * turns: register() runs before the app's modules load, and loading them (hundreds of
 * milliseconds of the loop and the CPU) is no request's cost; it read as 10 ms a request
 * over a service's first 40 requests.
 */
export class ProcessUsage {
  private elu: EventLoopUtilization = performance.eventLoopUtilization();
  private cpuUsage = process.cpuUsage();
  private wall = performance.now();
  private readonly cpus = allowedCpus();
  private readonly quota = cgroupQuota();
  private busy: number | null;
  private threads: ThreadTimes | null;

  constructor() {
    this.busy = this.cpus && busyTicks(this.cpus);
    this.threads = threadTimes();
    setImmediate(() => void this.take()).unref();
  }

  take(): Usage {
    const elu = performance.eventLoopUtilization(this.elu);
    this.elu = performance.eventLoopUtilization();
    const cpuUsage = process.cpuUsage(this.cpuUsage);
    this.cpuUsage = process.cpuUsage();
    const wall = performance.now();
    const seconds = Math.max(1e-3, (wall - this.wall) / 1000);
    this.wall = wall;
    const cpu = (cpuUsage.user + cpuUsage.system) / 1e6;
    const loopBusy = elu.active / 1000;
    const now = threadTimes();
    const before = this.threads;
    this.threads = now;
    let poolBusy: number | null = null;
    let loopPreempted: number | null = null;
    if (now !== null && before !== null) {
      let ns = 0;
      // A thread that started in the interval ran all of its time in it.
      for (const [tid, t] of now.pool) ns += t - (before.pool.get(tid) ?? 0);
      poolBusy = Math.max(0, ns / 1e9);
      // The run queue also holds the thread as it wakes from idle; the loop still needed
      // at least the time it ran.
      const ran = (now.mainRun - before.mainRun) / 1e9;
      loopPreempted = Math.max(0, Math.min((now.mainWait - before.mainWait) / 1e9, loopBusy - ran));
    }
    return { loopBusy, loopPreempted, poolBusy, cpu, availableCores: this.availableCores(cpu, seconds) };
  }

  private availableCores(ownCpu: number, seconds: number): number {
    const allowed = this.cpus?.length ?? os.availableParallelism();
    const busy = this.cpus && busyTicks(this.cpus);
    let others = 0;
    if (busy !== null && this.busy !== null)
      others = Math.max(0, (busy - this.busy) / TICKS_PER_SECOND - ownCpu) / seconds;
    this.busy = busy;
    const limit = this.quota === null ? allowed : Math.min(this.quota, allowed);
    // Never less than it did use: tick counting is coarse, and what it got it can get.
    return Math.max(ownCpu / seconds, Math.min(limit, allowed - others));
  }
}
