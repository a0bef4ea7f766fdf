// Time series come back only for the steps that had data. A line drawn from one point to
// the next would bridge a gap (a deploy, a quiet night) as if there had been data: insert
// an empty point where the spacing jumps, so the line breaks there.
export type Timed<T> = Partial<T> & { ts: number };

/** Series rows (ISO time `t`) as chart points on a time axis (`ts`), broken at gaps. */
export function withGaps<T extends { t: string }>(rows: T[]): Timed<T>[] {
  const points: Timed<T>[] = rows.map((r) => ({ ...r, ts: Date.parse(r.t) }));
  if (points.length < 3) return points;
  let step = Infinity;
  for (let i = 1; i < points.length; i++) step = Math.min(step, points[i].ts - points[i - 1].ts);
  const out: Timed<T>[] = [points[0]];
  for (let i = 1; i < points.length; i++) {
    if (points[i].ts - points[i - 1].ts > 1.5 * step) out.push({ ts: points[i - 1].ts + step } as Timed<T>);
    out.push(points[i]);
  }
  return out;
}

/** HH:MM (UTC) of a time, for axis ticks. */
export const clockTime = (ts: number) => new Date(ts).toISOString().slice(11, 16);
