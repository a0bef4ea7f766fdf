// Calling one middleware with the clock running, in the two calling conventions there are:
// connect-style (req, res, next), which Express, Connect and hand-rolled chains use, and
// koa-style (ctx, next) => Promise. Framework patches only find the middleware and its
// name, then call one of these.
import type { ServerResponse } from 'node:http';
import type { MiddlewareInfo, Invocation } from './internal-types';
import { beginInvocation, enter, handOn, leave, resume } from './occupancy';
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

function wrapNext(inv: Invocation, next: Next, incoming: unknown): Next {
  return function hopscopeNext(this: unknown, err?: unknown): unknown {
    if (!isRoutingSignal(err) && err !== incoming && inv.error === undefined) inv.error = errorTypeOf(err);
    const running = handOn(inv);
    const over = isRoutingSignal(err) ? budgetError(inv) : undefined;
    try {
      // Arguments pass through untouched (next() versus next(undefined) can differ).
      return over === undefined ? next.apply(this, arguments as unknown as [unknown]) : next.call(this, over);
    } finally {
      resume(inv, running);
    }
  };
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
  const state = requestStateFor(req, req.method, res);
  const inv = beginInvocation(info, state);
  const wrapped = wrapNext(inv, next, err);
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
