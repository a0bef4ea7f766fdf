// Continuations (detail 'full'): which invocation a callback belongs to, and what kind of
// hop brought it back. Built on async_hooks the way AsyncLocalStorage is: the owner is
// stored on the async resource object at init (no Map keyed by async id), and read back
// when its callback runs.
//
// Promises come from V8's promise hooks where the runtime lets an async hook skip them
// (createHook's trackPromises: false, Node 24.9+ and 26): Node's own promise hook, which
// gives every promise an async id and runs every enabled hook's callbacks through one
// generic dispatcher, cost the mixed benchmark app 10 % of its throughput on Node 24 by
// itself, doing nothing (bench:hot-path, floor variants 'hook' 0.90× against 'splithook'
// 1.02×). V8's hooks hand the promise to our functions directly: same events, same order.
// On older lines the async hook tracks promises as before.
//
// A request's own I/O (body chunks, 'end') is emitted under the connection's resource,
// which no middleware created. The first middleware of a request tags that resource with
// the request, and such callbacks go to the request's open invocation (the one that has
// not handed on yet, e.g. the body parser waiting for the body).
import { createHook, executionAsyncResource, type AsyncHook, type HookCallbacks } from 'node:async_hooks';
import { performance } from 'node:perf_hooks';
import { promiseHooks } from 'node:v8';
import { anyRequestOpen, continuationDone, continueWith, currentInvocation, NOT_A_HOP } from './occupancy';
import type { Invocation, RequestState } from './internal-types';
import type { NodeHopKind } from './semconv';

const OWNER = Symbol('hopscope.owner');
const KIND = Symbol('hopscope.kind');
const DISPATCHED = Symbol('hopscope.dispatched');
const REQUEST = Symbol('hopscope.request');

type Tagged = {
  [OWNER]?: Invocation;
  [KIND]?: NodeHopKind;
  [DISPATCHED]?: number;
  [REQUEST]?: RequestState;
};

// Work that runs on libuv's thread pool (fs, crypto jobs, zlib, dns.lookup) or comes back
// from a worker thread; everything else that is not a promise is network or timers.
const THREADPOOL_TYPES = new Set([
  'FSREQCALLBACK',
  'FSREQPROMISE',
  'FILEHANDLECLOSEREQ',
  'ZLIB',
  'GETADDRINFOREQWRAP',
  'GETNAMEINFOREQWRAP',
  'PBKDF2REQUEST',
  'SCRYPTREQUEST',
  'RANDOMBYTESREQUEST',
  'RANDOMPRIMEREQUEST',
  'CHECKPRIMEREQUEST',
  'HKDFREQUEST',
  'HASHREQUEST',
  'SIGNREQUEST',
  'VERIFYREQUEST',
  'KEYGENREQUEST',
  'KEYPAIRGENREQUEST',
  'CIPHERREQUEST',
  'DERIVEBITSREQUEST',
  'KEYEXPORTREQUEST',
  'SECRETKEYGENREQUEST',
]);
const WORKER_TYPES = new Set(['MESSAGEPORT', 'WORKER']);

const kindByType = new Map<string, NodeHopKind>();
export function hopKindOf(type: string): NodeHopKind {
  let kind = kindByType.get(type);
  if (kind === undefined) {
    kind =
      // process.nextTick runs before I/O, like a promise reaction.
      type === 'PROMISE' || type === 'TickObject'
        ? 'microtask'
        : THREADPOOL_TYPES.has(type)
          ? 'threadpool'
          : WORKER_TYPES.has(type)
            ? 'worker'
            : 'io';
    kindByType.set(type, kind);
  }
  return kind;
}

// Callbacks can nest (a callback that synchronously triggers another); each before()
// saves who was running, after() restores it. The resources guard against a callback that
// threw and so never reached after(), and tell init() whose callback is running (with
// promises off the async hook, executionAsyncResource() no longer names a promise).
const SKIP = Symbol('skip');
const saved: (Invocation | null | typeof SKIP)[] = [];
const savedResources: object[] = [];
const savedRequestIo: (Invocation | null)[] = [];
let depth = 0;
// While the request's own I/O runs for the invocation waiting on it, what that schedules
// stays the request's (not the waiting invocation's): see before(). A downstream
// invocation it starts (a body parser's next() on 'end') owns what it schedules itself.
let requestIoOf: Invocation | null = null;

/**
 * Writing a response schedules Node's own work as ticks: the socket's afterWrite (which
 * emits 'finish' and lets the next request in), and once the response is ended its
 * 'close'. That is not the middleware's code, though it ran them: a final handler that
 * only calls res.json() was charged 50-80 µs a call for them here, on top of the 160-220
 * µs it takes. Promises, timers and I/O a middleware starts stay its own, and so do ticks
 * it schedules itself before ending the response.
 */
function isNodesOwnTick(inv: Invocation, resource: object): boolean {
  return inv.request.res.writableEnded || (resource as { callback?: Function }).callback?.name === 'afterWriteTick';
}

/** The resource whose callback is running (the top level's when none is). */
function runningResource(): Tagged {
  return (depth > 0 ? savedResources[depth - 1] : executionAsyncResource()) as Tagged;
}

function init(_asyncId: number, type: string, _trigger: number, resource: object): void {
  const inv = currentInvocation();
  const r = resource as Tagged;
  if (inv !== null && inv !== requestIoOf) {
    if (type === 'TickObject' && isNodesOwnTick(inv, resource)) return;
    r[OWNER] = inv;
    if (type !== 'PROMISE') {
      const kind = hopKindOf(type);
      r[KIND] = kind;
      if (kind === 'threadpool') r[DISPATCHED] = performance.now();
    }
    return;
  }
  tagWithRequest(r);
}

function initPromise(promise: Promise<unknown>): void {
  const inv = currentInvocation();
  if (inv !== null && inv !== requestIoOf) (promise as Tagged)[OWNER] = inv;
  else tagWithRequest(promise as Tagged);
}

function tagWithRequest(r: Tagged): void {
  // Most resources (the response's writes, the server's own) come when no invocation
  // waits on its request: skip looking up whose they are.
  if (!anyRequestOpen()) return;
  const request = runningResource()[REQUEST];
  if (request !== undefined && !request.ended) r[REQUEST] = request;
}

function before(): void {
  beforeCallback(executionAsyncResource());
}

function beforeCallback(resource: object): void {
  const r = resource as Tagged;
  let inv = r[OWNER];
  let kind: NodeHopKind | typeof NOT_A_HOP = NOT_A_HOP;
  let requestIo: Invocation | null = null;
  if (inv === undefined) {
    // The request's own I/O: its time counts for the invocation waiting on the request,
    // but it is the request progressing, not a continuation that middleware scheduled.
    // Once the response is ended, what the connection does is Node sending it (and
    // Hopscope recording it on 'close'): nobody's, or a final handler that only called
    // res.json() would be charged for it (measured: 0.22-0.29 ms instead of 0.16-0.21).
    const request = r[REQUEST];
    inv =
      request === undefined || request.ended || request.open === null || request.res.writableEnded
        ? undefined
        : request.open;
    requestIo = inv ?? null;
  } else if (inv !== currentInvocation()) {
    kind = r[KIND] ?? 'microtask';
  } else {
    // The invocation is running already: a resource's scope entered synchronously inside
    // it (AsyncResource.runInAsyncScope, as Fastify's body parser calls its done), which
    // gives up no thread and is no hop; what it starts stays the invocation's.
    requestIo = requestIoOf;
  }
  savedResources[depth] = r;
  savedRequestIo[depth] = requestIoOf;
  if (inv === undefined || inv.request.ended) {
    saved[depth++] = SKIP;
    return;
  }
  requestIoOf = requestIo;
  saved[depth++] = continueWith(inv, kind, kind === 'threadpool' ? (r[DISPATCHED] ?? 0) : 0);
}

function after(): void {
  afterCallback(executionAsyncResource());
}

function afterCallback(r: object): void {
  while (depth > 0 && savedResources[depth - 1] !== r) depth--;
  if (depth === 0) return;
  const prev = saved[--depth];
  savedResources[depth] = NO_RESOURCE;
  requestIoOf = savedRequestIo[depth];
  if (prev !== SKIP) continuationDone(prev);
}
// Left in a free slot, so that a finished callback's resource is not kept alive.
const NO_RESOURCE = {};

/**
 * Whether this runtime lets an async hook leave promises alone (createHook's
 * trackPromises option): decided once, by watching whether a promise made with such a hook
 * on reaches its init.
 */
function asyncHooksCanSkipPromises(): boolean {
  let sawPromise = false;
  // `as HookCallbacks`: @types/node does not know trackPromises yet.
  const probe = createHook({
    init: (_id, type) => {
      if (type === 'PROMISE') sawPromise = true;
    },
    trackPromises: false,
  } as HookCallbacks);
  probe.enable();
  void Promise.resolve();
  probe.disable();
  return !sawPromise;
}

let hook: AsyncHook | null = null;
let stopPromiseHooks: (() => void) | null = null;
let promisesApart = false;
let enabled = false;

export function enableHops(): void {
  if (hook === null) {
    promisesApart = asyncHooksCanSkipPromises();
    hook = createHook(
      promisesApart ? ({ init, before, after, trackPromises: false } as HookCallbacks) : { init, before, after },
    );
  }
  hook.enable();
  if (promisesApart && stopPromiseHooks === null) {
    // Returns the function that stops them (typed as Function in @types/node).
    stopPromiseHooks = promiseHooks.createHook({
      init: initPromise,
      before: beforeCallback,
      after: afterCallback,
    }) as () => void;
  }
  enabled = true;
}

export function disableHops(): void {
  hook?.disable();
  stopPromiseHooks?.();
  stopPromiseHooks = null;
  enabled = false;
  depth = 0;
}

/** Marks the resource a request's handler runs in, so its own I/O finds the request. */
export function tagRequestResource(request: RequestState): void {
  if (enabled) runningResource()[REQUEST] = request;
}
