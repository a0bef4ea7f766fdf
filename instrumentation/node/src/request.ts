// A request's life as the instrumentation sees it: it starts with its first instrumented
// middleware and ends when the response closes. Then every invocation is recorded with
// the route the request matched. Requests in flight feed the stall figure, and so do
// requests not yet read (demand.ts): when each is read, and when its connection's last
// response ended.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { context } from '@opentelemetry/api';
import { performance } from 'node:perf_hooks';
import { PREVIOUS_END, type RequestState } from './internal-types';
import { requestRead } from './demand';
import { requestEnded, requestStarted } from './occupancy';
import { tagRequestResource } from './hops';
import { recordRequest } from './recorder';

// The state lives on the Node response (Express/Connect res, Koa ctx.res, Fastify
// reply.raw): one property per request, whichever framework. Adding it is the dearest
// step here (a few µs: frameworks reshape responses), but a WeakMap instead doubled the
// garbage collector's time per request (measured), so the property stays.
const STATE = Symbol('hopscope.request');

type Carrier = { [STATE]?: RequestState };

// A request's middleware mostly run back to back: the last response asked about is
// usually this one, and a comparison is cheaper than a property lookup.
let lastRes: ServerResponse | null = null;
let lastState: RequestState | null = null;

/** The state of the request whose response is `res`, created on first use; the response's 'close' ends it. */
export function requestStateFor(method: string | undefined, res: ServerResponse): RequestState {
  if (res === lastRes) return lastState!;
  const r = res as unknown as Carrier;
  let state = r[STATE];
  if (state === undefined) {
    const socket = res.socket;
    requestRead(performance.now(), (socket as RequestState['socket'])?.[PREVIOUS_END] ?? 0);
    state = {
      method: method ?? 'GET',
      route: '',
      context: context.active(),
      headers: (res as ServerResponse & { req?: IncomingMessage }).req?.headers ?? {},
      res,
      invocations: [],
      open: null,
      ended: false,
      endedAt: 0,
      status: 0,
      socket,
    };
    r[STATE] = state;
    requestStarted();
    tagRequestResource(state);
    res.on('close', onResponseClose);
  }
  lastRes = res;
  lastState = state;
  return state;
}

// One listener function for every response: no closure per request.
function onResponseClose(this: ServerResponse): void {
  const state = (this as unknown as Carrier)[STATE];
  if (state === undefined || state.ended) return;
  state.ended = true;
  state.endedAt = performance.now();
  state.status = this.statusCode;
  if (state.socket !== null) state.socket[PREVIOUS_END] = state.endedAt;
  if (lastRes === this) lastRes = lastState = null;
  requestEnded(state);
  recordRequest(state);
}
