// The cardinality guard: a misbehaving producer (a middleware name per request, a route
// per user id, a service name per pod) must not grow the store without bound. Each
// service keeps at most maxMiddleware distinct middleware names and maxRoutes distinct
// routes; what comes after folds into "(other)", so its calls still count and show up as
// one row. The store keeps at most maxServices services: a new one past that is refused
// (partial_success says so), since folding services together would mix their figures.
// Each dashboard process counts for itself, so replicas that meet new services at once
// may pass the cap by a few.
import { tablesOf, type Db } from '../db/client';
import { reject, type Batch } from './batch';
import { OTHER } from '@hopscope/instrumentation/semconv';
import { TIER_DAY } from '../rollup/grains';

/** Anything that carries the names the guard caps. */
type Named = { service: string; middleware: string; route: string };

type Known = { middleware: Set<string>; routes: Set<string>; warned: boolean };

export type Limits = { maxMiddleware: number; maxRoutes: number; maxServices: number };

export function limitsFromEnv(env: NodeJS.ProcessEnv = process.env): Limits {
  const int = (v: string | undefined, d: number) => (v !== undefined && /^[1-9]\d*$/.test(v) ? Number(v) : d);
  return {
    maxMiddleware: int(env.HOPSCOPE_MAX_MIDDLEWARE_PER_SERVICE, 500),
    maxRoutes: int(env.HOPSCOPE_MAX_ROUTES_PER_SERVICE, 2000),
    maxServices: int(env.HOPSCOPE_MAX_SERVICES, 10_000),
  };
}

export class CardinalityGuard {
  private readonly known = new Map<string, Known>();
  private services: Promise<Set<string>> | null = null;
  private servicesWarned = false;

  constructor(private readonly limits: Limits) {}

  /** Names this service already has in the store, loaded once per service per process. */
  private async knownFor(db: Db, service: string): Promise<Known> {
    let k = this.known.get(service);
    if (k === undefined) {
      // Every name has a day row (store.ts writes every grain), and there are far fewer of
      // those than of minutes: a large store answers from a few thousand rows.
      const days = tablesOf(db)
        .selectFrom('MiddlewareRollup')
        .where('service', '=', service)
        .where('tier', '=', TIER_DAY)
        .where('allRoutes', '=', false)
        .distinct();
      const [mw, routes] = await Promise.all([days.select('middleware').execute(), days.select('route').execute()]);
      k = {
        middleware: new Set(mw.map((r) => r.middleware)),
        routes: new Set(routes.map((r) => r.route)),
        warned: false,
      };
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

  /** Drops what `batch` holds for services past the cap, counted as rejected with the reason. */
  async capServices(db: Db, batch: Batch): Promise<void> {
    const known = await (this.services ??= tablesOf(db)
      .selectFrom('ServiceVersion')
      .select('service')
      .distinct()
      .execute()
      .then((rows) => new Set(rows.map((r) => r.service))));
    const refused = new Set<string>();
    for (const { service } of batch.seen.values()) {
      if (known.has(service) || refused.has(service)) continue;
      if (known.size < this.limits.maxServices) known.add(service);
      else refused.add(service);
    }
    if (refused.size === 0) return;
    const kept = <T extends { service: string }>(xs: T[]) => xs.filter((x) => !refused.has(x.service));
    const before = batch.contributions.length + batch.runtime.length + batch.exemplars.length;
    batch.contributions = batch.contributions.filter((c) => !refused.has(c.key.service));
    batch.runtime = kept(batch.runtime);
    batch.exemplars = kept(batch.exemplars);
    for (const [k, id] of batch.seen) if (refused.has(id.service)) batch.seen.delete(k);
    const names = [...refused]
      .slice(0, 3)
      .map((s) => `"${s}"`)
      .join(', ');
    reject(
      batch,
      before - (batch.contributions.length + batch.runtime.length + batch.exemplars.length),
      `the store holds its limit of ${this.limits.maxServices} services (HOPSCOPE_MAX_SERVICES); not stored: ${names}${refused.size > 3 ? ', …' : ''}`,
    );
    if (!this.servicesWarned) {
      this.servicesWarned = true;
      console.warn(
        `[hopscope] the store holds ${this.limits.maxServices} services; data of new services (${names}) is refused. Raise HOPSCOPE_MAX_SERVICES, or check for service names that contain ids.`,
      );
    }
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
