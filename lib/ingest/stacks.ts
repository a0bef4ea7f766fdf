// Folded stacks as the producers send them (the contract's hopscope.profile.stack and
// middleware.blocking.stack: root;…;leaf). A stack is text from the service: bounded in
// length, kept by the leaf end when cut (the leaf says why), and keyed by its SHA-1.
import crypto from 'node:crypto';
import * as sc from '@hopscope/instrumentation/semconv';
import { attrStr, nanosToMs, num, type Attributes, type Loose } from '../otlp/values';
import { minuteOf } from '../rollup/grains';
import { markSeen, reject, serviceKeyOf, type Batch, type ServiceId } from './batch';
import { clip } from './resource';

/** Characters kept of a stack: 64 frames of 250. */
export const MAX_STACK_CHARS = 16_000;
/** Distinct stacks one request keeps per service and middleware; the rest count as OTHER_STACKS. */
export const MAX_STACKS_PER_MIDDLEWARE = 200;

/** The stack as stored: cut at a frame boundary from the root end when too long. */
export function boundedStack(stack: string): string {
  if (stack.length <= MAX_STACK_CHARS) return stack;
  const tail = stack.slice(stack.length - MAX_STACK_CHARS + 2);
  const cut = tail.indexOf(';');
  return '…;' + (cut === -1 ? tail : tail.slice(cut + 1));
}

export function stackHash(stack: string): string {
  return crypto.createHash('sha1').update(stack).digest('hex');
}

/** One point of hopscope.middleware.profile.samples into the batch. */
export function collectStackPoint(
  p: Loose,
  a: Attributes,
  service: ServiceId,
  dedupeKey: string,
  batch: Batch,
  distinct: Map<string, Set<string>>,
): void {
  const middleware = attrStr(a, sc.ATTR_NAME);
  const raw = attrStr(a, sc.ATTR_PROFILE_STACK);
  const end = nanosToMs(p.timeUnixNano);
  const samples = num(p.asInt) ?? num(p.asDouble);
  const name = sc.METRIC_PROFILE_SAMPLES;
  if (middleware === undefined || raw === undefined || raw === '')
    return reject(batch, 1, `${name}: data point without ${sc.ATTR_NAME} or ${sc.ATTR_PROFILE_STACK}`);
  if (end === undefined) return reject(batch, 1, `${name}: data point without a time`);
  if (samples === undefined || !Number.isInteger(samples) || samples < 0)
    return reject(batch, 1, `${name}: data point without a whole, non-negative count`);
  const mw = clip(middleware);
  const key = `${serviceKeyOf(service)}\u0000${mw}`;
  let seen = distinct.get(key);
  if (seen === undefined) distinct.set(key, (seen = new Set()));
  let stack = boundedStack(raw);
  if (!seen.has(stack) && seen.size >= MAX_STACKS_PER_MIDDLEWARE) stack = sc.OTHER_STACKS;
  seen.add(stack);
  markSeen(batch, service, end);
  batch.stacks.push({
    ...service,
    dedupeKey,
    middleware: mw,
    bucket: minuteOf(end),
    stackHash: stackHash(stack),
    stack,
    samples,
  });
}
