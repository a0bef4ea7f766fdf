// Hapi 21: every lifecycle method a request runs (extensions, from server.ext or a route's
// options; an auth scheme's authenticate, payload and response; pre-handlers and the route
// handler) is called through one method, the toolkit's execute(method, request, options):
// wrapped there, each is measured as a step of its own whose phase ends when its result
// settles. Hapi runs them one after another, none inside another, so there is no
// downstream to take out. Names are read where the methods are registered: server.ext and
// server.route record where an anonymous one was added (or the plugin that added it), and
// an auth scheme's methods are named by their scheme (`token (auth scheme)`).
import { InstrumentationNodeModuleDefinition, InstrumentationNodeModuleFile } from '@opentelemetry/instrumentation';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { hookStyle } from '../chain';
import type { Shimmer } from '../internal-types';
import { isMeasured, markMeasured } from '../measured';
import { middlewareInfo } from '../registry';
import { registrationSite, stepName } from '../utils';
import { wrapFactory } from './factory';

type Fn = Function;
type Request = { raw?: { req: IncomingMessage; res: ServerResponse }; route?: { path?: string } };
type ExecuteOptions = { name?: string; continue?: string; auth?: boolean };
type Execute = (this: unknown, method: Fn, request: Request, options: ExecuteOptions) => unknown;

const PATCHED = Symbol('hopscope.patched');
// Hapi's lifecycle events, and what apps and plugins call their methods.
const GENERIC_NAMES = new Set([
  'handler',
  'method',
  'authenticate',
  'payload',
  'response',
  'onRequest',
  'onPreAuth',
  'onCredentials',
  'onPostAuth',
  'onPreHandler',
  'onPostHandler',
  'onPreResponse',
  'onPostResponse',
]);

// Where each method was registered (server.ext, server.route), and the names auth schemes give theirs.
const sites = new WeakMap<Fn, string | undefined>();
const schemeNames = new WeakMap<Fn, string>();
const measuredOf = new WeakMap<Fn, Fn>();

function noteSite(fn: unknown, site: string | undefined): void {
  if (typeof fn === 'function' && !sites.has(fn)) sites.set(fn, site);
}

/** The kind of step execute() was asked to run, from its options: an extension's event, auth, or a handler. */
function kindOf(options: ExecuteOptions): string {
  if (typeof options.name === 'string') return options.name;
  if (options.auth === true) return 'authenticate';
  return options.continue === 'null' ? 'handler' : 'method';
}

function measured(method: Fn, options: ExecuteOptions): Fn {
  let wrapped = measuredOf.get(method);
  if (wrapped !== undefined) return wrapped;
  const site = sites.get(method);
  const info = middlewareInfo(
    schemeNames.get(method) ?? stepName(method, kindOf(options), site, GENERIC_NAMES),
    'hapi',
    method,
    () => site,
  );
  wrapped =
    info === null
      ? method
      : markMeasured(function (this: unknown, request: Request) {
          const raw = request.raw!;
          return hookStyle(info, method, this, [...arguments], -1, raw.req, raw.res, request.route?.path);
        });
  measuredOf.set(method, wrapped);
  return wrapped;
}

function patchedExecute(execute: Execute): Execute {
  return function hopscopeExecute(this: unknown, method, request, options) {
    // Server extensions (onPreStart …) have no request: not a request's step.
    if (typeof method !== 'function' || isMeasured(method) || request?.raw?.res === undefined)
      return execute.apply(this, arguments as unknown as Parameters<Execute>);
    return execute.call(this, measured(method, options ?? {}), request, options);
  };
}

type ExtEvent = { method?: unknown };
type RouteConfig = {
  handler?: unknown;
  options?:
    { handler?: unknown; ext?: Record<string, { method?: unknown } | { method?: unknown }[]> } | (() => unknown);
};
type ServerProto = {
  ext: (events: unknown, method?: unknown, options?: unknown) => unknown;
  route: (options: unknown) => unknown;
  [PATCHED]?: true;
};

function noteExts(events: unknown, site: string | undefined): void {
  for (const event of [events].flat() as ExtEvent[])
    for (const method of [event?.method].flat()) noteSite(method, site);
}

/** server.ext and server.route on the servers' class (plugins get clones of the same class). */
function patchServerClass(server: object): object {
  const proto = Object.getPrototypeOf(server) as ServerProto;
  if (proto[PATCHED]) return server;
  const ext = proto.ext;
  proto.ext = function hopscopeExt(this: unknown, events: unknown, method?: unknown) {
    const site = registrationSite();
    if (typeof events === 'string') noteSite(method, site);
    else noteExts(events, site);
    return ext.apply(this, arguments as unknown as [unknown]);
  };
  const route = proto.route;
  proto.route = function hopscopeRoute(this: unknown, options: unknown) {
    const site = registrationSite();
    for (const config of [options].flat() as RouteConfig[]) {
      noteSite(config?.handler, site);
      const o = config?.options;
      if (o !== undefined && typeof o === 'object') {
        noteSite(o.handler, site);
        for (const exts of Object.values(o.ext ?? {})) noteExts(exts, site);
      }
    }
    return route.apply(this, arguments as unknown as [unknown]);
  };
  proto[PATCHED] = true;
  return server;
}

type Scheme = (server: unknown, options: unknown) => Record<string, unknown>;
type SchemeMethod = (this: unknown, name: string, scheme: Scheme) => unknown;

/** An auth scheme's methods are named by the scheme, as the routes' auth settings name it. */
function patchedScheme(scheme: SchemeMethod): SchemeMethod {
  return function hopscopeScheme(this: unknown, name, implementation) {
    if (typeof implementation !== 'function') return scheme.apply(this, arguments as unknown as [string, Scheme]);
    const named: Scheme = function (this: unknown) {
      const methods = implementation.apply(this, arguments as unknown as [unknown, unknown]);
      for (const kind of ['authenticate', 'payload', 'response']) {
        const fn = methods?.[kind];
        if (typeof fn === 'function' && !schemeNames.has(fn))
          schemeNames.set(fn, kind === 'authenticate' ? `${name} (auth scheme)` : `${name} ${kind} (auth scheme)`);
      }
      return methods;
    };
    return scheme.call(this, name, named);
  };
}

export function hapiModules(shimmer: Shimmer): InstrumentationNodeModuleDefinition[] {
  const range = ['>=21.0.0 <22'];
  return [
    new InstrumentationNodeModuleDefinition(
      '@hapi/hapi',
      range,
      (hapi: { Server: Fn; server: Fn }) => {
        const factory = wrapFactory(hapi.Server as never, patchServerClass);
        hapi.Server = hapi.server = factory;
        return hapi;
      },
      () => undefined,
      [
        new InstrumentationNodeModuleFile(
          '@hapi/hapi/lib/toolkit.js',
          range,
          (toolkit: { Manager: { prototype: object } }) => {
            shimmer.wrap(toolkit.Manager.prototype, 'execute', patchedExecute);
            return toolkit;
          },
          (toolkit?: { Manager: { prototype: object } }) => {
            if (toolkit !== undefined) shimmer.unwrap(toolkit.Manager.prototype, 'execute');
          },
        ),
        new InstrumentationNodeModuleFile(
          '@hapi/hapi/lib/auth.js',
          range,
          (Auth: { prototype: object }) => {
            shimmer.wrap(Auth.prototype, 'scheme', patchedScheme);
            return Auth;
          },
          (Auth?: { prototype: object }) => {
            if (Auth !== undefined) shimmer.unwrap(Auth.prototype, 'scheme');
          },
        ),
      ],
    ),
  ];
}
