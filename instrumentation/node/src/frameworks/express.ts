// Express 4 (express/lib/router/layer.js) and Express 5 (the router package's
// lib/layer.js): every middleware, route handler and error handler is called through one
// Layer method, so patching Layer.prototype covers app.use, nested routers, route handler
// arrays and 4-argument error middleware with no wrapper per registered function (and so
// no change to the arity checks Express makes on handlers).
import { InstrumentationNodeModuleDefinition, InstrumentationNodeModuleFile } from '@opentelemetry/instrumentation';
import type { ServerResponse } from 'node:http';
import { connectStyle, NO_ERROR } from '../chain';
import type { MiddlewareInfo, Shimmer } from '../internal-types';
import { isMeasured } from '../measured';
import { middlewareInfo } from '../registry';
import { requestStateFor } from '../request';
import { anonymousName, middlewareName, siteLater } from '../utils';
import { patchNestCreatingThis } from './nest';

const INFO = Symbol('hopscope.info');
const SITE = Symbol('hopscope.site');
const PATCHED = Symbol('hopscope.patched');
const ROUTE = Symbol('hopscope.route');
const ROUTE_BASE = Symbol('hopscope.routeBase');

type LayerInstance = {
  handle: Function & { stack?: unknown; __original?: LayerInstance['handle'] };
  route?: { path: unknown };
  [INFO]?: MiddlewareInfo | null;
  [SITE]?: () => string | undefined;
  [ROUTE]?: string;
  [ROUTE_BASE]?: string;
};
type Req = { method?: string; baseUrl?: string };
type LayerMethod = (this: LayerInstance, ...args: unknown[]) => unknown;
type LayerConstructor = Function & { prototype: Record<string | symbol, unknown> };

/** The function a layer was given: OpenTelemetry's express instrumentation replaces
 *  layer.handle with its own wrapper, and shimmer keeps the original on `__original`
 *  (on the function itself when the instrumentation left it as it was: error handlers). */
function registered(fn: LayerInstance['handle']): LayerInstance['handle'] {
  let f = fn;
  while (typeof f === 'function' && typeof f.__original === 'function' && f.__original !== f) f = f.__original;
  return f;
}

function layerInfo(layer: LayerInstance): MiddlewareInfo | null {
  let info = layer[INFO];
  if (info === undefined) {
    const fn = registered(layer.handle);
    // Routers and mounted apps are structure: their own layers are the middleware.
    const structural = typeof fn !== 'function' || Array.isArray(fn.stack) || fn.name === 'mounted_app';
    // wrapMiddleware's own wrapper measures its function: one invocation, not two.
    const site = layer[SITE] ?? (() => undefined);
    info =
      structural || isMeasured(fn)
        ? null
        : middlewareInfo(
            middlewareName(fn, () => anonymousName(site())),
            'express',
            fn,
            site,
          );
    layer[INFO] = info;
  }
  return info;
}

/**
 * The route a request matched: its router's mount path and the route's own. Built once per
 * layer and mount path, so that every request of a route carries the same string (the
 * recorder compares it with the last one it saw) and none is concatenated per request.
 */
function routeOf(layer: LayerInstance, baseUrl: string): string {
  if (layer[ROUTE_BASE] !== baseUrl) {
    layer[ROUTE_BASE] = baseUrl;
    layer[ROUTE] = baseUrl + String(layer.route!.path);
  }
  return layer[ROUTE]!;
}

function patchedRequest(orig: LayerMethod): LayerMethod {
  return function hopscopeHandleRequest(this: LayerInstance, req, res, next) {
    if (this.route !== undefined) {
      // The layer that dispatches into a route: it knows the route the request matched.
      const state = requestStateFor((req as Req).method, res as ServerResponse);
      state.route = routeOf(this, (req as Req).baseUrl ?? '');
      return orig.call(this, req, res, next);
    }
    const info = this.handle.length > 3 ? null : layerInfo(this);
    if (info === null) return orig.call(this, req, res, next);
    return connectStyle(info, orig, this, NO_ERROR, req as Req, res as ServerResponse, next as never);
  };
}

function patchedError(orig: LayerMethod): LayerMethod {
  return function hopscopeHandleError(this: LayerInstance, err, req, res, next) {
    const info = this.handle.length !== 4 ? null : layerInfo(this);
    if (info === null) return orig.call(this, err, req, res, next);
    return connectStyle(info, orig, this, err, req as Req, res as ServerResponse, next as never);
  };
}

/**
 * Replaces the Layer constructor so that middleware learn where they were registered
 * (`<anonymous>@app.js:42`, or `authenticate@app.js:42` beside another `authenticate`):
 * the stack is captured there, at start-up, and read only when a name needs it. The
 * replacement is a function named Layer like Express's own, so that stack traces through
 * layers still read `Layer.handle_request`.
 */
function siteRecordingLayer(Original: LayerConstructor): LayerConstructor {
  const Recording = function Layer(this: LayerInstance, path: unknown, options: unknown, fn: unknown): unknown {
    // Express 4's routes call Layer() without `new`.
    if (new.target === undefined)
      return new (Layer as unknown as new (...a: unknown[]) => LayerInstance)(path, options, fn);
    Original.call(this, path, options, fn);
    // Both slots on every layer, in one order: one shape for all layers keeps the
    // router's own property reads on them fast.
    this[SITE] = typeof fn === 'function' ? siteLater() : undefined;
    this[INFO] = undefined;
    this[ROUTE] = undefined;
    this[ROUTE_BASE] = undefined;
    return undefined;
  } as unknown as LayerConstructor;
  Recording.prototype = Original.prototype;
  return Recording;
}

function layerFile(
  file: string,
  versions: string[],
  requestMethod: string,
  errorMethod: string,
  wrap: (target: object, name: string, wrapper: (orig: LayerMethod) => LayerMethod) => void,
  unwrap: (target: object, name: string) => void,
): InstrumentationNodeModuleFile {
  return new InstrumentationNodeModuleFile(
    file,
    versions,
    (Layer: LayerConstructor) => {
      if (Layer.prototype[PATCHED]) return Layer;
      wrap(Layer.prototype, requestMethod, patchedRequest);
      wrap(Layer.prototype, errorMethod, patchedError);
      Layer.prototype[PATCHED] = true;
      return siteRecordingLayer(Layer);
    },
    (Layer: LayerConstructor) => {
      if (Layer === undefined) return;
      unwrap(Layer.prototype, requestMethod);
      unwrap(Layer.prototype, errorMethod);
      delete Layer.prototype[PATCHED];
    },
  );
}

type Application = { handle: (req: Req, res: ServerResponse, callback?: unknown) => unknown };
const NEST_TRIGGERS = ['init', 'use'];

/**
 * Where NestJS's Express adapter makes an app (express() calls init) or, for an app made
 * before it, mounts Nest's body parsers on it (use), NestJS gets patched (nest.ts), before
 * Nest registers its middleware and routes.
 */
function patchNestTriggers(app: Application, wrap: Shimmer['wrap']): void {
  for (const method of NEST_TRIGGERS) {
    wrap(
      app,
      method,
      (orig: Function) =>
        function hopscopeNestTrigger(this: unknown) {
          patchNestCreatingThis();
          return orig.apply(this, arguments);
        },
    );
  }
}

/**
 * Express 5 swaps the prototypes of req and res as it takes a request, and V8 then makes
 * every property added to them dear (~4 µs instead of ~0.2 µs). The request's state goes
 * on the response just before, while that is cheap. (Express 4 swaps them in its 'init'
 * middleware, which is measured like any other, so its state comes first anyway.)
 */
function applicationFile(shimmer: Shimmer): InstrumentationNodeModuleFile {
  return new InstrumentationNodeModuleFile(
    'express/lib/application.js',
    ['>=5.0.0 <6'],
    (app: Application) => {
      patchNestTriggers(app, shimmer.wrap);
      shimmer.wrap(
        app,
        'handle',
        (orig: Application['handle']) =>
          function hopscopeAppHandle(this: unknown, req: Req, res: ServerResponse, callback?: unknown) {
            requestStateFor(req.method, res);
            return orig.call(this, req, res, callback);
          },
      );
      return app;
    },
    (app: Application | undefined) => {
      if (app === undefined) return;
      shimmer.unwrap(app, 'handle');
      for (const method of NEST_TRIGGERS) shimmer.unwrap(app, method);
    },
  );
}

export function expressModules(shimmer: Shimmer): InstrumentationNodeModuleDefinition[] {
  return [
    new InstrumentationNodeModuleDefinition('express', ['>=4.0.0 <5'], undefined, undefined, [
      layerFile(
        'express/lib/router/layer.js',
        ['>=4.0.0 <5'],
        'handle_request',
        'handle_error',
        shimmer.wrap,
        shimmer.unwrap,
      ),
    ]),
    new InstrumentationNodeModuleDefinition('express', ['>=5.0.0 <6'], undefined, undefined, [
      applicationFile(shimmer),
    ]),
    // Express 5 routes through the router package (2.x).
    new InstrumentationNodeModuleDefinition('router', ['>=2.0.0 <3'], undefined, undefined, [
      layerFile('router/lib/layer.js', ['>=2.0.0 <3'], 'handleRequest', 'handleError', shimmer.wrap, shimmer.unwrap),
    ]),
  ];
}
