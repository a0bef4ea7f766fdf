// Why a middleware holds the thread: the JavaScript stacks sampled while it did.
//
// Mechanism: V8's CPU profiler, in process, through node:inspector. It samples from a
// thread of its own, so it sees a thread that is blocked (a watchdog that reads the stack
// only once the loop is stuck would miss every stretch shorter than its timeout, and a
// native profiler with context labels would need a native addon on every Node line). Each
// sample carries its time (CLOCK_MONOTONIC µs, the clock performance.now() counts from), and
// occupancy.ts logs every closed segment here (start, end, owner): a sample is the owner's
// when it falls inside one of its segments, the same rule occupancy follows, so a middleware
// that only awaits gets no samples and none lands on one that was not on the thread.
//
// Windows: every WINDOW_MS the running profile is ended and the next begun, as two titled
// console profiles that overlap. Measured with NestJS, Fastify, Koa, Express, Next's server
// and pg loaded: Profiler.start costs 40-110 ms (V8 logs every compiled function), once per
// profiler; with a profile always running, starting and ending a titled one costs 0.1-0.3
// ms. So the profiler starts once and never stops while measuring.
//
// A sample's stack becomes one folded string (root;…;leaf, "fn (file:line)" per frame, this
// package's own frames left out, the leaf-most `depth` frames kept). Its count goes to the
// middleware (over all its routes: the segment log keeps no invocation, see `owners`), sent
// with its metrics; a blocking segment's most frequent stack goes on its invocation, for its
// exemplar span.
import inspector from 'node:inspector';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { Invocation, MiddlewareInfo } from './internal-types';
import * as sc from './semconv';
import { active, type ProfilerSettings } from './settings';

const WINDOW_MS = 1000;
// Segments kept between windows: at 2 segments per middleware call, a second of a service
// doing 65,000 middleware calls a second. Past that the oldest go, and samples from before
// the oldest kept segment are charged to nobody (and one warning says so).
const CAPACITY = 1 << 17;
const MASK = CAPACITY - 1;

/** Read by occupancy.ts at every closed segment: whether to log it. */
export let profiling = false;
let starts = new Float64Array(0);
let ends = new Float64Array(0);
// Who ran each segment: its middleware, which lives as long as the app, never the
// invocation. Keeping a second's invocations reachable promoted them all out of the young
// generation: GC went from 1.3 to 19 µs a request (bench:overhead, Node 24, ten sync
// middleware). Only a blocking segment's invocation is kept, for its span's stack.
let owners: (MiddlewareInfo | null)[] = [];
let blockers: (Invocation | null)[] = [];
let written = 0;
let taken = 0;

export function logSegment(inv: Invocation, start: number, end: number): void {
  const i = written & MASK;
  starts[i] = start;
  ends[i] = end;
  owners[i] = inv.info;
  blockers[i] = end - start >= active.blockingThresholdMs ? inv : null;
  written++;
}

// Distinct stacks one middleware keeps per interval; the rest count under OTHER_STACKS, so
// a middleware whose stacks never repeat (generated code) cannot grow memory or the export.
const MAX_STACKS = 100;

/** Adds n samples of `stack`, within MAX_STACKS distinct stacks. */
function addSamples(into: Map<string, number>, stack: string, n: number): void {
  const had = into.get(stack);
  if (had !== undefined) into.set(stack, had + n);
  else if (into.size < MAX_STACKS) into.set(stack, n);
  else into.set(sc.OTHER_STACKS, (into.get(sc.OTHER_STACKS) ?? 0) + n);
}

type CallFrame = { functionName: string; url: string; lineNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] };
type Profile = { nodes: ProfileNode[]; startTime: number; samples?: number[]; timeDeltas?: number[] };

// This package's own frames (dist when installed, src under tsx) say nothing about the app.
const OWN_DIR = __dirname + path.sep;

const isOwn = (url: string) => url.startsWith(OWN_DIR) || url.startsWith('file://' + OWN_DIR);

/** One frame as a folded stack names it: `fn (file:line)`, paths relative to the working directory. */
export function frameName(f: CallFrame, cwd: string): string {
  const fn = (f.functionName || '(anonymous)').replaceAll(';', ',');
  if (f.url === '') return fn;
  let file = f.url.startsWith('file://') ? fileURLToPath(f.url) : f.url;
  if (file.startsWith(cwd)) file = file.slice(cwd.length);
  return `${fn} (${file.replaceAll(';', ',')}:${f.lineNumber + 1})`;
}

/**
 * Folded stacks of a profile's nodes, root to leaf, V8's "(root)" left out, the leaf-most
 * `depth` frames kept ("…" marks a cut).
 */
export function foldedStacks(profile: Profile, depth: number, cwd = process.cwd() + path.sep): Map<number, string> {
  const byId = new Map<number, ProfileNode>();
  for (const n of profile.nodes) byId.set(n.id, n);
  const frames = new Map<number, string[]>();
  // A node whose leaf-most frame outside Node (native code, node:*) is this package's is
  // Hopscope's own work (its async hooks, its bookkeeping): charged to nobody. Its wrappers,
  // below every middleware's frame, are left out of the stacks.
  const ownWork = new Set<number>();
  const visit = (node: ProfileNode, parent: string[], parentOwn: boolean) => {
    const f = node.callFrame;
    const own = isOwn(f.url);
    const mine = own || f.functionName === '(root)' ? parent : [...parent, frameName(f, cwd)];
    const ownTail = own || (parentOwn && (f.url === '' || f.url.startsWith('node:')));
    frames.set(node.id, mine);
    if (ownTail) ownWork.add(node.id);
    for (const c of node.children ?? []) {
      const child = byId.get(c);
      if (child !== undefined) visit(child, mine, ownTail);
    }
  };
  const root = profile.nodes[0];
  if (root !== undefined) visit(root, [], false);
  const out = new Map<number, string>();
  for (const [id, f] of frames) {
    // "(idle)": V8 sampled a thread waiting for events, which holds nothing.
    if (f.length === 0 || ownWork.has(id) || (f.length === 1 && f[0] === '(idle)')) continue;
    out.set(id, f.length > depth ? '…;' + f.slice(-depth).join(';') : f.join(';'));
  }
  return out;
}

/** Counts of a blocking segment's stacks, until the segment is passed. */
type SegmentStacks = { index: number; counts: Map<string, number> };

/**
 * Charges a profile's samples to the segments logged since the last window: both are in time
 * order, so one walk. Returns how many samples fell in no kept segment's time span because
 * the log had wrapped.
 */
export function attribute(profile: Profile, stacks: Map<number, string>, toPerfMs: (us: number) => number): number {
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const first = Math.max(taken, written - CAPACITY);
  const lostBefore = first > taken && first < written ? starts[first & MASK] : -Infinity;
  let lost = 0;
  let j = first;
  let t = profile.startTime;
  let open: SegmentStacks | null = null;
  for (let k = 0; k < samples.length; k++) {
    t += deltas[k] ?? 0;
    const ms = toPerfMs(t);
    while (j < written && ends[j & MASK] < ms) {
      if (open !== null && open.index === j) open = closeBlocking(open);
      j++;
    }
    if (j === written) break;
    const i = j & MASK;
    if (ms < starts[i]) {
      if (ms < lostBefore) lost++;
      continue;
    }
    const stack = stacks.get(samples[k]);
    const info = owners[i];
    if (stack === undefined || info === null) continue;
    const earlier =
      ms - starts[i] < LATE_MS && j > first
        ? onTime(info, owners[(j - 1) & MASK], ends[(j - 1) & MASK] === starts[i], stack)
        : info;
    addSamples(earlier.stacks, stack, 1);
    if (earlier === info && blockers[i] !== null) {
      if (open === null || open.index !== j) {
        if (open !== null) closeBlocking(open);
        open = { index: j, counts: new Map() };
      }
      open.counts.set(stack, (open.counts.get(stack) ?? 0) + 1);
    }
  }
  if (open !== null) closeBlocking(open);
  // Release what the log holds.
  for (let k = taken; k < written; k++) blockers[k & MASK] = null;
  taken = written;
  return lost;
}

// V8 reads a sample's time after it has walked the stack, in the signal handler: when the
// scheduler takes the core from the thread meanwhile (a loaded machine) the time comes late,
// and a sample taken just before a boundary reads as just after it (seen: 3 µs after, the
// stack still in the previous middleware's busy loop). Within LATE_MS of a boundary between
// two middleware, the stack decides: the earlier one's when it shows the earlier one's
// function and not the later one's.
const LATE_MS = 2;

function onTime(info: MiddlewareInfo, before: MiddlewareInfo | null, adjacent: boolean, stack: string): MiddlewareInfo {
  if (before === null || !adjacent || before === info) return info;
  return runs(stack, before.name) && !runs(stack, info.name) ? before : info;
}

/** Whether a frame of the folded stack is the function a middleware is named for. */
function runs(stack: string, name: string): boolean {
  const fn = name.split('@')[0] + ' (';
  return stack.startsWith(fn) || stack.includes(';' + fn);
}

/** A blocking segment that was its invocation's longest gets its most frequent stack. */
function closeBlocking(s: SegmentStacks): null {
  const i = s.index & MASK;
  const inv = blockers[i];
  if (inv === null || starts[i] !== inv.maxSegmentStart || ends[i] - starts[i] < inv.maxSegment) return null;
  let best = '';
  let most = 0;
  for (const [stack, n] of s.counts) {
    if (n > most) {
      most = n;
      best = stack;
    }
  }
  inv.blockingStack = best;
  return null;
}

/** The sampler of this process: one at a time, started by the instrumentation. */
class Profiler {
  private session: inspector.Session | null = null;
  private timer: NodeJS.Timeout | null = null;
  private title = '';
  private ending = '';
  private windows = 0;
  private finished: Profile | null = null;
  private settings: ProfilerSettings = { intervalMs: 10, depth: 32 };
  // CLOCK_MONOTONIC µs of performance.now() = 0: both count on libuv's hrtime.
  private readonly originUs = Number(process.hrtime.bigint()) / 1000 - performance.now() * 1000;
  private warnedLost = false;

  start(settings: ProfilerSettings): void {
    this.settings = settings;
    if (this.session !== null) return;
    try {
      const session = new inspector.Session();
      session.connect();
      session.on('Profiler.consoleProfileFinished', (m) => {
        if (m.params.title === this.ending) this.finished = m.params.profile as Profile;
      });
      session.post('Profiler.enable');
      session.post('Profiler.setSamplingInterval', { interval: Math.round(settings.intervalMs * 1000) });
      this.session = session;
    } catch (err) {
      process.emitWarning(
        `Hopscope cannot profile: node:inspector is unavailable (${(err as Error).message}); measuring goes on without stacks.`,
        { code: 'HOPSCOPE_PROFILE' },
      );
      return;
    }
    starts = new Float64Array(CAPACITY);
    ends = new Float64Array(CAPACITY);
    owners = new Array<MiddlewareInfo | null>(CAPACITY).fill(null);
    blockers = new Array<Invocation | null>(CAPACITY).fill(null);
    taken = written;
    this.title = this.nextTitle();
    console.profile(this.title);
    profiling = true;
    this.timer = setInterval(() => this.take(), WINDOW_MS).unref();
  }

  stop(): void {
    if (this.session === null) return;
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    this.take(false);
    profiling = false;
    this.session.disconnect();
    this.session = null;
    starts = ends = new Float64Array(0);
    owners = [];
    blockers = [];
  }

  /** Ends the running window (and begins the next): its samples go to their middleware. */
  take(next = true): void {
    if (this.session === null) return;
    const ending = this.title;
    if (next) {
      this.title = this.nextTitle();
      console.profile(this.title);
    }
    // The inspector hands the ended profile to the listener synchronously, within profileEnd.
    this.ending = ending;
    this.finished = null;
    console.profileEnd(ending);
    this.ending = '';
    const profile = this.finished as Profile | null;
    if (profile === null) return;
    const origin = this.originUs;
    const lost = attribute(profile, foldedStacks(profile, this.settings.depth), (us) => (us - origin) / 1000);
    if (lost > 0 && !this.warnedLost) {
      this.warnedLost = true;
      process.emitWarning(
        `Hopscope's profiler charged ${lost} samples of one second to no middleware: more segments ran than its log keeps (${CAPACITY}); stacks under-count at this load. Warned once.`,
        { code: 'HOPSCOPE_PROFILE' },
      );
    }
  }

  /** Seconds between samples, as configured. */
  intervalSeconds(): number {
    return this.settings.intervalMs / 1000;
  }

  private nextTitle(): string {
    return `hopscope:${++this.windows}`;
  }
}

export const profiler = new Profiler();
