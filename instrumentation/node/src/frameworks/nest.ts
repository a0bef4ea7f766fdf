// NestJS 11 and 12 on Express 5. Nest registers one function per route with Express and
// runs its own building blocks inside it, so Express's patch alone sees a row per route.
// Here each guard, interceptor, pipe and exception filter becomes a step of its own, named
// by its class (`AuthGuard`, `TimingInterceptor`), hook-style: its phase ends when what it
// returns settles (an interceptor's: when it returns the Observable; what runs downstream
// of `next.handle()` is the route's). The steps run inside the route's own row, which
// keeps only the rest (the controller method and Nest's dispatch). Nest middleware, which
// Nest hands to Express as closures all named `handler`, are named by their class.
//
// Nest calls its blocks through a few methods on its own classes, patched on their
// prototypes: GuardsConsumer.tryActivate, InterceptorsConsumer.intercept and
// PipesConsumer.applyPipes take the route's blocks as an array on every request (each is
// handed on as a stand-in whose one method is measured, made once per instance), filters
// come from BaseExceptionFilterContext.getFilterInstance, and MiddlewareModule.bindHandler
// registers a middleware class's closures. Nest 11+ ships ES modules, which
// require-in-the-middle never sees: the classes are reached when Nest's platform adapter
// creates Express or mounts its body parsers on it (express.ts). The adapter's frame on
// the stack names the @nestjs/core it runs with, whose files are then required (require()
// of an ES module returns the instance Nest's own imports loaded; Node 20.19+ and 22.12+),
// before Nest registers any middleware or route.
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hookStyle, hookStyleIn } from '../chain';
import type { Invocation, MiddlewareInfo } from '../internal-types';
import { isMeasured, markMeasured } from '../measured';
import { currentInvocation, lendTo } from '../occupancy';
import { middlewareInfo } from '../registry';

type Fn = Function;
type Block = Record<string, unknown>;
/** What Nest hands guards, interceptors (ExecutionContext) and filters (ArgumentsHost). */
type Host = { getType?: () => string; getArgs?: () => unknown[] };
type Raw = { method?: string; raw?: Raw };
type Proto = Record<string | symbol, unknown>;

const PATCHED = Symbol('hopscope.patched');
// A frame in one of Nest's HTTP platform packages: `…/node_modules/@nestjs/platform-express/…`.
const PLATFORM_FRAME = /\(?((?:file:\/\/)?[^\s(]*[\\/]node_modules[\\/]@nestjs[\\/]platform-([^\\/]+)[\\/][^\s:)]+)/;
const patchedCores = new Set<string>();

// One stand-in per block instance and method: the instance is the same on every route.
const standIns = new Map<string, WeakMap<object, object>>();
// The measured copy of each array of blocks Nest keeps per route.
const measuredLists = new WeakMap<unknown[], unknown[]>();

/** Express or Fastify is being created: if Nest's platform adapter is creating it, patch that Nest. */
export function patchNestCreatingThis(): void {
  const match = PLATFORM_FRAME.exec(new Error().stack ?? '');
  if (match === null) return;
  const [, frame, platform] = match;
  if (platform !== 'express')
    return warnNestAt(`on ${platform} its guards, interceptors, pipes and filters are part of the route's row`);
  let core: string;
  try {
    const file = frame.startsWith('file://') ? fileURLToPath(frame) : frame;
    core = path.dirname(createRequire(file).resolve('@nestjs/core/package.json'));
  } catch {
    return;
  }
  if (patchedCores.has(core)) return;
  patchedCores.add(core);
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    patchNestCore((file) => require(path.join(core, file)));
  } catch (err) {
    warnNestAt(
      `${core} could not be patched (${(err as Error).message}): its guards, interceptors, pipes and filters are part of the route's row`,
    );
  }
}

let warned = false;

function warnNestAt(what: string): void {
  if (warned) return;
  warned = true;
  process.emitWarning(
    `@hopscope/instrumentation: NestJS is measured at the grain of the HTTP framework under it: ${what}`,
    {
      code: 'HOPSCOPE_UNSUPPORTED',
    },
  );
}

/** Patches the Nest whose files `load` reads (module-relative paths). */
export function patchNestCore(load: (file: string) => Record<string, { prototype: Proto }>): void {
  wrapOnce(
    load('guards/guards-consumer.js').GuardsConsumer.prototype,
    'tryActivate',
    (orig) =>
      function hopscopeTryActivate(this: unknown, guards: unknown) {
        return orig.apply(this, withList(arguments, 0, measuredList(guards, 'canActivate', 'guard')));
      },
  );
  wrapOnce(
    load('interceptors/interceptors-consumer.js').InterceptorsConsumer.prototype,
    'intercept',
    (orig) =>
      function hopscopeIntercept(this: unknown, interceptors: unknown) {
        return orig.apply(this, withList(arguments, 0, measuredList(interceptors, 'intercept', 'interceptor')));
      },
  );
  wrapOnce(
    load('pipes/pipes-consumer.js').PipesConsumer.prototype,
    'applyPipes',
    (orig) =>
      function hopscopeApplyPipes(this: unknown, _value: unknown, _metadata: unknown, pipes: unknown) {
        return orig.apply(this, withList(arguments, 2, measuredList(pipes, 'transform', 'pipe')));
      },
  );
  wrapOnce(
    load('exceptions/base-exception-filter-context.js').BaseExceptionFilterContext.prototype,
    'getFilterInstance',
    (orig) =>
      function hopscopeGetFilterInstance(this: unknown) {
        const instance = orig.apply(this, arguments);
        return instance === null || typeof instance !== 'object'
          ? instance
          : standIn(instance as Block, 'catch', 'filter');
      },
  );
  wrapOnce(
    load('middleware/middleware-module.js').MiddlewareModule.prototype,
    'bindHandler',
    (orig) =>
      function hopscopeBindHandler(this: unknown, wrapper: { metatype?: { name?: unknown } }, applicationRef: object) {
        const name = wrapper?.metatype?.name;
        if (typeof name !== 'string' || name === '') return orig.apply(this, arguments);
        return orig.apply(this, withList(arguments, 1, namingMiddleware(applicationRef, name)));
      },
  );
}

function wrapOnce(proto: Proto, method: string, wrapper: (orig: Fn) => Fn): void {
  const marks = (proto[PATCHED] ??= new Set<string>()) as Set<string>;
  if (marks.has(method) || typeof proto[method] !== 'function') return;
  marks.add(method);
  proto[method] = wrapper(proto[method] as Fn);
}

/** `args` with the one at `index` replaced (Nest's own arguments otherwise untouched). */
function withList(args: IArguments, index: number, value: unknown): unknown[] {
  const copy = Array.prototype.slice.call(args);
  copy[index] = value;
  return copy;
}

function measuredList(list: unknown, method: string, kind: string): unknown {
  if (!Array.isArray(list) || list.length === 0) return list;
  let measured = measuredLists.get(list);
  if (measured === undefined) {
    measured = list.map((block) =>
      block !== null && typeof block === 'object' ? standIn(block as Block, method, kind) : block,
    );
    measuredLists.set(list, measured);
  }
  return measured;
}

/**
 * The instance as Nest sees it, but with `method` measured: an object whose prototype is
 * the instance (every other property reads through), the method called on the instance
 * itself, so its `this` and its state are the app's.
 */
function standIn(instance: Block, method: string, kind: string): object {
  let byInstance = standIns.get(method);
  if (byInstance === undefined) standIns.set(method, (byInstance = new WeakMap()));
  const known = byInstance.get(instance);
  if (known !== undefined) return known;
  const fn = instance[method];
  let made: object = instance;
  if (typeof fn === 'function' && !isMeasured(fn)) {
    const info = middlewareInfo(blockName(instance, kind), 'nestjs', fn, () => undefined);
    if (info !== null) {
      made = Object.create(instance) as object;
      Object.defineProperty(made, method, {
        value: measuredMethod(info, fn, instance, kind),
        writable: true,
        configurable: true,
      });
    }
  }
  byInstance.set(instance, made);
  return made;
}

/** A block is named by its class, as a Nest developer registers it (`@UseGuards(AuthGuard)`). */
function blockName(instance: Block, kind: string): string {
  const name = (instance.constructor as Fn | undefined)?.name;
  return typeof name === 'string' && name !== '' && name !== 'Object' ? name : `<${kind}>`;
}

function measuredMethod(info: MiddlewareInfo, fn: Fn, instance: Block, kind: string): Fn {
  if (kind === 'pipe') {
    // A pipe is handed the value, not the request: it runs inside the request's route
    // (one of its continuations, with detail 'full'), whose request it measures in.
    return markMeasured(function hopscopePipe() {
      const running = currentInvocation();
      if (running === null) return fn.apply(instance, arguments);
      return hookStyleIn(running.request, info, fn, instance, Array.prototype.slice.call(arguments), -1);
    });
  }
  // Guards and interceptors get the ExecutionContext first, filters the ArgumentsHost second.
  const hostAt = kind === 'filter' ? 1 : 0;
  return markMeasured(function hopscopeBlock() {
    const host = arguments[hostAt] as Host | undefined;
    const args = host?.getType?.() === 'http' ? host.getArgs!() : undefined;
    const req = raw(args?.[0]);
    const res = raw(args?.[1]);
    if (req === undefined || res === undefined) return fn.apply(instance, arguments);
    const call = Array.prototype.slice.call(arguments);
    if (kind === 'interceptor') call[1] = downstreamOf(call[1] as CallHandler, currentInvocation());
    return hookStyle(info, fn, instance, call, -1, req, res as never, undefined);
  });
}

type CallHandler = { handle(): unknown };

/**
 * An interceptor's next, whose handle() runs as the route's: the Observable it returns
 * runs the handler (and the interceptors after this one) in an async scope made inside
 * handle(), which would otherwise belong to this interceptor.
 */
function downstreamOf(next: CallHandler, route: Invocation | null): CallHandler {
  if (next === null || typeof next !== 'object' || typeof next.handle !== 'function') return next;
  return { handle: () => lendTo(route, next.handle, next, []) };
}

/** Node's own request or response under a framework's (Fastify's `raw`). */
function raw(v: unknown): Raw | undefined {
  if (v === null || typeof v !== 'object') return undefined;
  return (v as Raw).raw ?? (v as Raw);
}

type ApplicationRef = {
  createMiddlewareFactory(
    method: unknown,
  ): Promise<(path: unknown, handler: Fn) => unknown> | ((path: unknown, handler: Fn) => unknown);
};

/** Nest's HTTP adapter, but the closures it registers for one middleware class carry the class's name. */
function namingMiddleware(applicationRef: object, name: string): object {
  const ref = applicationRef as ApplicationRef;
  if (typeof ref.createMiddlewareFactory !== 'function') return applicationRef;
  const naming = Object.create(applicationRef) as ApplicationRef;
  naming.createMiddlewareFactory = async function (method: unknown) {
    const register = await ref.createMiddlewareFactory(method);
    return function (this: unknown, routePath: unknown, handler: Fn) {
      if (typeof handler === 'function')
        Object.defineProperty(handler, 'displayName', { value: name, configurable: true });
      return register.apply(this, arguments as unknown as [unknown, Fn]);
    };
  };
  return naming;
}
