// Which rollup rows answer a range: every instant of the range read exactly once, from the
// coarsest rows that fit, at the resolution the range is read at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DAY_MS, HOUR_MS, MINUTE_MS, TIER_DAY, TIER_HOUR, TIER_MINUTE } from '../../lib/rollup/grains';
import { covering, steps } from '../../lib/query/tiers';

const UNIT: Record<number, number> = { [TIER_MINUTE]: MINUTE_MS, [TIER_HOUR]: HOUR_MS, [TIER_DAY]: DAY_MS };
const NOW = Date.UTC(2026, 10, 25, 15, 37, 0);

/** The buckets a where-clause reads, as [start, end) intervals, sorted. */
function intervals(range: { from: Date; to: Date }) {
  const c = covering(range, NOW);
  const out: [number, number, number][] = [];
  for (const p of c.parts) {
    const unit = UNIT[p.tier];
    for (let b = Math.ceil(p.bucket.gte.getTime() / unit) * unit; b < p.bucket.lt.getTime(); b += unit)
      out.push([b, b + unit, p.tier]);
  }
  return { from: c.from.getTime(), parts: out.sort((x, y) => x[0] - y[0]) };
}

function assertTiles(range: { from: Date; to: Date }, expectFrom: number) {
  const { from, parts } = intervals(range);
  assert.equal(from, expectFrom);
  assert.equal(parts[0][0], expectFrom, 'starts where it says');
  for (let i = 1; i < parts.length; i++) assert.equal(parts[i][0], parts[i - 1][1], 'no gap, no overlap');
  // The last row may be the current minute, hour or day, still filling up.
  assert.ok(parts[parts.length - 1][0] < range.to.getTime() && parts[parts.length - 1][1] >= range.to.getTime());
  return parts;
}

test('short recent ranges: exact, minutes at the ends, hours inside', () => {
  const from = NOW - 5 * HOUR_MS - 7 * MINUTE_MS;
  const parts = assertTiles({ from: new Date(from), to: new Date(NOW) }, from);
  const tiers = parts.map((p) => p[2]);
  assert.deepEqual(
    [...new Set(tiers)].sort((a, b) => a - b),
    [TIER_MINUTE, TIER_HOUR],
  );
  assert.equal(tiers.filter((t) => t === TIER_HOUR).length, 4);
  assert.equal(tiers.filter((t) => t === TIER_MINUTE).length, 30 + 37, '10:30–11:00 and 15:00–15:37');
});

test('15 minutes inside one hour: minutes only', () => {
  const parts = assertTiles({ from: new Date(NOW - 15 * MINUTE_MS), to: new Date(NOW) }, NOW - 15 * MINUTE_MS);
  assert.deepEqual(new Set(parts.map((p) => p[2])), new Set([TIER_MINUTE]));
  assert.equal(parts.length, 15);
});

test('a week: from on the hour, whole days from the day tier, a few dozen rows', () => {
  const from = NOW - 7 * DAY_MS;
  const parts = assertTiles({ from: new Date(from), to: new Date(NOW) }, Math.floor(from / HOUR_MS) * HOUR_MS);
  assert.equal(parts.filter((p) => p[2] === TIER_DAY).length, 6);
  assert.equal(parts.filter((p) => p[2] === TIER_MINUTE).length, 0);
  assert.ok(parts.length <= 6 + 2 * 24, `${parts.length} rows per middleware`);
});

test('an hour three days ago is read in hours: its minutes are gone', () => {
  const from = NOW - 3 * DAY_MS;
  const parts = assertTiles(
    { from: new Date(from), to: new Date(from + HOUR_MS) },
    Math.floor(from / HOUR_MS) * HOUR_MS,
  );
  assert.deepEqual(new Set(parts.map((p) => p[2])), new Set([TIER_HOUR]));
});

test('chart steps: at most 120 of whole minutes, or hours on the hour', () => {
  const day = steps({ from: new Date(NOW - DAY_MS), to: new Date(NOW) }, NOW);
  assert.equal(day.stepMs, 15 * MINUTE_MS);
  assert.equal(day.where.tier, TIER_MINUTE);
  const week = steps({ from: new Date(NOW - 7 * DAY_MS), to: new Date(NOW) }, NOW);
  assert.equal(week.stepMs, 2 * HOUR_MS);
  assert.equal(week.where.tier, TIER_HOUR);
  assert.equal(week.slot(new Date(NOW - 7 * DAY_MS + 30 * MINUTE_MS)) % HOUR_MS, 0);
  const old = steps({ from: new Date(NOW - 5 * DAY_MS), to: new Date(NOW - 5 * DAY_MS + HOUR_MS) }, NOW);
  assert.equal(old.where.tier, TIER_HOUR, 'minutes older than two days are gone');
});

test('chart steps start on the minute: a range starting at 13:07:50 stamps the 13:08 row 13:08', () => {
  const from = Date.UTC(2026, 10, 25, 13, 7, 50);
  const s = steps({ from: new Date(from), to: new Date(from + 15 * MINUTE_MS) }, from + 15 * MINUTE_MS);
  assert.equal(s.stepMs, MINUTE_MS);
  assert.equal(s.origin, Date.UTC(2026, 10, 25, 13, 7, 0));
  assert.equal(s.slot(new Date(Date.UTC(2026, 10, 25, 13, 8, 0))), Date.UTC(2026, 10, 25, 13, 8, 0));
  // Longer steps start on multiples of their length: 15-minute steps on :00, :15, :30, :45.
  const day = steps({ from: new Date(NOW - DAY_MS + 7 * MINUTE_MS), to: new Date(NOW) }, NOW);
  assert.equal(day.origin % (15 * MINUTE_MS), 0);
  assert.equal(day.slot(new Date(NOW - 2 * HOUR_MS)) % (15 * MINUTE_MS), 0);
});
