// Calling one middleware with the clock running, in the calling conventions there are:
//   connect-style (req, res, next): Express, Connect, hand-rolled chains;
//   koa-style (ctx, next) => Promise, where upstream awaits downstream;
//   hook-style: a callback `done` at some position, or a returned promise (Fastify).
// Framework patches only find the middleware and its name, then call one of these.
import type { ServerResponse } from 'node:http';
import type { Invocation, MiddlewareInfo, RequestState } from './internal-types';
import { beginInvocation, enter, handOn, leave, lendTo, pause, resume, settle } from './occupancy';
import { performance } from 'node:perf_hooks';
import { budgetError } from './recorder';
import { requestStateFor } from './request';
import { errorTypeOf } from './utils';

/** Marks "no incoming error" for connectStyle (an error middleware gets `err` first). */
export const NO_ERROR = Symbol('no-error');

type Next = (err?: unknown) => unknown;
type Req = { method?: string };

function isRoutingSignal(err: unknown): boolean {
  return err === undefined || err === 'route' || err === 'router';
}

function isThenable(v: unknown): v is PromiseLike<unknown> {
  return (
    v !== null &&
    (typeof v === 'object' || typeof v === 'function') &&
    typeof (v as PromiseLike<unknown>).then === 'function'
  );
}

// Marks the response methods claimResponse() made.
const DRIVEN = Symbol('hopscope.driven');
type Drivable = Function & { [DRIVEN]?: true };

/** `fn`, put on the response by `inv`'s middleware, made to run as its work whoever calls it. */
function drivenBy(inv: Invocation, fn: Function): Function {
  const driven: Drivable = function (this: unknown) {
    return lendTo(inv, fn, this, arguments);
  };
  driven[DRIVEN] = true;
  return driven;
}

/**
 * A middleware that replaced res.write or res.end before handing on (compression pipes the
 * body through zlib in them) is charged for what they do when downstream sends: the zlib
 * work and its thread-pool hops are its own, not the route handler's that called
 * res.send(). Replacements by middleware further down are theirs (already marked).
 */
function claimResponse(inv: Invocation, write: unknown, end: unknown): void {
  const res = inv.request.res as ServerResponse & { write: Drivable; end: Drivable };
  if (res.write !== write && res.write[DRIVEN] !== true) res.write = drivenBy(inv, res.write) as never;
  if (res.end !== end && res.end[DRIVEN] !== true) res.end = drivenBy(inv, res.end) as never;
}

/** The next() handed to a middleware; `write` and `end`: the response's when it was called
 *  (connect-style only, see claimResponse). */
function wrapNext(inv: Invocation, next: Next, incoming: unknown, write?: unknown, end?: unknown): Next {
  return function hopscopeNext(this: unknown, err?: unknown): unknown {
    if (!isRoutingSignal(err) && err !== incoming && inv.error === undefined) inv.error = errorTypeOf(err);
    if (write !== undefined) claimResponse(inv, write, end);
    const running = handOn(inv);
    try {
      const over = isRoutingSignal(err) ? budgetError(inv) : undefined;
      if (over !== undefined) return next.call(this, over);
      // Arguments pass through untouched (next() versus next(undefined) can differ),
      // without materializing `arguments` in the usual cases.
      const n = arguments.length;
      return n === 0
        ? next.call(this)
        : n === 1
          ? next.call(this, err)
          : next.apply(this, arguments as unknown as [unknown]);
    } finally {
      resume(inv, running);
    }
  };
}

/** A callback that carries on downstream with no error argument: Fastify's body parser
 *  hands on to handler(request, reply) once the body is parsed. */
function handingOn(inv: Invocation, next: Function): Function {
  return function hopscopeHandOn(this: unknown): unknown {
    const running = handOn(inv);
    try {
      return next.apply(this, arguments as unknown as unknown[]);
    } finally {
      resume(inv, running);
    }
  };
}

/** Runs `call` as the invocation's first synchronous segment; a throw marks it failed. */
function runSync<T>(inv: Invocation, call: () => T): T {
  const prev = enter(inv);
  try {
    return call();
  } catch (thrown) {
    if (inv.error === undefined) inv.error = errorTypeOf(thrown);
    throw thrown;
  } finally {
    leave(inv, prev);
  }
}

/**
 * Calls `target` (the middleware, or a framework method that calls it) as
 * target(req, res, next) or target(err, req, res, next), measuring `info`.
 */
export function connectStyle(
  info: MiddlewareInfo,
  target: Function,
  thisArg: unknown,
  err: unknown,
  req: Req,
  res: ServerResponse,
  next: Next,
): unknown {
  const inv = beginInvocation(info, requestStateFor(req.method, res));
  const wrapped = wrapNext(inv, next, err, res.write, res.end);
  const prev = enter(inv);
  try {
    return err === NO_ERROR ? target.call(thisArg, req, res, wrapped) : target.call(thisArg, err, req, res, wrapped);
  } catch (thrown) {
    if (inv.error === undefined) inv.error = errorTypeOf(thrown);
    throw thrown;
  } finally {
    leave(inv, prev);
  }
}

/**
 * The promise the framework receives instead of `result`: it settles the same way, one
 * tick later, after noting when. A rejection still reaches whoever awaits it (and is
 * still unhandled if nobody does), so the app's behaviour is unchanged.
 */
function settled(inv: Invocation, result: PromiseLike<unknown>, downstreamError: () => unknown): Promise<unknown> {
  return Promise.resolve(result).then(
    (value) => {
      settle(inv);
      return value;
    },
    (err: unknown) => {
      settle(inv);
      if (inv.error === undefined && err !== downstreamError()) inv.error = errorTypeOf(err);
      throw err;
    },
  );
}

type KoaCtx = { method?: string; res: ServerResponse };

/**
 * Calls a koa-style middleware. Its own phase lasts until its promise settles, minus the
 * time it spends awaiting next(); downstream's thread time is downstream's.
 */
export function koaStyle(
  info: MiddlewareInfo,
  fn: Function,
  thisArg: unknown,
  ctx: KoaCtx,
  next: () => unknown,
  route: string | undefined,
): unknown {
  const state = requestStateFor(ctx.method, ctx.res);
  if (route !== undefined) state.route = route;
  const inv = beginInvocation(info, state);
  let downstreamError: unknown = NO_ERROR;
  const wrappedNext = function hopscopeKoaNext(): unknown {
    const calledAt = performance.now();
    const running = pause(inv);
    let result: unknown;
    try {
      result = next();
    } finally {
      resume(inv, running);
    }
    const done = () => {
      inv.downstream += performance.now() - calledAt;
    };
    if (!isThenable(result)) {
      done();
      return result;
    }
    return Promise.resolve(result).then(
      (value) => {
        done();
        return value;
      },
      (err: unknown) => {
        done();
        downstreamError = err;
        throw err;
      },
    );
  };
  const result = runSync(inv, () => fn.call(thisArg, ctx, wrappedNext));
  if (!isThenable(result)) {
    settle(inv);
    return result;
  }
  return settled(inv, result, () => downstreamError);
}

type HookRequest = { method?: string };

/**
 * Calls a hook-style function: `args[doneIndex]`, when a function, is its callback
 * (error-first, as Fastify's hooks' done, unless `errorFirst` is false); otherwise its own
 * phase ends when its returned promise settles (or when it returns).
 */
export function hookStyle(
  info: MiddlewareInfo,
  fn: Function,
  thisArg: unknown,
  args: unknown[],
  doneIndex: number,
  request: HookRequest,
  res: ServerResponse,
  route: string | undefined,
  errorFirst = true,
): unknown {
  const state = requestStateFor(request.method, res);
  if (route !== undefined) state.route = route;
  return hookStyleIn(state, info, fn, thisArg, args, doneIndex, errorFirst);
}

/** hookStyle for a request whose state is at hand: a step that is not handed the request
 *  (a NestJS pipe, inside its route). */
export function hookStyleIn(
  state: RequestState,
  info: MiddlewareInfo,
  fn: Function,
  thisArg: unknown,
  args: unknown[],
  doneIndex: number,
  errorFirst = true,
): unknown {
  const inv = beginInvocation(info, state);
  const done = args[doneIndex];
  if (typeof done === 'function')
    args[doneIndex] = errorFirst ? wrapNext(inv, done as Next, NO_ERROR) : handingOn(inv, done);
  const result = runSync(inv, () => fn.apply(thisArg, args));
  if (isThenable(result)) return settled(inv, result, () => NO_ERROR);
  if (typeof done !== 'function') settle(inv);
  return result;
}
