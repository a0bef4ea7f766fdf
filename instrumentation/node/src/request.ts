// A request's life as the instrumentation sees it: it starts with its first instrumented
// middleware and ends when the response closes. Then every invocation is recorded with
// the route the request matched. Requests in flight feed the stall figure.
import type { ServerResponse } from 'node:http';
import { context } from '@opentelemetry/api';
import type { RequestState } from './internal-types';
import { requestEnded, requestStarted } from './occupancy';
import { tagRequestResource } from './hops';
import { recordRequest } from './recorder';

const STATE = Symbol('hopscope.request');

type Carrier = { [STATE]?: RequestState };

/**
 * The state of the request `carrier` (Express/Connect req, Koa ctx, Fastify request)
 * belongs to, created on first use. `res` is the Node response whose 'close' ends it.
 */
export function requestStateFor(carrier: object, method: string | undefined, res: ServerResponse): RequestState {
  const c = carrier as Carrier;
  let state = c[STATE];
  if (state !== undefined) return state;
  state = {
    method: method ?? 'GET',
    route: '',
    context: context.active(),
    invocations: [],
    open: null,
    ended: false,
  };
  c[STATE] = state;
  (res as unknown as Carrier)[STATE] = state;
  requestStarted();
  tagRequestResource(state);
  res.on('close', onResponseClose);
  return state;
}

export function existingRequestState(carrier: object): RequestState | undefined {
  return (carrier as Carrier)[STATE];
}

// One listener function for every response: no closure per request.
function onResponseClose(this: ServerResponse): void {
  const state = (this as unknown as Carrier)[STATE];
  if (state === undefined || state.ended) return;
  state.ended = true;
  requestEnded();
  recordRequest(state);
}
