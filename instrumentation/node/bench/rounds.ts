// What both overhead benchmarks need to run variants in rounds on a shared machine.

/** The variants floor.ts builds (no Hopscope code): what any exact measurement costs at least. */
const FLOOR_VARIANTS = ['floor', 'clock', 'hook', 'promisehook', 'splithook', 'fullclock'] as const;
export type FloorVariant = (typeof FLOOR_VARIANTS)[number];
export function isFloorVariant(v: string): v is FloorVariant {
  return (FLOOR_VARIANTS as readonly string[]).includes(v);
}

/**
 * The variants in the order of round `round` (1-based): each round starts one further
 * along, so that no variant always runs first (the first of a round measured several
 * percent slower here, whichever it was).
 */
export function inRoundOrder<T>(variants: T[], round: number): T[] {
  const k = (round - 1) % variants.length;
  return [...variants.slice(k), ...variants.slice(0, k)];
}

export function median(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[xs.length >> 1];
}
