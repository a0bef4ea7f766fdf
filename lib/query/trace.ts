// GET /api/services/{service}/traces/{traceId}: one sampled request's middleware, in the
// order they ran, each with its start (from the request's first), duration, thread time
// and the waiting in between, for the drill-down's timeline.
import { tablesOf, type Db } from '../db/client';
import { HttpError } from '../http/errors';

export type TraceSpan = {
  name: string;
  framework: string;
  position: number | null;
  offsetMs: number;
  durationMs: number;
  occupancyMs: number | null;
  waitingMs: number | null;
  hops: number | null;
  blockingMaxMs: number | null;
  /** When the service profiles: the folded stack its longest blocking segment ran most. */
  blockingStack: string | null;
  error: string | null;
};

/** `version` and `environment`: what served the request (its resource's service.version). */
export type RequestTrace = {
  service: string;
  version: string;
  environment: string;
  traceId: string;
  route: string;
  method: string;
  start: string;
  spans: TraceSpan[];
};

const TRACE_ID = /^[0-9a-f]{32}$/;

export async function requestTrace(db: Db, service: string, traceId: string): Promise<RequestTrace> {
  if (!TRACE_ID.test(traceId)) throw new HttpError(400, 'traceId must be 32 lowercase hex digits');
  const rows = await tablesOf(db)
    .selectFrom('Exemplar')
    .selectAll()
    .where('service', '=', service)
    .where('traceId', '=', traceId)
    .orderBy('start')
    .orderBy('position')
    .execute();
  if (rows.length === 0) throw new HttpError(404, `no sampled request ${traceId} of service "${service}" is kept`);
  const t0 = rows[0].start.getTime();
  return {
    service,
    version: rows[0].version,
    environment: rows[0].environment,
    traceId,
    route: rows[0].route,
    method: rows[0].method,
    start: rows[0].start.toISOString(),
    spans: rows.map((r) => {
      const durationMs = r.duration * 1000;
      const occupancyMs = r.occupancy === null ? null : r.occupancy * 1000;
      return {
        name: r.middleware,
        framework: r.framework,
        position: r.position,
        offsetMs: r.start.getTime() - t0,
        durationMs,
        occupancyMs,
        waitingMs: occupancyMs === null ? null : Math.max(0, durationMs - occupancyMs),
        hops: r.hops,
        blockingMaxMs: r.blockingMax === null ? null : r.blockingMax * 1000,
        blockingStack: r.blockingStack,
        error: r.error,
      };
    }),
  };
}
