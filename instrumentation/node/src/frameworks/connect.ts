// Connect 3: `app.use([route,] fn)` stores each function as it is; they are wrapped there,
// keeping their arity (Connect calls 4-argument functions only for errors). Connect keeps
// no prototype to patch: every app gets the methods copied in, so createServer is wrapped.
import { InstrumentationNodeModuleDefinition } from '@opentelemetry/instrumentation';
import type { ServerResponse } from 'node:http';
import { connectStyle, NO_ERROR } from '../chain';
import { wrapFactory } from './factory';
import { middlewareInfo } from '../registry';
import { anonymousName, middlewareName, registrationSite } from '../utils';

const PATCHED = Symbol('hopscope.patched');

type Fn = Function & { handle?: unknown; [PATCHED]?: true };
type App = Fn & { use: (...args: unknown[]) => unknown };
type Req = { method?: string };

function wrapConnectMiddleware(fn: Fn): Fn {
  // Mounted connect apps and http servers are structure; their own middleware is measured.
  if (fn[PATCHED] || typeof fn.handle === 'function') return fn;
  const info = middlewareInfo(middlewareName(fn, () => anonymousName(registrationSite())), 'connect');
  if (info === null) return fn;
  const wrapped: Fn =
    fn.length >= 4
      ? function (this: unknown, err: unknown, req: Req, res: ServerResponse, next: () => void) {
          return connectStyle(info, fn, this, err, req, res, next);
        }
      : function (this: unknown, req: Req, res: ServerResponse, next: () => void) {
          return connectStyle(info, fn, this, NO_ERROR, req, res, next);
        };
  wrapped[PATCHED] = true;
  return wrapped;
}

function patchApp(app: App): App {
  const use = app.use;
  app.use = function hopscopeUse(this: unknown, ...args: unknown[]) {
    // use(fn) or use(route, fn)
    const i = typeof args[0] === 'function' ? 0 : 1;
    const handle = args[i];
    if (typeof handle === 'function') args[i] = wrapConnectMiddleware(handle as Fn);
    return use.apply(this, args);
  };
  return app;
}

export function connectModules(): InstrumentationNodeModuleDefinition[] {
  return [
    new InstrumentationNodeModuleDefinition(
      'connect',
      ['>=3.0.0 <4'],
      (createServer: Fn) => wrapFactory(createServer as never, patchApp),
      // Apps already created keep their wrapped use(); new ones come from the original.
      () => undefined,
    ),
  ];
}
