// The cardinality guard: a misbehaving producer (a middleware name per request, a route
// per user id) must not grow the store without bound. Each service keeps at most
// maxMiddleware distinct middleware names and maxRoutes distinct routes; what comes after
// folds into "(other)", so its calls still count and show up as one row.
import type { Db } from '../db/client';
import { OTHER } from '@hopscope/instrumentation/semconv';
import { TIER_DAY } from '../rollup/grains';

/** Anything that carries the names the guard caps. */
type Named = { service: string; middleware: string; route: string };

type Known = { middleware: Set<string>; routes: Set<string>; warned: boolean };

export type Limits = { maxMiddleware: number; maxRoutes: number };

export function limitsFromEnv(env: NodeJS.ProcessEnv = process.env): Limits {
  const int = (v: string | undefined, d: number) => (v !== undefined && /^[1-9]\d*$/.test(v) ? Number(v) : d);
  return {
    maxMiddleware: int(env.HOPSCOPE_MAX_MIDDLEWARE_PER_SERVICE, 500),
    maxRoutes: int(env.HOPSCOPE_MAX_ROUTES_PER_SERVICE, 2000),
  };
}

export class CardinalityGuard {
  private readonly known = new Map<string, Known>();

  constructor(private readonly limits: Limits) {}

  /** Names this service already has in the store, loaded once per service per process. */
  private async knownFor(db: Db, service: string): Promise<Known> {
    let k = this.known.get(service);
    if (k === undefined) {
      // Every name has a day row (store.ts writes every grain), and there are far fewer of
      // those than of minutes: a large store answers from a few thousand rows.
      const where = { service, tier: TIER_DAY, allRoutes: false };
      const [mw, routes] = await Promise.all([
        db.middlewareRollup.findMany({ where, distinct: ['middleware'], select: { middleware: true } }),
        db.middlewareRollup.findMany({ where, distinct: ['route'], select: { route: true } }),
      ]);
      k = { middleware: new Set(mw.map((r) => r.middleware)), routes: new Set(routes.map((r) => r.route)), warned: false };
      this.known.set(service, k);
    }
    return k;
  }

  private admit(set: Set<string>, name: string, max: number): string {
    if (set.has(name)) return name;
    if (set.size >= max) return OTHER;
    set.add(name);
    return name;
  }

  /** Rewrites names in place; returns how many items were folded into "(other)". */
  async fold(db: Db, items: Named[]): Promise<number> {
    let folded = 0;
    const known = new Map<string, Known>();
    for (const service of new Set(items.map((i) => i.service))) known.set(service, await this.knownFor(db, service));
    for (const item of items) {
      const k = known.get(item.service)!;
      const middleware = this.admit(k.middleware, item.middleware, this.limits.maxMiddleware);
      const route = this.admit(k.routes, item.route, this.limits.maxRoutes);
      if (middleware !== item.middleware || route !== item.route) {
        folded++;
        item.middleware = middleware;
        item.route = route;
        if (!k.warned) {
          k.warned = true;
          console.warn(
            `[hopscope] service "${item.service}" has more than ${this.limits.maxMiddleware} middleware names or ` +
              `${this.limits.maxRoutes} routes; the rest are stored as "${OTHER}". Check for names or routes that ` +
              'contain ids (HOPSCOPE_MAX_MIDDLEWARE_PER_SERVICE / HOPSCOPE_MAX_ROUTES_PER_SERVICE raise the caps).',
          );
        }
      }
    }
    return folded;
  }
}
