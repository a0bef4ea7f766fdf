// wrapMiddleware: measure a middleware of any framework or hand-rolled chain that uses the
// connect convention (req, res, next) or (err, req, res, next). The wrapper keeps the
// function's arity, so frameworks that tell error handlers by arity still do.
import type { ServerResponse } from 'node:http';
import { connectStyle, NO_ERROR } from './chain';
import { middlewareInfo } from './registry';
import type { WrapOptions } from './types';
import { anonymousName, middlewareName, registrationSite } from './utils';

type Handler = (...args: never[]) => unknown;

export function wrapMiddleware<F extends Handler>(fn: F, options: WrapOptions = {}): F {
  if (typeof fn !== 'function') throw new TypeError('wrapMiddleware expects a function');
  const name = options.name ?? middlewareName(fn, () => anonymousName(registrationSite()));
  const info = middlewareInfo(name, options.framework ?? 'custom');
  if (info === null) return fn;
  const wrapped =
    fn.length >= 4
      ? function (this: unknown, err: unknown, req: object, res: ServerResponse, next: () => void) {
          return connectStyle(info, fn, this, err, req, res, next);
        }
      : function (this: unknown, req: object, res: ServerResponse, next: () => void) {
          return connectStyle(info, fn, this, NO_ERROR, req, res, next);
        };
  Object.defineProperty(wrapped, 'name', { value: fn.name });
  return wrapped as unknown as F;
}
