// Which rollup rows answer a question with the fewest rows. Ingest writes every figure at
// six grains (lib/rollup/grains.ts): minute, hour and day; per route and over all routes.
//
// Totals over a range read whole days from the day tier and the rest from the hour tier,
// or for short recent ranges from the minute tier. Ranges longer than 6 hours, or older
// than the minute tier's two days, are read at hour resolution: their start is rounded
// down to the hour (the answer's `from` says so), so a week costs ~50 rows per middleware
// instead of ~10,000. Charts read the one tier their step is made of.
import {
  DAY_MS,
  floorTo,
  HOUR_MS,
  MINUTE_MS,
  MINUTE_TIER_MS,
  TIER_DAY,
  TIER_HOUR,
  TIER_MINUTE,
} from '../rollup/grains';
import type { TimeRange } from './range';

export const MAX_SERIES_POINTS = 120;
const MINUTE_RESOLUTION_MAX_MS = 6 * HOUR_MS;

export type TierWhere = { tier: number; bucket: { gte: Date; lt: Date } };
/** `parts`: one range of one tier each, read as separate queries so that each is an exact
 *  range of the (service, allRoutes, tier, bucket) index, whatever SQLite's planner makes
 *  of an OR of them. */
export type Covering = { from: Date; parts: TierWhere[] };

const part = (tier: number, from: number, to: number): TierWhere[] =>
  from < to ? [{ tier, bucket: { gte: new Date(from), lt: new Date(to) } }] : [];

/** [from, to) as hour rows, with minute rows for the partial hours at either end. */
function hoursAndMinutes(from: number, to: number, minutes: boolean): TierWhere[] {
  if (!minutes) return part(TIER_HOUR, from, to);
  const h0 = Math.ceil(from / HOUR_MS) * HOUR_MS;
  const h1 = floorTo(to, HOUR_MS);
  if (h0 >= h1) return part(TIER_MINUTE, from, to);
  return [...part(TIER_MINUTE, from, h0), ...part(TIER_HOUR, h0, h1), ...part(TIER_MINUTE, h1, to)];
}

/** The rows covering a range (where-clauses on tier and bucket) and the start they cover from. */
export function covering(range: TimeRange, now: number = Date.now()): Covering {
  const to = range.to.getTime();
  const minutes = to - range.from.getTime() <= MINUTE_RESOLUTION_MAX_MS && range.from.getTime() >= now - MINUTE_TIER_MS;
  const from = minutes ? range.from.getTime() : floorTo(range.from.getTime(), HOUR_MS);
  const d0 = Math.ceil(from / DAY_MS) * DAY_MS;
  const d1 = floorTo(to, DAY_MS);
  const parts =
    d0 < d1
      ? [...hoursAndMinutes(from, d0, minutes), ...part(TIER_DAY, d0, d1), ...hoursAndMinutes(d1, to, minutes)]
      : hoursAndMinutes(from, to, minutes);
  return { from: new Date(from), parts };
}

/** Runs `find` for each part of `cover` and puts the rows together. */
export async function readCovering<T>(cover: Covering, find: (part: TierWhere) => Promise<T[]>): Promise<T[]> {
  return (await Promise.all(cover.parts.map(find))).flat();
}

const MINUTE_STEPS = [1, 2, 5, 10, 15, 30, 60].map((m) => m * MINUTE_MS);

export type Steps = {
  stepMs: number;
  /** Start of the first step. */
  origin: number;
  /** The rows to read: one tier, its buckets within the range. */
  where: TierWhere;
  /** Start of the step a bucket falls in. */
  slot(bucket: Date): number;
};

/** At most `maxPoints` steps of whole minutes, or whole hours from the hourly tier. */
export function steps(range: TimeRange, now: number = Date.now(), maxPoints = MAX_SERIES_POINTS): Steps {
  const spanMs = range.to.getTime() - range.from.getTime();
  const wanted = spanMs / maxPoints;
  let stepMs = MINUTE_STEPS.find((s) => s >= wanted) ?? Math.ceil(wanted / HOUR_MS) * HOUR_MS;
  // Minute rows are gone after two days; older charts are hourly.
  if (range.from.getTime() < now - MINUTE_TIER_MS) stepMs = Math.max(stepMs, HOUR_MS);
  const hourly = stepMs >= HOUR_MS;
  // Steps start on whole multiples of their length (minute rows on the minute, hour rows on
  // the hour), so each row falls in exactly one step and a point is stamped with the start
  // of the minutes it holds, never at the range's own offset (13:07:50 for the 13:08 row).
  const origin = floorTo(range.from.getTime(), hourly ? HOUR_MS : stepMs);
  return {
    stepMs,
    origin,
    where: { tier: hourly ? TIER_HOUR : TIER_MINUTE, bucket: { gte: new Date(origin), lt: range.to } },
    slot: (bucket) => origin + Math.floor((bucket.getTime() - origin) / stepMs) * stepMs,
  };
}
