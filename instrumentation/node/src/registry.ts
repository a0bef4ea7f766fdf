// Every middleware the instrumentation has seen, each with its pre-keyed accumulators.
// Built once per middleware (framework patches cache the result on their layer or
// function), read by the metric producer at collection time.
import type { MiddlewareInfo } from './internal-types';
import type { Framework } from './types';
import { Accumulator } from './accumulator';
import { entryFor } from './route-table';
import { SPAN_NAME_PREFIX } from './semconv';
import { active } from './settings';
import { nameAt, registrationSite } from './utils';

const infos = new Map<string, MiddlewareInfo>();
// Who has each name: a name is an identity, so a function under a name another function
// registered elsewhere already has is told apart by where it was registered
// (`authenticate@app.js:43`: passport's session() and authenticate() both return a
// function called authenticate). Functions registered at one place (an app built twice, a
// factory's closures) stay one middleware. Past MAX_NAMESAKES places under one name the
// rest share the first one's row, so the number of rows stays bounded.
const MAX_NAMESAKES = 50;
type Owner = { fn: Function; where: () => string | undefined; namesakes: number };
const owners = new Map<string, Owner>();
const infoOfFn = new WeakMap<Function, Map<string, MiddlewareInfo>>();

/** New settings may cap routes differently, which changes where a route's calls go: the remembered accumulators are forgotten. */
export function forgetLastRoutes(): void {
  for (const info of infos.values()) info.last = null;
}

/**
 * The middleware's info, or null when the user asked to ignore it. `fn` is the function
 * measured (none when the name was given explicitly: then the name is the identity), and
 * `where` says where it was registered (undefined: nowhere that tells it apart), read only
 * when another function has its name.
 */
export function middlewareInfo(
  name: string,
  framework: Framework,
  fn?: Function,
  where: () => string | undefined = registrationSite,
): MiddlewareInfo | null {
  if (active.ignored(name, framework)) return null;
  const key = `${framework}\u0000${name}`;
  if (fn === undefined) return infoNamed(name, framework);
  const known = infoOfFn.get(fn)?.get(key);
  if (known !== undefined) return known;
  let shown = name;
  const owner = owners.get(key);
  if (owner === undefined) owners.set(key, { fn, where, namesakes: 0 });
  else if (owner.fn !== fn && owner.namesakes < MAX_NAMESAKES) {
    const site = where();
    if (site !== undefined && site !== owner.where()) {
      owner.namesakes++;
      shown = nameAt(name, site);
    }
  }
  const info = infoNamed(shown, framework);
  let byKey = infoOfFn.get(fn);
  if (byKey === undefined) infoOfFn.set(fn, (byKey = new Map()));
  byKey.set(key, info);
  return info;
}

function infoNamed(name: string, framework: Framework): MiddlewareInfo {
  const key = `${framework}\u0000${name}`;
  let info = infos.get(key);
  if (info === undefined) {
    info = {
      name,
      framework,
      spanName: SPAN_NAME_PREFIX + name,
      byRoute: new Map(),
      last: null,
      budgetWarned: false,
      stacks: new Map(),
    };
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
  if (errorType === undefined && last !== null && last.route === route && last.method === method)
    return last.accumulator;
  const accumulator = lookUp(info, route, method, errorType);
  if (errorType === undefined) info.last = { route, method, accumulator };
  return accumulator;
}

function lookUp(info: MiddlewareInfo, route: string, method: string, errorType: string | undefined): Accumulator {
  const key = errorType === undefined ? method : `${method} ${errorType}`;
  return entryFor(
    info.byRoute,
    active.maxRoutes,
    route,
    key,
    (filedUnder) => new Accumulator(filedUnder, method, errorType),
  );
}
