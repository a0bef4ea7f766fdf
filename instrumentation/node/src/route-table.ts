// Per-route tables with a cap, shared by the accumulators (registry.ts) and the exemplar
// slots (exemplars.ts): a misbehaving app (a route per user id) must not grow memory
// without bound, so past `maxRoutes` distinct routes the rest fold into "(other)".
import { OTHER } from './semconv';

export type RouteTable<T> = Map<string, Map<string, T>>;

/** The entry of `route` and `key`, made by `make(route)` when new (with the route it is filed under). */
export function entryFor<T>(
  table: RouteTable<T>,
  maxRoutes: number,
  route: string,
  key: string,
  make: (route: string) => T,
): T {
  let byKey = table.get(route);
  if (byKey === undefined) {
    if (table.size >= maxRoutes && route !== OTHER) return entryFor(table, maxRoutes, OTHER, key, make);
    table.set(route, (byKey = new Map()));
  }
  let entry = byKey.get(key);
  if (entry === undefined) byKey.set(key, (entry = make(route)));
  return entry;
}
