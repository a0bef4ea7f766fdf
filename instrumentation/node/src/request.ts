// A request's life as the instrumentation sees it: it starts with its first instrumented
// middleware and ends when the response closes. Then every invocation is recorded with
// the route the request matched. Requests in flight feed the stall figure.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { context } from '@opentelemetry/api';
import type { RequestState } from './internal-types';
import { requestEnded, requestStarted } from './occupancy';
import { tagRequestResource } from './hops';
import { recordRequest } from './recorder';

const STATE = Symbol('hopscope.request');

type Carrier = { [STATE]?: RequestState };

/**
 * The state of the request whose Node response is `res` (Express/Connect res, Koa
 * ctx.res, Fastify reply.raw), created on first use; the response's 'close' ends it. It
 * lives on the response only: one property per request, whichever framework.
 */
export function requestStateFor(method: string | undefined, res: ServerResponse): RequestState {
  const r = res as unknown as Carrier;
  let state = r[STATE];
  if (state !== undefined) return state;
  state = {
    method: method ?? 'GET',
    route: '',
    context: context.active(),
    headers: (res as ServerResponse & { req?: IncomingMessage }).req?.headers ?? {},
    res,
    invocations: [],
    open: null,
    ended: false,
  };
  r[STATE] = state;
  requestStarted();
  tagRequestResource(state);
  res.on('close', onResponseClose);
  return state;
}

// One listener function for every response: no closure per request.
function onResponseClose(this: ServerResponse): void {
  const state = (this as unknown as Carrier)[STATE];
  if (state === undefined || state.ended) return;
  state.ended = true;
  requestEnded();
  recordRequest(state);
}
