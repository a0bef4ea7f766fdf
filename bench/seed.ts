// The 30-day seed of the query and pages benchmarks: 5 services × 20 middleware × 10 routes,
// every minute, laid out exactly as ingest leaves it after maintenance (lib/ingest/store.ts,
// lib/rollup/maintenance.ts): minute rows (per route and all routes) for the last two days,
// hour and day rows for all 30 days, event-loop minutes, a week of exemplars. Written straight
// into a migrated store, SQLite in one transaction, PostgreSQL with COPY (bench/seed-sinks.ts);
// going through the receiver would take hours. bench:services writes another shape (SeedShape:
// thousands of services, minutes only) the same way.
// Version 1.0 runs until 3½ days ago, 1.1 since, so compare has two versions in a week.
import crypto from 'node:crypto';
import { DAY_MS, HOUR_MS, MINUTE_MS, TIER_DAY, TIER_HOUR, TIER_MINUTE } from '../lib/rollup/grains';
import { emptyHistogram, record, serialize, type Serialized } from '../lib/rollup/histogram';

export const SERVICES = Array.from({ length: 5 }, (_, i) => `svc-${i}`);
export const MIDDLEWARE = Array.from({ length: 20 }, (_, i) => `middleware${String(i).padStart(2, '0')}`);
export const ROUTES = Array.from({ length: 10 }, (_, i) => `/api/resource${i}/:id`);
export const DAYS = 30;
export const MINUTE_DAYS = 2;
const EXEMPLAR_DAYS = 7;
const EXEMPLARS_PER_MINUTE = 10;
const CALLS_PER_ROUTE_MINUTE = 30;
const DEPLOY_AGO_MS = 3.5 * DAY_MS;

/** A value as a sink writes it: times are epoch ms (the sink knows which columns are times). */
export type SeedValue = string | number | boolean | Serialized | null;
/** One table's rows: its columns, which of them are times, and the rows in that order. */
export type SeedTable = { table: string; columns: string[]; times: string[]; rows: () => Iterable<SeedValue[]> };

type Hists = { duration: Serialized; occupancy: Serialized };
// Express reports no shared sync thread (that is Django's).
const EMPTY = serialize(emptyHistogram());

/** A few histogram variants per grain, from random samples around each middleware's own cost. */
function variants(mw: number, calls: number, count = 4): Hists[] {
  return Array.from({ length: count }, () => {
    const d = emptyHistogram();
    const o = emptyHistogram();
    const base = 0.0002 * (1 + mw);
    for (let i = 0; i < calls; i++) {
      const occupancy = base * (0.5 + Math.random()) * (Math.random() < 0.02 ? 8 : 1);
      record(o, occupancy);
      record(d, occupancy * (1.5 + Math.random() * 3));
    }
    return { duration: serialize(d), occupancy: serialize(o) };
  });
}

/**
 * What a seed holds: its services and routes (every service has all MIDDLEWARE), the days
 * of hour and day rows (0: none), how far back minute rows and exemplars go, and when
 * version 1.1 replaced 1.0.
 */
export type SeedShape = {
  services: string[];
  routes: string[];
  days: number;
  minuteMs: number;
  exemplarMs: number;
  deployAgoMs: number;
};

/** The query and pages benchmarks' 30 days. */
export const QUERY_SEED: SeedShape = {
  services: SERVICES,
  routes: ROUTES,
  days: DAYS,
  minuteMs: MINUTE_DAYS * DAY_MS,
  exemplarMs: EXEMPLAR_DAYS * DAY_MS,
  deployAgoMs: DEPLOY_AGO_MS,
};

/** The seed's tables, ending at the minute `now` falls in. */
export function seedTables(now: number = Date.now(), shape: SeedShape = QUERY_SEED): SeedTable[] {
  const end = Math.floor(now / MINUTE_MS) * MINUTE_MS;
  // Runtime rows and the first version go back as far as any rollup does.
  const start = shape.days > 0 ? Math.floor((end - shape.days * DAY_MS) / DAY_MS) * DAY_MS : end - shape.minuteMs;
  const deploy = end - shape.deployAgoMs;
  const versionAt = (t: number) => (t < deploy ? '1.0' : '1.1');
  const pick = <T>(list: T[], n: number) => list[n % list.length];

  function* rollups(): Iterable<SeedValue[]> {
    // Each tier over the time it covers, with a few histogram variants per middleware for its
    // per-route and all-routes rows: [samples, variants] each, fewer of both for the large
    // ones (day histograms from 600 minutes' worth of calls: they take longest to build).
    const tiers = [
      ...(shape.days > 0
        ? [
            { tier: TIER_HOUR, unit: HOUR_MS, from: start, minutes: 60, route: [60, 4], all: [600, 2] },
            { tier: TIER_DAY, unit: DAY_MS, from: start, minutes: 1440, route: [600, 2], all: [6000, 1] },
          ]
        : []),
      { tier: TIER_MINUTE, unit: MINUTE_MS, from: end - shape.minuteMs, minutes: 1, route: [1, 4], all: [10, 4] },
    ].map((t) => {
      const hists = MIDDLEWARE.map((_, mw) => ({
        route: variants(mw, CALLS_PER_ROUTE_MINUTE * t.route[0], t.route[1]),
        all: variants(mw, CALLS_PER_ROUTE_MINUTE * t.all[0], t.all[1]),
      }));
      return { ...t, perRoute: CALLS_PER_ROUTE_MINUTE * t.minutes, hists };
    });
    const row = (
      tier: number,
      bucket: number,
      svc: string,
      mw: number,
      route: string | null,
      calls: number,
      h: Hists,
    ): SeedValue[] => {
      // 1.1 made middleware03 twice as costly, and middleware07 half.
      const factor = versionAt(bucket) === '1.1' ? (mw === 3 ? 2 : mw === 7 ? 0.5 : 1) : 1;
      const occupancy = calls * 0.0002 * (1 + mw) * factor;
      const hops = mw % 4 === 0 ? 2 * calls : 0;
      return [
        tier,
        bucket,
        svc,
        versionAt(bucket),
        'production',
        MIDDLEWARE[mw],
        'express',
        route ?? '',
        route === null ? '' : 'GET',
        route === null,
        true,
        calls,
        0,
        occupancy * 3,
        occupancy,
        hops,
        hops / 2,
        hops / 2,
        mw === 5 ? calls : 0,
        0,
        0,
        mw === 9 ? Math.floor(calls / 50) : 0,
        occupancy * 0.3,
        h.duration,
        h.occupancy,
        EMPTY,
        EMPTY,
      ];
    };
    for (const svc of shape.services) {
      for (const t of tiers) {
        for (let bucket = t.from; bucket < end; bucket += t.unit) {
          const i = bucket / t.unit;
          for (let mw = 0; mw < MIDDLEWARE.length; mw++) {
            const h = t.hists[mw];
            for (let r = 0; r < shape.routes.length; r++)
              yield row(t.tier, bucket, svc, mw, shape.routes[r], t.perRoute, pick(h.route, i + r));
            yield row(t.tier, bucket, svc, mw, null, t.perRoute * shape.routes.length, pick(h.all, i));
          }
        }
      }
    }
  }

  function* runtime(): Iterable<SeedValue[]> {
    for (const svc of shape.services) {
      for (let minute = start; minute < end; minute += MINUTE_MS) {
        yield [svc, versionAt(minute), 'production', minute, 6 * (0.3 + Math.random() * 0.2), 6, 6 * 0.012, 0.02, 6];
      }
    }
  }

  function* exemplars(): Iterable<SeedValue[]> {
    for (const svc of shape.services) {
      for (let minute = end - shape.exemplarMs; minute < end; minute += MINUTE_MS) {
        for (let e = 0; e < EXEMPLARS_PER_MINUTE; e++) {
          const mw = e % MIDDLEWARE.length;
          const d = 0.0002 * (1 + mw) * (1 + Math.random() * 4);
          yield [
            crypto.randomBytes(16).toString('hex'),
            crypto.randomBytes(8).toString('hex'),
            svc,
            versionAt(minute),
            'production',
            MIDDLEWARE[mw],
            'express',
            shape.routes[e % shape.routes.length],
            'GET',
            mw,
            minute + e * 1000,
            d * 3,
            d,
            2,
            d * 0.6,
            d * 0.2,
          ];
        }
      }
    }
  }

  function* services(): Iterable<SeedValue[]> {
    for (const svc of shape.services) {
      yield [svc, '1.0', 'production', start, deploy];
      yield [svc, '1.1', 'production', deploy, end];
    }
  }

  return [
    {
      table: 'ServiceVersion',
      columns: ['service', 'version', 'environment', 'firstSeen', 'lastSeen'],
      times: ['firstSeen', 'lastSeen'],
      rows: services,
    },
    {
      table: 'MiddlewareRollup',
      columns: [
        'tier',
        'bucket',
        'service',
        'version',
        'environment',
        'middleware',
        'framework',
        'route',
        'method',
        'allRoutes',
        'measured',
        'calls',
        'errors',
        'durationSum',
        'occupancySum',
        'hops',
        'hopsMicrotask',
        'hopsIo',
        'hopsThreadpool',
        'hopsWorker',
        'hopsThread',
        'blockingCount',
        'stallSum',
        'durationHist',
        'occupancyHist',
        'threadHeldHist',
        'threadWaitHist',
      ],
      times: ['bucket'],
      rows: rollups,
    },
    {
      table: 'RuntimeRollup',
      columns: [
        'service',
        'version',
        'environment',
        'bucket',
        'eluSum',
        'eluCount',
        'delayP99Sum',
        'delayP99Max',
        'delayCount',
      ],
      times: ['bucket'],
      rows: runtime,
    },
    {
      table: 'Exemplar',
      columns: [
        'traceId',
        'spanId',
        'service',
        'version',
        'environment',
        'middleware',
        'framework',
        'route',
        'method',
        'position',
        'start',
        'duration',
        'occupancy',
        'hops',
        'blockingMax',
        'stall',
      ],
      times: ['start'],
      rows: exemplars,
    },
  ];
}
