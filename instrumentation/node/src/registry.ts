// Every middleware the instrumentation has seen, each with its pre-keyed accumulators.
// Built once per middleware (framework patches cache the result on their layer or
// function), read by the metric producer at collection time.
import type { MiddlewareInfo } from './internal-types';
import type { Framework } from './types';
import { Accumulator } from './accumulator';
import { entryFor } from './route-table';
import { SPAN_NAME_PREFIX } from './semconv';

const infos = new Map<string, MiddlewareInfo>();
let maxRoutes = 200;
let ignored: (name: string, framework: Framework) => boolean = () => false;

export function configureRegistry(
  maxRoutesPerMiddleware: number,
  ignore: string[] | ((name: string, framework: Framework) => boolean) | undefined,
): void {
  maxRoutes = maxRoutesPerMiddleware;
  // A changed cap may change where a route's calls go: forget the remembered accumulators.
  for (const info of infos.values()) info.last = null;
  if (typeof ignore === 'function') {
    // A user's predicate must never break the app: a throwing one ignores nothing.
    ignored = (name, framework) => {
      try {
        return ignore(name, framework) === true;
      } catch {
        return false;
      }
    };
  } else {
    const names = new Set(ignore ?? []);
    ignored = (name) => names.has(name);
  }
}

/** The middleware's info, or null when the user asked to ignore it. */
export function middlewareInfo(name: string, framework: Framework): MiddlewareInfo | null {
  if (ignored(name, framework)) return null;
  const key = `${framework}\u0000${name}`;
  let info = infos.get(key);
  if (info === undefined) {
    info = { name, framework, spanName: SPAN_NAME_PREFIX + name, byRoute: new Map(), last: null, budgetWarned: false };
    infos.set(key, info);
  }
  return info;
}

export function allMiddleware(): IterableIterator<MiddlewareInfo> {
  return infos.values();
}

/**
 * The accumulator for one route, method and outcome. Most calls repeat the route and
 * method the middleware last recorded: two comparisons (routes are the same string each
 * time, see the framework patches) instead of two Map lookups, about half of what
 * recording a request cost. Accumulators are never removed, so the one remembered is live.
 */
export function accumulatorFor(
  info: MiddlewareInfo,
  route: string,
  method: string,
  errorType: string | undefined,
): Accumulator {
  const last = info.last;
  if (errorType === undefined && last !== null && last.route === route && last.method === method) return last.accumulator;
  const accumulator = lookUp(info, route, method, errorType);
  if (errorType === undefined) info.last = { route, method, accumulator };
  return accumulator;
}

function lookUp(info: MiddlewareInfo, route: string, method: string, errorType: string | undefined): Accumulator {
  const key = errorType === undefined ? method : `${method} ${errorType}`;
  return entryFor(info.byRoute, maxRoutes, route, key, (filedUnder) => new Accumulator(filedUnder, method, errorType));
}
