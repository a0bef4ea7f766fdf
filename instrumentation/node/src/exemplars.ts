// Exemplars (docs/design.md): when Hopscope makes the tracing decision, the few requests worth
// keeping are chosen here, per route and method and per export interval, and only those
// become spans when the metric reader collects. Kept per route and method:
//   - the SLOWEST requests by occupancy (the sum over their invocations) and by duration;
//   - for each middleware, the request in which it held the thread longest in one blocking
//     segment;
//   - RANDOM requests, uniformly among all of the interval's (reservoir sampling).
// A request that is kept anywhere is kept whole: every invocation becomes a span.
// Offering a request costs a few comparisons and one random number: no span, no ids, no
// copy. The slots are reused from interval to interval; only a new route makes new ones.
import type { MiddlewareInfo, RequestState } from './internal-types';
import { entryFor, type RouteTable } from './route-table';
import { active } from './settings';

export const SLOWEST = 2;
export const RANDOM = 2;

/** One top-k list: the kept requests, best first, and the figure each was kept for. */
type TopK = { requests: (RequestState | null)[]; values: Float64Array };

type Slots = {
  byOccupancy: TopK;
  byDuration: TopK;
  random: (RequestState | null)[];
  /** Requests offered this interval (reservoir sampling's n). */
  seen: number;
  blocking: Map<MiddlewareInfo, { request: RequestState; segment: number }>;
};

const topK = (k: number): TopK => ({
  requests: new Array<RequestState | null>(k).fill(null),
  values: new Float64Array(k),
});

const byRoute: RouteTable<Slots> = new Map();
// The slots of the route and method offered last: usually the next request's too.
let lastRoute: string | null = null;
let lastMethod: string | null = null;
let lastSlots: Slots | null = null;

/** New settings may cap routes differently: the slots remembered are forgotten (as registry.ts's). */
export function forgetLastSlots(): void {
  lastSlots = lastRoute = lastMethod = null;
}

const newSlots = (): Slots => ({
  byOccupancy: topK(SLOWEST),
  byDuration: topK(SLOWEST),
  random: new Array(RANDOM).fill(null),
  seen: 0,
  blocking: new Map(),
});

function slotsFor(route: string, method: string): Slots {
  if (route === lastRoute && method === lastMethod) return lastSlots!;
  const slots = entryFor(byRoute, active.maxRoutes, route, method, newSlots);
  lastRoute = route;
  lastMethod = method;
  lastSlots = slots;
  return slots;
}

function offerTop(top: TopK, request: RequestState, value: number): void {
  const { requests, values } = top;
  let i = requests.length - 1;
  if (requests[i] !== null && value <= values[i]) return;
  while (i > 0 && (requests[i - 1] === null || value > values[i - 1])) {
    requests[i] = requests[i - 1];
    values[i] = values[i - 1];
    i--;
  }
  requests[i] = request;
  values[i] = value;
}

/** A recorded request Hopscope decides the tracing of; `occupancy` and `duration` are its sums (ms). */
export function offerExemplar(request: RequestState, occupancy: number, duration: number): void {
  const slots = slotsFor(request.route, request.method);
  offerTop(slots.byOccupancy, request, occupancy);
  offerTop(slots.byDuration, request, duration);
  const n = ++slots.seen;
  if (n <= RANDOM) slots.random[n - 1] = request;
  else {
    const j = Math.floor(Math.random() * n);
    if (j < RANDOM) slots.random[j] = request;
  }
}

/** One of the request's invocations had a blocking segment this long (ms): offered after offerExemplar. */
export function offerBlocking(request: RequestState, info: MiddlewareInfo, segment: number): void {
  const blocking = slotsFor(request.route, request.method).blocking;
  const kept = blocking.get(info);
  if (kept === undefined) blocking.set(info, { request, segment });
  else if (segment > kept.segment) {
    kept.request = request;
    kept.segment = segment;
  }
}

function clearTop(top: TopK): void {
  top.requests.fill(null);
  top.values.fill(0);
}

/** The interval's kept requests, each once, oldest first; the slots start over. */
export function takeExemplars(): RequestState[] {
  const kept = new Set<RequestState>();
  const add = (r: RequestState | null) => {
    if (r !== null) kept.add(r);
  };
  for (const byMethod of byRoute.values()) {
    for (const slots of byMethod.values()) {
      if (slots.seen === 0) continue;
      slots.byOccupancy.requests.forEach(add);
      slots.byDuration.requests.forEach(add);
      slots.random.forEach(add);
      for (const b of slots.blocking.values()) add(b.request);
      clearTop(slots.byOccupancy);
      clearTop(slots.byDuration);
      slots.random.fill(null);
      slots.blocking.clear();
      slots.seen = 0;
    }
  }
  return [...kept].sort((a, b) => a.invocations[0].start - b.invocations[0].start);
}
