// wrapMiddleware: measure a middleware of any framework or hand-rolled chain that uses the
// connect convention (req, res, next) or (err, req, res, next). The wrapper keeps the
// function's arity, so frameworks that tell error handlers by arity still do. Inside an
// instrumented framework (`app.use(wrapMiddleware(fn))`) the framework's patch leaves it
// to this wrapper, so each call is one invocation, under the name given here.
import type { ServerResponse } from 'node:http';
import { connectStyle, NO_ERROR } from './chain';
import type { MiddlewareInfo } from './internal-types';
import { isMeasured, markMeasured } from './measured';
import { middlewareInfo } from './registry';
import type { WrapOptions } from './types';
import { nameAtRegistration } from './utils';

type Handler = (...args: never[]) => unknown;

/** The connect-style wrapper that measures `info` around `fn`, with fn's arity. */
export function connectWrapper(fn: Function, info: MiddlewareInfo): Function {
  const wrapped =
    fn.length >= 4
      ? function (this: unknown, err: unknown, req: object, res: ServerResponse, next: () => void) {
          return connectStyle(info, fn, this, err, req, res, next);
        }
      : function (this: unknown, req: object, res: ServerResponse, next: () => void) {
          return connectStyle(info, fn, this, NO_ERROR, req, res, next);
        };
  return markMeasured(wrapped);
}

export function wrapMiddleware<F extends Handler>(fn: F, options: WrapOptions = {}): F {
  if (typeof fn !== 'function') throw new TypeError('wrapMiddleware expects a function');
  if (isMeasured(fn)) return fn;
  const name = options.name ?? nameAtRegistration(fn);
  const info = middlewareInfo(name, options.framework ?? 'custom');
  if (info === null) return fn;
  const wrapped = connectWrapper(fn, info);
  Object.defineProperty(wrapped, 'name', { value: fn.name });
  return wrapped as unknown as F;
}
