// Time ranges from query parameters: range=15m|1h|24h|7d, or from & to as ISO-8601.
import { z } from 'zod';
import { HttpError } from '../http/errors';

export const RANGES = { '15m': 15 * 60_000, '1h': 3_600_000, '24h': 86_400_000, '7d': 7 * 86_400_000 } as const;
export type RangeName = keyof typeof RANGES;
export const DEFAULT_RANGE: RangeName = '1h';
/** Longer questions belong to a downsampled tier or a report, not one API call. */
export const MAX_SPAN_MS = 31 * 86_400_000;

export type TimeRange = { from: Date; to: Date };

/** What a page's time form shows when no from/to was asked: `range` (the default if it is not one) ending `now`. */
export function formBounds(range: string, now: number = Date.now()): { from: string; to: string } {
  const ms = RANGES[range as RangeName] ?? RANGES[DEFAULT_RANGE];
  return { from: new Date(now - ms).toISOString(), to: new Date(now).toISOString() };
}

/** Compare's time form when none was asked: the hour before last (A) against the last hour (B). */
export function compareFormBounds(now: number = Date.now()): {
  aFrom: string;
  aTo: string;
  bFrom: string;
  bTo: string;
} {
  const hoursAgo = (n: number) => new Date(now - n * 3_600_000).toISOString();
  return { aFrom: hoursAgo(2), aTo: hoursAgo(1), bFrom: hoursAgo(1), bTo: hoursAgo(0) };
}

const isoInstant = z.iso.datetime({ offset: true });
const rangeName = z.enum(Object.keys(RANGES) as [RangeName, ...RangeName[]]);

export function parseRange(params: URLSearchParams, now: number = Date.now()): TimeRange {
  const range = params.get('range');
  const from = params.get('from');
  const to = params.get('to');
  if (range !== null && (from !== null || to !== null)) {
    throw new HttpError(400, 'give either range or from/to, not both');
  }
  if (from === null && to === null) {
    const parsed = rangeName.safeParse(range ?? DEFAULT_RANGE);
    if (!parsed.success) throw new HttpError(400, `range must be one of ${Object.keys(RANGES).join(', ')}`);
    return { from: new Date(now - RANGES[parsed.data]), to: new Date(now) };
  }
  if (from === null || to === null) throw new HttpError(400, 'from and to go together');
  for (const [name, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (!isoInstant.safeParse(value).success) {
      throw new HttpError(400, `${name} must be an ISO-8601 instant with a time zone, e.g. 2026-11-25T10:00:00Z`);
    }
  }
  const f = new Date(from);
  const t = new Date(to);
  if (f >= t) throw new HttpError(400, 'from must be before to');
  if (t.getTime() - f.getTime() > MAX_SPAN_MS) throw new HttpError(400, 'a range may span at most 31 days');
  return { from: f, to: t };
}
