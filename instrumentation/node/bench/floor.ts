// What an exact per-middleware measurement of Express costs at least, measured beside
// Hopscope's variants so that its overhead can be read against a floor, not only against
// bare Express. Both start the SDK as Hopscope's variants do, with no instrumentation, and
// wrap Express's Layer as Hopscope does (every middleware and handler is called through
// it):
//   floor  a pass-through wrapper: what patching and the SDK (exporting metrics) alone cost;
//   clock  the wrapper plus what the definitions (docs/design.md) cannot do without: next()
//          wrapped, so that downstream time is excluded, and one clock read per boundary
//          (handed on, returned; the next call and the caller's resumption reuse them:
//          two per call). Built as lean as we could
//          make it, not as a product: no per-request state, nothing recorded, no error
//          handling, times on a typed-array stack, and one next() wrapper per router and
//          request instead of one per call (which holds only while downstream runs
//          synchronously, as here).
//   hook   floor plus an async hook with init, before and after that do nothing: what
//          Node charges for any continuation tracking built on async_hooks.createHook
//          (detail 'full'), before a line of Hopscope's runs. On Node 24 and later nothing
//          else turns async hooks on (AsyncLocalStorage runs on AsyncContextFrame), so the
//          whole of it is this.
//   promisehook  floor plus V8's promise hooks (v8.promiseHooks) that do nothing: the
//          cheapest way to see promise reactions, which sees nothing else (no timer, no
//          I/O or thread-pool callback), measured to tell what createHook's generality
//          costs beyond it.
//   splithook  floor plus an async hook that skips promises (trackPromises: false, Node
//          24.9+ and 26; older lines ignore it and track them) and V8's promise hooks for
//          the promises: every continuation createHook sees, without Node's promise hook
//          wrapper. What detail 'full' runs on where the option exists.
//   fullclock  clock plus what detail 'full' cannot do without where the split hooks exist:
//          the split hooks, what runs while a middleware (or a continuation of one) holds
//          the thread marked as a continuation to come (one property store, as hops.ts
//          does), and one clock read at the start and one at the end of each marked
//          callback. Nothing is attributed to whom or recorded: the least an exact `full`
//          measurement can cost on Node 24.9+ and 26.
// Call before the app is built, like startSdk.
import { createHook, executionAsyncResource } from 'node:async_hooks';
import { promiseHooks } from 'node:v8';
import { performance } from 'node:perf_hooks';
import { AlwaysOnSampler } from '@opentelemetry/sdk-trace-base';
import type { FloorVariant } from './rounds';
import { startSdk } from './sdk';

type Next = (this: unknown, err?: unknown) => unknown;
type Handle = (this: unknown, req: unknown, res: unknown, next: Next) => unknown;

// Per nesting depth: called, handed on, back from downstream. Then the open boundary.
const times = new Float64Array(3 * 256 + 1);
const BOUNDARY = 3 * 256;
let boundaryOpen = false;
let inNext = 0;
// The sum of all occupancies, so that nothing is optimized away.
const occupied = new Float64Array(1);
let depth = 0;
// The last next() wrapped, its wrapper, and the depth of the call that got it last.
let lastNext: Next | null = null;
let lastWrapper: Next | null = null;
let lastSlot = { depth: 0 };

// Returned as an anonymous function: tsx names named closures through a helper call at
// each creation, which would be counted here.
function clockNext(next: Next, slot: { depth: number }): Next {
  return function (this: unknown, err?: unknown): unknown {
    const at = 3 * slot.depth;
    const t = performance.now();
    times[at + 1] = t;
    times[BOUNDARY] = t;
    boundaryOpen = true;
    inNext++;
    const result = arguments.length === 0 ? next.call(this) : next.call(this, err);
    inNext--;
    times[at + 2] = boundaryOpen ? times[BOUNDARY] : performance.now();
    boundaryOpen = false;
    return result;
  };
}

function clocked(orig: Handle): Handle {
  return function clockHandleRequest(req, res, next) {
    const d = depth++;
    const at = 3 * d;
    times[at] = boundaryOpen ? times[BOUNDARY] : performance.now();
    boundaryOpen = false;
    times[at + 1] = times[at + 2] = 0;
    if (next !== lastNext) {
      lastSlot = { depth: 0 };
      lastWrapper = clockNext(next, lastSlot);
      lastNext = next;
    }
    lastSlot.depth = d;
    const result = orig.call(this, req, res, lastWrapper!);
    const t = performance.now();
    occupied[0] += t - times[at] - (times[at + 2] - times[at + 1]);
    if (inNext > 0) {
      times[BOUNDARY] = t;
      boundaryOpen = true;
    }
    depth--;
    return result;
  };
}

// fullclock: whether a marked callback runs, and where its stretch began.
const MARK = Symbol('fullclock.mark');
let inContinuation = false;
const continuationStart = new Float64Array(1);

function markIfRunning(resource: object): void {
  if (depth > 0 || inContinuation) (resource as { [MARK]?: true })[MARK] = true;
}

function continuationBegins(resource: object): void {
  if ((resource as { [MARK]?: true })[MARK] !== true) return;
  inContinuation = true;
  continuationStart[0] = performance.now();
}

function continuationEnds(resource: object): void {
  if ((resource as { [MARK]?: true })[MARK] !== true) return;
  inContinuation = false;
  occupied[0] += performance.now() - continuationStart[0];
}

function startFullClockHooks(): void {
  promiseHooks.createHook({ init: markIfRunning, before: continuationBegins, after: continuationEnds });
  createHook({
    init: (_id: number, _type: string, _trigger: number, resource: object) => markIfRunning(resource),
    before: () => continuationBegins(executionAsyncResource()),
    after: () => continuationEnds(executionAsyncResource()),
    trackPromises: false,
  } as Parameters<typeof createHook>[0]).enable();
}

function passThrough(orig: Handle): Handle {
  return function handleRequest(req, res, next) {
    return orig.call(this, req, res, next);
  };
}

export function startFloor(variant: FloorVariant): void {
  startSdk([], new AlwaysOnSampler());
  if (variant === 'hook') createHook({ init() {}, before() {}, after() {} }).enable();
  if (variant === 'promisehook' || variant === 'splithook')
    promiseHooks.createHook({ init() {}, before() {}, after() {} });
  if (variant === 'fullclock') startFullClockHooks();
  if (variant === 'splithook')
    createHook({ init() {}, before() {}, after() {}, trackPromises: false } as Parameters<
      typeof createHook
    >[0]).enable();
  // Express 5 calls every middleware through the router package's Layer.
  const express = require.resolve('express');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Layer: { prototype: { handleRequest: Handle } } = require(
    require.resolve('router/lib/layer.js', { paths: [express] }),
  );
  Layer.prototype.handleRequest = (variant === 'clock' || variant === 'fullclock' ? clocked : passThrough)(
    Layer.prototype.handleRequest,
  );
}
