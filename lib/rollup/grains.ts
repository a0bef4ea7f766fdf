// The grains of the rollups: every figure is stored per minute, hour and day (the tier:
// its bucket length in minutes), each per route and over all routes, so a question reads a
// few pre-merged rows (lib/query/tiers.ts picks them) and minutes can expire early
// (lib/rollup/maintenance.ts) without long ranges losing anything but resolution.

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

export const TIER_MINUTE = 1;
export const TIER_HOUR = 60;
export const TIER_DAY = 1440;

/** Each tier and the length of its buckets. */
export const TIERS = [
  [TIER_MINUTE, MINUTE_MS],
  [TIER_HOUR, HOUR_MS],
  [TIER_DAY, DAY_MS],
] as const;

/** How long minute rows are kept; questions reaching further back read hours. */
export const MINUTE_TIER_MS = 2 * DAY_MS;

/** Start of the unit (ms) that `ms` falls in, counted from the epoch (UTC). */
export function floorTo(ms: number, unitMs: number): number {
  return Math.floor(ms / unitMs) * unitMs;
}

export function minuteOf(ms: number): number {
  return floorTo(ms, MINUTE_MS);
}

/** What a contribution is keyed by: its minute, route and method among the rest. */
type Keyed = { bucket: number; route: string; method: string };

/** One rollup row's place: a contribution's key at one tier, per route or over all routes. */
export type Grain<K extends Keyed> = K & { tier: number; allRoutes: boolean };

/** The six rows one contribution is added to. */
export function grainsOf<K extends Keyed>(k: K): Grain<K>[] {
  return TIERS.flatMap(([tier, unit]) => {
    const bucket = floorTo(k.bucket, unit);
    return [
      { ...k, allRoutes: false, tier, bucket },
      { ...k, route: '', method: '', allRoutes: true, tier, bucket },
    ];
  });
}
