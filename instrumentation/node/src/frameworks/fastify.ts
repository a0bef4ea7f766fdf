// Fastify 5: hooks are wrapped as they are added (addHook, inherited by every plugin
// context) and route handlers and route-level hooks through an onRoute hook. Each hook's
// own phase ends at done() or when its promise settles.
import { InstrumentationNodeModuleDefinition } from '@opentelemetry/instrumentation';
import type { ServerResponse } from 'node:http';
import { hookStyle } from '../chain';
import { isMeasured, markMeasured } from '../measured';
import { wrapFactory } from './factory';
import { middlewareInfo } from '../registry';
import { anonymousName, middlewareName, registrationSite } from '../utils';

const PATCHED = Symbol('hopscope.patched');

/** Where each hook's done callback sits among its arguments. */
const DONE_INDEX: Record<string, number> = {
  onRequest: 2,
  preParsing: 3,
  preValidation: 2,
  preHandler: 2,
  preSerialization: 3,
  onSend: 3,
  onResponse: 2,
  onError: 3,
};

type Fn = Function;
type Request = { method?: string; routeOptions?: { url?: string } };
type Reply = { raw: ServerResponse };
type Instance = { addHook: (name: string, fn: Fn) => unknown; [PATCHED]?: true };
type RouteOptions = { url: string; handler: Fn } & Record<string, unknown>;

function wrap(fn: Fn, name: string, doneIndex: number): Fn {
  if (isMeasured(fn)) return fn;
  // Fastify refuses an async hook that also takes done; leave that check to it.
  if (doneIndex >= 0 && fn.constructor.name === 'AsyncFunction' && fn.length === doneIndex + 1) return fn;
  const info = middlewareInfo(name, 'fastify');
  if (info === null) return fn;
  const wrapped = function (this: unknown, request: Request, reply: Reply) {
    return hookStyle(info, fn, this, [...arguments], doneIndex, request, reply.raw, request.routeOptions?.url);
  };
  Object.defineProperty(wrapped, 'length', { value: fn.length });
  return markMeasured(wrapped);
}

/** An anonymous hook is named by its kind and where it was added (a route's, by its URL). */
function hookName(fn: Fn, hook: string, site: () => string | undefined): string {
  return middlewareName(fn, () => anonymousName(site(), hook));
}

function wrapRouteHooks(route: RouteOptions): void {
  const url = () => route.url;
  route.handler = wrap(route.handler, hookName(route.handler, 'handler', url), -1);
  for (const hook of Object.keys(DONE_INDEX)) {
    const value = route[hook];
    if (typeof value === 'function') route[hook] = wrap(value as Fn, hookName(value as Fn, hook, url), DONE_INDEX[hook]);
    else if (Array.isArray(value)) route[hook] = value.map((f: Fn) => wrap(f, hookName(f, hook, url), DONE_INDEX[hook]));
  }
}

function patchInstance(app: Instance): Instance {
  if (app[PATCHED]) return app;
  const addHook = app.addHook;
  app.addHook = function hopscopeAddHook(this: unknown, name: string, fn: Fn) {
    const i = DONE_INDEX[name];
    if (i === undefined || typeof fn !== 'function') return addHook.apply(this, arguments as unknown as [string, Fn]);
    return addHook.call(this, name, wrap(fn, hookName(fn, name, registrationSite), i));
  };
  addHook.call(app, 'onRoute', wrapRouteHooks as unknown as Fn);
  app[PATCHED] = true;
  return app;
}

export function fastifyModules(): InstrumentationNodeModuleDefinition[] {
  return [
    new InstrumentationNodeModuleDefinition(
      'fastify',
      ['>=5.0.0 <6'],
      // The module is its own `fastify` and `default` export.
      (factory: Fn) => wrapFactory(factory as never, patchInstance, ['fastify', 'default']),
      () => undefined,
    ),
  ];
}
