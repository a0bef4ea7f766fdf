// GET /api/services/{service}/compare?a=&b= (versions, over range or from/to) or
// ?aFrom=&aTo=&bFrom=&bTo= (two time ranges, all versions): per middleware A, B, the
// change and two verdicts (verdict.ts), the concurrency ceiling before and after, and
// whether the two sides ran under comparable machine load.
import type { Db } from '../db/client';
import { HttpError } from '../http/errors';
import { parseRange, type TimeRange } from './range';
import { middlewareRanking } from './ranking';
import type { Scope } from './scope';
import {
  middlewareKey,
  type Ceiling,
  type MachineLoad,
  type MiddlewareRanking,
  type MiddlewareRow,
  type ResourceUse,
} from './types';
import { verdicts, type Verdicts } from './verdict';

export type CompareSide = {
  version: string | null;
  environment: string | null;
  from: string;
  to: string;
  /** Machine load while the side ran, and its event loop's delay. */
  load: MachineLoad & { eventLoopDelayP99Ms: number | null };
};

/**
 * Occupancy is wall time, so the same code measures slower on a loaded machine. Two sides
 * are comparable when the machine's load per CPU differs by at most this much (absolute),
 * or when either side reported no load.
 */
export const MAX_LOAD_DIFFERENCE = 0.3;

export type MiddlewareDelta = {
  /** The figures the thread verdict judges (verdict.ts), then the rest. */
  occupancyP50Ms: number | null;
  occupancyMsPerCall: number | null;
  occupancyP95Ms: number | null;
  threadHeldMsPerCall: number | null;
  durationP95Ms: number | null;
  hopsPerCall: number | null;
  stallMsPerCall: number | null;
};

export type CompareRow = {
  name: string;
  framework: string;
  a: MiddlewareRow | null;
  b: MiddlewareRow | null;
  delta: MiddlewareDelta;
  verdicts: Verdicts;
};

export type Comparison = {
  service: string;
  a: CompareSide;
  b: CompareSide;
  ceilingRps: { a: number | null; b: number | null };
  /** Which resource binds each side's ceiling (see Ceiling), and what a request used of each. */
  ceiling: { a: Ceiling; b: Ceiling };
  resources: { a: ResourceUse; b: ResourceUse };
  /** false when A and B ran under different machine load: a change may be the machine's. */
  comparable: boolean;
  /** Why not, in words; null when comparable. */
  loadWarning: string | null;
  middleware: CompareRow[];
};

type Side = { range: TimeRange; scope: Scope };
type Sides = { a: Side; b: Side };

/** Which two things to compare, from the query string; a 400 for anything ambiguous. */
export function parseSides(params: URLSearchParams, now: number = Date.now()): Sides {
  const a = params.get('a');
  const b = params.get('b');
  const times = ['aFrom', 'aTo', 'bFrom', 'bTo'].map((k) => params.get(k));
  const environment = params.get('environment') || null;
  const anyTime = times.some((t) => t !== null);
  if ((a !== null || b !== null) && anyTime)
    throw new HttpError(400, 'compare either versions (a, b) or time ranges (aFrom, aTo, bFrom, bTo), not both');
  if (a !== null || b !== null) {
    if (a === null || b === null || a === '' || b === '') throw new HttpError(400, 'give both versions: a and b');
    const range = parseRange(params, now);
    return { a: { range, scope: { environment, version: a } }, b: { range, scope: { environment, version: b } } };
  }
  if (!anyTime) throw new HttpError(400, 'give two versions (a, b) or two time ranges (aFrom, aTo, bFrom, bTo)');
  if (times.some((t) => t === null)) throw new HttpError(400, 'time ranges need all of aFrom, aTo, bFrom and bTo');
  const [aFrom, aTo, bFrom, bTo] = times as string[];
  return {
    a: { range: parseRange(new URLSearchParams({ from: aFrom, to: aTo }), now), scope: { environment, version: null } },
    b: { range: parseRange(new URLSearchParams({ from: bFrom, to: bTo }), now), scope: { environment, version: null } },
  };
}

const minus = (b: number | null | undefined, a: number | null | undefined) =>
  a === null || a === undefined || b === null || b === undefined ? null : b - a;
/** The stall a middleware inflicts on others, per call (ms); null without calls. Alert rules judge it too. */
export const stallPerCall = (r: MiddlewareRow | undefined) =>
  r === undefined || r.calls === 0 ? null : r.stallMs / r.calls;

export async function compare(db: Db, service: string, sides: Sides): Promise<Comparison> {
  const [ra, rb]: MiddlewareRanking[] = await Promise.all([
    middlewareRanking(db, service, sides.a.range, sides.a.scope),
    middlewareRanking(db, service, sides.b.range, sides.b.scope),
  ]);
  const key = (r: MiddlewareRow) => middlewareKey(r.framework, r.name);
  const byA = new Map(ra.middleware.map((r) => [key(r), r]));
  const byB = new Map(rb.middleware.map((r) => [key(r), r]));
  // A's order (the baseline's ranking), then what only B has.
  const keys = [...new Set([...byA.keys(), ...byB.keys()])];
  const middleware = keys.map((k): CompareRow => {
    const a = byA.get(k);
    const b = byB.get(k);
    const any = (a ?? b)!;
    return {
      name: any.name,
      framework: any.framework,
      a: a ?? null,
      b: b ?? null,
      delta: {
        occupancyP50Ms: minus(b?.occupancyP50Ms, a?.occupancyP50Ms),
        occupancyMsPerCall: minus(b?.occupancyMsPerCall, a?.occupancyMsPerCall),
        occupancyP95Ms: minus(b?.occupancyP95Ms, a?.occupancyP95Ms),
        threadHeldMsPerCall: minus(b?.threadHeldMsPerCall, a?.threadHeldMsPerCall),
        durationP95Ms: minus(b?.durationP95Ms, a?.durationP95Ms),
        hopsPerCall: minus(b?.hopsPerCall, a?.hopsPerCall),
        stallMsPerCall: minus(stallPerCall(b), stallPerCall(a)),
      },
      // A side with no data at all says nothing about any middleware: no-data, not new or gone.
      verdicts:
        ra.middleware.length === 0 || rb.middleware.length === 0
          ? { thread: 'no-data', latency: 'no-data' }
          : verdicts(a, b),
    };
  });
  // The ranges as read (a long range starts on the hour; lib/query/tiers.ts).
  const side = (s: Side, r: MiddlewareRanking): CompareSide => ({
    ...s.scope,
    from: r.from,
    to: r.to,
    load: { ...r.machine, eventLoopDelayP99Ms: r.eventLoop.delayP99Ms },
  });
  const warning = loadWarning(ra.machine, rb.machine);
  return {
    service,
    a: side(sides.a, ra),
    b: side(sides.b, rb),
    ceilingRps: { a: ra.ceilingRps, b: rb.ceilingRps },
    ceiling: { a: ra.ceiling, b: rb.ceiling },
    resources: { a: ra.resources, b: rb.resources },
    comparable: warning === null,
    loadWarning: warning,
    middleware,
  };
}

function loadWarning(a: MachineLoad, b: MachineLoad): string | null {
  if (
    a.loadPerCore === null ||
    b.loadPerCore === null ||
    Math.abs(a.loadPerCore - b.loadPerCore) <= MAX_LOAD_DIFFERENCE
  )
    return null;
  const f = (v: number) => v.toFixed(2);
  return (
    `A and B ran under different machine load (${f(a.loadPerCore)} against ${f(b.loadPerCore)} runnable tasks per CPU): ` +
    'occupancy is wall time, so part of any change may be the machine, not the code. Compare periods of similar load.'
  );
}
