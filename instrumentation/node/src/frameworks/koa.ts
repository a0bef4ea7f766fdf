// Koa 2 and 3: Application.prototype.use wraps each middleware; a @koa/router dispatcher
// (router.routes()) is structure, so its route layers' functions are wrapped instead, at
// the moment the router is mounted.
import { InstrumentationNodeModuleDefinition } from '@opentelemetry/instrumentation';
import type { ServerResponse } from 'node:http';
import { koaStyle } from '../chain';
import { isMeasured, markMeasured } from '../measured';
import { middlewareInfo } from '../registry';
import { middlewareName, nameAtRegistration, registrationSite } from '../utils';
import { unwrapOnTop, wrapOnTop } from './layered-wrap';

type Ctx = { method?: string; res: ServerResponse };
type Mw = Function & { router?: { stack: RouteLayer[] } };
type RouteLayer = { path: string; methods: string[]; stack: Mw[] };

function wrapKoaMiddleware(fn: Mw, name: string, route: string | undefined): Mw {
  if (isMeasured(fn)) return fn;
  // Told apart from a namesake by its route, or by where it was registered (now).
  const info = middlewareInfo(name, 'koa', fn, route === undefined ? registrationSite : () => route);
  if (info === null) return fn;
  return markMeasured(function (this: unknown, ctx: Ctx, next: () => unknown) {
    return koaStyle(info, fn, this, ctx, next, route);
  });
}

function wrapRouter(dispatch: Mw): void {
  for (const layer of dispatch.router!.stack) {
    const method = layer.methods.filter((m) => m !== 'HEAD')[0] ?? 'ALL';
    layer.stack = layer.stack.map((fn) =>
      // An anonymous route handler is named by its route, as the router shows it.
      wrapKoaMiddleware(
        fn,
        middlewareName(fn, () => `${method} ${layer.path}`),
        layer.path,
      ),
    );
  }
}

type UseMethod = (this: unknown, fn: Mw) => unknown;

export function koaModules(): InstrumentationNodeModuleDefinition[] {
  const patchUse = (use: UseMethod): UseMethod =>
    function hopscopeUse(this: unknown, fn: Mw) {
      if (typeof fn !== 'function') return use.call(this, fn);
      if (fn.router !== undefined && Array.isArray(fn.router.stack)) {
        wrapRouter(fn);
        return use.call(this, fn);
      }
      return use.call(this, wrapKoaMiddleware(fn, nameAtRegistration(fn), undefined));
    };
  return [
    new InstrumentationNodeModuleDefinition(
      'koa',
      ['>=2.0.0 <4'],
      (Koa: { prototype: object }) => {
        wrapOnTop(Koa.prototype, 'use', patchUse);
        return Koa;
      },
      (Koa: { prototype: object } | undefined) => {
        if (Koa) unwrapOnTop(Koa.prototype, 'use');
      },
    ),
  ];
}
