// Fastify 5: hooks are wrapped as they are added (addHook, inherited by every plugin
// context); route handlers and route-level hooks through an onRoute hook that runs first
// and turns the route's options into accessors, so that what later onRoute hooks add
// (plugins such as @fastify/compress and @fastify/rate-limit add their hooks there) is
// measured too. The body's content-type parser is a step of the chain: from the call that
// starts reading the body to the handler that carries on after it. Each hook's own phase
// ends at done() or when its promise settles.
import { InstrumentationNodeModuleDefinition, InstrumentationNodeModuleFile } from '@opentelemetry/instrumentation';
import type { ServerResponse } from 'node:http';
import { hookStyle } from '../chain';
import { isMeasured, markMeasured } from '../measured';
import { wrapFactory } from './factory';
import { patchNestCreatingThis } from './nest';
import { middlewareInfo } from '../registry';
import type { Shimmer } from '../internal-types';
import { anonymousName, isPackageSite, middlewareName, registrationSite, stepName } from '../utils';

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
type Parser = { fn: Fn };
type Parsers = { getParser(contentType: string): Parser | undefined };

function wrap(fn: Fn, name: string, doneIndex: number, where: () => string | undefined): Fn {
  if (isMeasured(fn)) return fn;
  // Fastify refuses an async hook that also takes done; leave that check to it.
  if (doneIndex >= 0 && fn.constructor.name === 'AsyncFunction' && fn.length === doneIndex + 1) return fn;
  const info = middlewareInfo(name, 'fastify', fn, where);
  if (info === null) return fn;
  const wrapped = function (this: unknown, request: Request, reply: Reply) {
    return hookStyle(info, fn, this, [...arguments], doneIndex, request, reply.raw, request.routeOptions?.url);
  };
  Object.defineProperty(wrapped, 'length', { value: fn.length });
  return markMeasured(wrapped);
}

// Names plugins and apps give a hook for what it is, which say nothing to a reader.
const GENERIC_NAMES = new Set(['handler', 'hook', 'middleware', ...Object.keys(DONE_INDEX)]);

/** A hook's name (see stepName): `onSend (@fastify/compress)`, `<onRequest>@app.js:12`, `handler@app.js:37`. */
function hookName(fn: Fn, hook: string, site: string | undefined): string {
  return stepName(fn, hook, site, GENERIC_NAMES);
}

/**
 * Makes the route option `key` hand out measured functions whenever Fastify reads it (at
 * registration, and when the app gets ready and builds each route's hook lists), whoever
 * set it and however: assigned by a later onRoute hook, or pushed onto its array. Where
 * each function came from is read when it is set or pushed: the app's route definition or
 * the plugin whose onRoute hook added it.
 */
function measuredOption(route: RouteOptions, key: string, doneIndex: number): void {
  let value = route[key];
  const wrappers = new Map<Fn, Fn>();
  const sites = new Map<Fn, string | undefined>();
  const record = (items: unknown[]) => {
    const fresh = items.filter((f): f is Fn => typeof f === 'function' && !sites.has(f));
    if (fresh.length === 0) return;
    const site = registrationSite();
    for (const f of fresh) sites.set(f, site);
  };
  const note = (v: unknown) => {
    if (!Array.isArray(v)) return record([v]);
    record(v);
    noteAdditions(v, record);
  };
  note(value);
  const measured = (f: Fn) => {
    let w = wrappers.get(f);
    if (w === undefined) {
      // A route's hooks are often one closure per route (a plugin's, made in its onRoute
      // hook): one middleware, whichever route it serves (its rows are per route anyway).
      const site = sites.get(f) ?? route.url;
      w = wrap(f, hookName(f, key, site), doneIndex, () => (isPackageSite(site) ? site : undefined));
      wrappers.set(f, w);
    }
    return w;
  };
  Object.defineProperty(route, key, {
    configurable: true,
    enumerable: true,
    get: () => {
      if (typeof value === 'function') return measured(value as Fn);
      // In place, not a copy: plugins push onto the array they read (@fastify/compress does).
      if (Array.isArray(value))
        for (let i = 0; i < value.length; i++) if (typeof value[i] === 'function') value[i] = measured(value[i]);
      return value;
    },
    set: (v: unknown) => {
      note(v);
      value = v;
    },
  });
}

/** Calls `note` with what is pushed or unshifted onto `list` from now on (at registration only). */
function noteAdditions(list: unknown[], note: (v: unknown[]) => void): void {
  if (Object.hasOwn(list, 'push')) return;
  for (const method of ['push', 'unshift'] as const) {
    const original = Array.prototype[method];
    Object.defineProperty(list, method, {
      configurable: true,
      writable: true,
      value: function (this: unknown[], ...items: unknown[]) {
        note(items);
        return original.apply(this, items);
      },
    });
  }
}

function wrapRouteHooks(route: RouteOptions): void {
  measuredOption(route, 'handler', -1);
  for (const hook of Object.keys(DONE_INDEX)) measuredOption(route, hook, DONE_INDEX[hook]);
}

function patchInstance(app: Instance): Instance {
  if (app[PATCHED]) return app;
  patchNestCreatingThis();
  const addHook = app.addHook;
  app.addHook = function hopscopeAddHook(this: unknown, name: string, fn: Fn) {
    const i = DONE_INDEX[name];
    if (i === undefined || typeof fn !== 'function') return addHook.apply(this, arguments as unknown as [string, Fn]);
    // Read now, at addHook: the caller's line or plugin (for a name, or to tell namesakes apart).
    const site = registrationSite();
    return addHook.call(
      this,
      name,
      wrap(fn, hookName(fn, name, site), i, () => site),
    );
  };
  addHook.call(app, 'onRoute', wrapRouteHooks as unknown as Fn);
  app[PATCHED] = true;
  return app;
}

// Where an anonymous parser was added (read once, at addContentTypeParser).
const parserSites = new WeakMap<Fn, string | undefined>();
const PARSER_INFO = Symbol('hopscope.parserInfo');

type ParserMethod = (this: Parsers, ...args: unknown[]) => unknown;

/** The parser's name: its function's (`defaultJsonParser`), or `<contentTypeParser>@site`. */
function parserInfo(parser: Parser & { [PARSER_INFO]?: ReturnType<typeof middlewareInfo> }) {
  let info = parser[PARSER_INFO];
  if (info === undefined) {
    const site = () => parserSites.get(parser.fn);
    info = middlewareInfo(
      middlewareName(parser.fn, () => anonymousName(site(), 'contentTypeParser')),
      'fastify',
      parser.fn,
      site,
    );
    parser[PARSER_INFO] = info;
  }
  return info;
}

function patchedRun(orig: ParserMethod): ParserMethod {
  return function hopscopeParseBody(this: Parsers, contentType, handler, request, reply) {
    const parser = this.getParser(contentType as string);
    const info = parser === undefined ? null : parserInfo(parser);
    if (info === null) return orig.apply(this, arguments as unknown as unknown[]);
    // run(contentType, handler, request, reply): handler(request, reply) carries on after
    // the body is parsed (no error argument: a bad body is sent as the reply instead).
    const r = request as Request;
    return hookStyle(
      info,
      orig,
      this,
      [contentType, handler, request, reply],
      1,
      r,
      (reply as Reply).raw,
      r.routeOptions?.url,
      false,
    );
  };
}

function patchedAdd(orig: ParserMethod): ParserMethod {
  return function hopscopeAddParser(this: Parsers, contentType, opts, parserFn) {
    const fn = typeof opts === 'function' ? opts : parserFn;
    if (typeof fn === 'function' && !parserSites.has(fn)) parserSites.set(fn, registrationSite());
    return orig.apply(this, arguments as unknown as unknown[]);
  };
}

export function fastifyModules(shimmer: Shimmer): InstrumentationNodeModuleDefinition[] {
  return [
    new InstrumentationNodeModuleDefinition(
      'fastify',
      ['>=5.0.0 <6'],
      // The module is its own `fastify` and `default` export.
      (factory: Fn) => wrapFactory(factory as never, patchInstance, ['fastify', 'default']),
      () => undefined,
      [
        new InstrumentationNodeModuleFile(
          'fastify/lib/content-type-parser.js',
          ['>=5.0.0 <6'],
          // The module's export is the ContentTypeParser constructor.
          (ContentTypeParser: { prototype: object }) => {
            shimmer.wrap(ContentTypeParser.prototype, 'run', patchedRun);
            shimmer.wrap(ContentTypeParser.prototype, 'add', patchedAdd);
            return ContentTypeParser;
          },
          (ContentTypeParser?: { prototype: object }) => {
            if (ContentTypeParser === undefined) return;
            shimmer.unwrap(ContentTypeParser.prototype, 'run');
            shimmer.unwrap(ContentTypeParser.prototype, 'add');
          },
        ),
      ],
    ),
  ];
}
