// GET /api/services: the services seen, a page at a time (by name, optionally those whose
// name contains a search), each with its versions (newest first), when it last sent data
// and its last five minutes. Only the page's services are summarised: a large estate's
// list costs one page of work, not the whole estate's.
import { isFrameworkStep } from '@hopscope/instrumentation/semconv';
import { tablesOf, type Db } from '../db/client';
import { matching } from '../db/where';
import { TIER_MINUTE } from '../rollup/grains';
import type { TimeRange } from './range';
import { scopeWhere, type Scope } from './scope';
import { HttpError } from '../http/errors';
import { meanOf, RUNTIME_COLUMNS, sumOf } from '../rollup/runtime';
import type { EventLoop, MachineLoad, ServiceSummary, SyncThread, ThreadPool } from './types';

export const RECENT_MS = 5 * 60_000;

/** Which services: those whose name contains `q` (any case), `limit` of them from `offset`. */
export type ServicePageQuery = { q: string; offset: number; limit: number };
export const SERVICE_PAGE_SIZE = 100;
const MAX_SERVICE_PAGE = 1000;

export type ServicePage = { services: ServiceSummary[]; total: number; q: string; offset: number; limit: number };

/** ?q=&offset=&limit= checked: a 400 naming the parameter, never a 500. */
export function servicePageFrom(params: URLSearchParams): ServicePageQuery {
  const whole = (name: string, fallback: number, min: number, max: number): number => {
    const raw = params.get(name);
    if (raw === null || raw === '') return fallback;
    if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max)
      throw new HttpError(400, `${name}: a whole number from ${min} to ${max}`);
    return Number(raw);
  };
  const q = (params.get('q') ?? '').trim();
  if (q.length > 200) throw new HttpError(400, 'q: at most 200 characters');
  return {
    q,
    offset: whole('offset', 0, 0, Number.MAX_SAFE_INTEGER),
    limit: whole('limit', SERVICE_PAGE_SIZE, 1, MAX_SERVICE_PAGE),
  };
}

/** Every service's name, sorted (for pickers; no figures). */
export async function serviceNames(db: Db): Promise<string[]> {
  const rows = await tablesOf(db).selectFrom('ServiceVersion').select('service').distinct().execute();
  return rows.map((r) => r.service).sort((a, b) => a.localeCompare(b));
}

export async function listServices(
  db: Db,
  page: ServicePageQuery = { q: '', offset: 0, limit: SERVICE_PAGE_SIZE },
  now: number = Date.now(),
): Promise<ServicePage> {
  const since = new Date(now - RECENT_MS);
  const needle = page.q.toLowerCase();
  const matching = (await serviceNames(db)).filter((name) => name.toLowerCase().includes(needle));
  const names = matching.slice(page.offset, page.offset + page.limit);
  const services = names.length === 0 ? [] : await summaries(db, names, since, now);
  return { services, total: matching.length, q: page.q, offset: page.offset, limit: page.limit };
}

async function summaries(db: Db, names: string[], since: Date, now: number): Promise<ServiceSummary[]> {
  const tables = tablesOf(db);
  const rows = await inChunks(names, (services) =>
    tables.selectFrom('ServiceVersion').selectAll().where('service', 'in', services).execute(),
  );
  rows.sort((a, b) => b.lastSeen.getTime() - a.lastSeen.getTime());
  // Naming the services lets both reads start from their (service, …) indexes rather than
  // scan every rollup for the recent ones.
  const minutes = (services: string[]) =>
    tables
      .selectFrom('MiddlewareRollup')
      .where('service', 'in', services)
      .where('allRoutes', '=', true)
      .where('tier', '=', TIER_MINUTE)
      .where('bucket', '>=', since);
  const [middleware, runtime, firstMinute] = await Promise.all([
    inChunks(names, (services) =>
      minutes(services)
        .select(({ fn }) => [
          'service',
          'middleware',
          'framework',
          fn.sum<number>('calls').as('calls'),
          fn.sum<number>('occupancySum').as('occupancy'),
        ])
        .groupBy(['service', 'middleware', 'framework'])
        .execute(),
    ),
    inChunks(names, (services) =>
      tables
        .selectFrom('RuntimeRollup')
        .select(({ fn }) => [
          'service',
          fn.sum<number>('eluSum').as('elu'),
          fn.sum<number>('eluCount').as('eluCount'),
          fn.sum<number>('requestsSum').as('requests'),
          fn.sum<number>('requestsCount').as('requestsCount'),
        ])
        .where('service', 'in', services)
        .where('bucket', '>=', since)
        .groupBy('service')
        .execute(),
    ),
    // Each service's earliest minute with data since `since`.
    inChunks(names, (services) =>
      minutes(services)
        .select(({ fn }) => ['service', fn.min('bucket').as('bucket')])
        .groupBy('service')
        .execute(),
    ),
  ]);
  const byName = new Map<string, ServiceSummary & { worstOccupancy: number; requests: number }>();
  for (const r of rows) {
    let s = byName.get(r.service);
    if (s === undefined) {
      s = {
        name: r.service,
        versions: [],
        lastSeen: r.lastSeen.toISOString(),
        requestsPerSecond: null,
        eventLoopUtilization: null,
        worstMiddleware: null,
        worstOccupancy: 0,
        requests: 0,
      };
      byName.set(r.service, s);
    }
    if (!s.versions.includes(r.version)) s.versions.push(r.version);
  }
  // Requests as the producers count them; for older producers and plain OpenTelemetry the
  // calls of the busiest middleware.
  const counted = new Map(runtime.filter((r) => r.requestsCount > 0).map((r) => [r.service, r.requests]));
  const firstOf = new Map(firstMinute.map((r) => [r.service, r.bucket.getTime()]));
  for (const m of middleware) {
    const s = byName.get(m.service);
    if (s === undefined) continue;
    s.requests = counted.get(m.service) ?? Math.max(s.requests, m.calls);
    // Over the time it has data for: a service that started 30 s ago has 30 s, not 300.
    const seconds = Math.max(1, (now - Math.max(since.getTime(), firstOf.get(m.service) ?? since.getTime())) / 1000);
    s.requestsPerSecond = s.requests / seconds;
    // The framework's own step is no middleware a team can remove: never the one named.
    if (!isFrameworkStep(m.framework, m.middleware) && m.occupancy > s.worstOccupancy) {
      s.worstOccupancy = m.occupancy;
      s.worstMiddleware = m.middleware;
    }
  }
  for (const r of runtime) {
    const s = byName.get(r.service);
    if (s !== undefined && r.eluCount > 0) s.eventLoopUtilization = r.elu / r.eluCount;
  }
  return [...byName.values()]
    .map(({ worstOccupancy: _w, requests: _r, ...s }) => s)
    .sort((a, b) => a.name.localeCompare(b.name));
}

// A statement binds a bounded number of parameters (SQLite 32,766; Prisma's SQLite engine
// bound 999, and a large estate's every service in one IN list failed the whole Services
// page at 3,000 services): a page of up to 1,000 services is read in lists of 500.
const IN_LIST_CHUNK = 500;

/** `read` over `services` in IN lists of at most IN_LIST_CHUNK names, one after another. */
async function inChunks<T>(services: string[], read: (services: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < services.length; i += IN_LIST_CHUNK)
    out.push(...(await read(services.slice(i, i + IN_LIST_CHUNK))));
  return out;
}

/** Over a range, the requests and what they used (sums, seconds) and what the process had
 *  (means): lib/query/ceiling.ts's inputs; each null where not reported. */
export type RuntimeUse = {
  requests: number | null;
  cpuTime: number | null;
  loopBusy: number | null;
  loopPreempted: number | null;
  poolBusy: number | null;
  poolSize: number | null;
  cores: number | null;
};

/** A service's runtime over a range: its event loop, for Django its shared sync thread and
 *  threads, for Starlette its pool's use, machine load, and what its requests used (each
 *  null when not reported). */
export async function runtimeOf(
  db: Db,
  service: string,
  range: TimeRange,
  scope: Scope,
): Promise<{
  eventLoop: EventLoop;
  syncThread: SyncThread;
  threadPool: ThreadPool;
  machine: MachineLoad;
  use: RuntimeUse;
}> {
  const sums = await tablesOf(db)
    .selectFrom('RuntimeRollup')
    .select(({ fn }) => RUNTIME_COLUMNS.map((c) => fn.sum<number | null>(c).as(c)))
    .where(matching({ service, bucket: { gte: range.from, lt: range.to }, ...scopeWhere(scope) }))
    .executeTakeFirstOrThrow();
  const delay = meanOf(sums, 'delayP99');
  const load = meanOf(sums, 'load');
  const cores = meanOf(sums, 'cores');
  return {
    eventLoop: { utilization: meanOf(sums, 'utilization'), delayP99Ms: delay === null ? null : delay * 1000 },
    syncThread: {
      model: threadModel(meanOf(sums, 'sharedThread'), meanOf(sums, 'syncThread')),
      utilization: meanOf(sums, 'syncThread'),
      threads: meanOf(sums, 'threads'),
    },
    threadPool: {
      threads: meanOf(sums, 'poolSize'),
      inUse: meanOf(sums, 'poolInUse'),
      waiting: meanOf(sums, 'poolWaiting'),
    },
    machine: {
      cpuUtilization: meanOf(sums, 'cpu'),
      loadPerCore: load === null || cores === null || cores <= 0 ? null : load / cores,
    },
    use: {
      requests: sumOf(sums, 'requests'),
      cpuTime: sumOf(sums, 'cpuTime'),
      loopBusy: sumOf(sums, 'loopBusy'),
      loopPreempted: sumOf(sums, 'loopPreempted'),
      poolBusy: sumOf(sums, 'poolBusy'),
      poolSize: meanOf(sums, 'poolSize'),
      cores: meanOf(sums, 'available'),
    },
  };
}

/** Django's threading model from the share of requests that shared one sync thread; a
 *  producer that predates the report knew only the shared model. */
function threadModel(shared: number | null, utilization: number | null): SyncThread['model'] {
  if (shared === null) return utilization === null ? null : 'shared';
  return shared >= 0.5 ? 'shared' : 'per-request';
}

/** Where a version first reported, within a range: a marker on the time charts. */
export type VersionMarker = { version: string; at: number };

export async function versionMarkers(db: Db, service: string, range: TimeRange): Promise<VersionMarker[]> {
  const rows = await tablesOf(db)
    .selectFrom('ServiceVersion')
    .select(['version', 'firstSeen'])
    .where(matching({ service, firstSeen: { gte: range.from, lt: range.to } }))
    .orderBy('firstSeen')
    .execute();
  const first = new Map<string, number>();
  for (const r of rows) if (!first.has(r.version)) first.set(r.version, r.firstSeen.getTime());
  return [...first].map(([version, at]) => ({ version, at }));
}

/** The environments a service reported. */
export async function serviceEnvironments(db: Db, service: string): Promise<string[]> {
  const rows = await tablesOf(db)
    .selectFrom('ServiceVersion')
    .select('environment')
    .distinct()
    .where('service', '=', service)
    .execute();
  return rows.map((r) => r.environment).sort();
}

/** The versions a service reported, in the order they first appeared (oldest first). */
export async function serviceVersions(db: Db, service: string): Promise<string[]> {
  const rows = await tablesOf(db)
    .selectFrom('ServiceVersion')
    .select('version')
    .where('service', '=', service)
    .orderBy('firstSeen')
    .execute();
  return [...new Set(rows.map((r) => r.version))];
}
