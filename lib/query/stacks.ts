// GET /api/services/{service}/middleware/{name}/stacks: why a middleware holds the thread.
// The profiler's samples taken while it held the thread (the contract's
// hopscope.middleware.profile.samples), summed per folded stack over the range: the stacks
// for a flame graph, and per frame its self samples (the stack's top frame: the leaf-most
// with a source location, since a native callee such as pbkdf2's `run` says nothing) and
// total samples (anywhere on the stack).
import { tablesOf, type Db } from '../db/client';
import { matching } from '../db/where';
import type { TimeRange } from './range';
import { checkScope, scopeWhere, type Scope } from './scope';

/** Stacks returned, the most sampled first; the rest are summed in `otherSamples`. */
export const MAX_STACKS = 500;
const TOP_FRAMES = 25;

export type StackRow = { stack: string; samples: number };
export type FrameRow = { frame: string; self: number; total: number };
export type MiddlewareStacks = {
  service: string;
  middleware: string;
  from: string;
  to: string;
  samples: number;
  stacks: StackRow[];
  otherSamples: number;
  frames: FrameRow[];
  /** The frame most samples stop in, and its share of them; null without samples. */
  hottest: { frame: string; share: number } | null;
};

/** A folded stack's frames, root first. */
export const framesOf = (stack: string): string[] => stack.split(';');

// `fn (file:line)`; V8's own nodes ("(garbage collector)", "(program)") and natives have no location.
const LOCATED = / \([^()]*:\d+\)$/;

/** The frame a stack's sample is charged to as self time: the leaf-most with a source location. */
export function topFrame(frames: string[]): string {
  for (let i = frames.length - 1; i >= 0; i--) if (LOCATED.test(frames[i])) return frames[i];
  return frames[frames.length - 1];
}

/** Self and total samples per frame, the most self first. */
export function frameTable(stacks: StackRow[]): FrameRow[] {
  const rows = new Map<string, FrameRow>();
  const row = (frame: string) => {
    let r = rows.get(frame);
    if (r === undefined) rows.set(frame, (r = { frame, self: 0, total: 0 }));
    return r;
  };
  for (const { stack, samples } of stacks) {
    const frames = framesOf(stack);
    row(topFrame(frames)).self += samples;
    for (const f of new Set(frames)) row(f).total += samples;
  }
  return [...rows.values()].sort((a, b) => b.self - a.self || b.total - a.total);
}

export async function middlewareStacks(
  db: Db,
  service: string,
  middleware: string,
  range: TimeRange,
  scope: Scope,
): Promise<MiddlewareStacks> {
  await checkScope(db, service, scope);
  const rows = tablesOf(db)
    .selectFrom('ProfileStack')
    .where(matching({ service, middleware, ...scopeWhere(scope), bucket: { gte: range.from, lt: range.to } }));
  const [stacks, all] = await Promise.all([
    rows
      .select(({ fn }) => ['stack', fn.sum<number>('samples').as('samples')])
      .groupBy(['stackHash', 'stack'])
      .orderBy(({ fn }) => fn.sum('samples'), 'desc')
      .limit(MAX_STACKS)
      .execute(),
    rows.select(({ fn }) => fn.sum<number | null>('samples').as('samples')).executeTakeFirstOrThrow(),
  ]);
  const samples = all.samples ?? 0;
  const frames = frameTable(stacks);
  const top = frames[0];
  return {
    service,
    middleware,
    from: range.from.toISOString(),
    to: range.to.toISOString(),
    samples,
    stacks,
    otherSamples: samples - stacks.reduce((n, s) => n + s.samples, 0),
    frames: frames.slice(0, TOP_FRAMES),
    hottest: top === undefined || samples === 0 ? null : { frame: top.frame, share: top.self / samples },
  };
}

export type StackDiffRow = { stack: string; a: number; b: number };
/** One middleware's stacks on two sides of a compare (samples each side). */
export type StackDiff = { middleware: string; a: number; b: number; stacks: StackDiffRow[] };

/** The stacks of `middleware` on both sides of a compare, stack by stack. */
export async function stackDiff(
  db: Db,
  service: string,
  middleware: string,
  sides: { a: { range: TimeRange; scope: Scope }; b: { range: TimeRange; scope: Scope } },
): Promise<StackDiff> {
  const [a, b] = await Promise.all([
    middlewareStacks(db, service, middleware, sides.a.range, sides.a.scope),
    middlewareStacks(db, service, middleware, sides.b.range, sides.b.scope),
  ]);
  const rows = new Map<string, StackDiffRow>();
  for (const s of a.stacks) rows.set(s.stack, { stack: s.stack, a: s.samples, b: 0 });
  for (const s of b.stacks) {
    const r = rows.get(s.stack);
    if (r === undefined) rows.set(s.stack, { stack: s.stack, a: 0, b: s.samples });
    else r.b = s.samples;
  }
  return { middleware, a: a.samples, b: b.samples, stacks: [...rows.values()] };
}
