// The range an alert rule judges: every minute row its last N minutes overlap. A row is
// stamped with its minute's start, so the window starts on the minute (N to N+1 minutes of
// data), never inside one, where it would drop the row of the minute it starts in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ruleWindow } from '../../lib/alerts/rules';

test("a 1-minute rule just after a minute turns still judges the minute before's row", () => {
  const now = new Date('2026-12-06T14:18:02.500Z');
  const w = ruleWindow({ windowMinutes: 1 }, now);
  assert.equal(w.from.toISOString(), '2026-12-06T14:17:00.000Z');
  assert.equal(w.to, now);
});

test('a 5-minute rule at the end of a minute: five whole minutes and the current one', () => {
  const now = new Date('2026-12-06T14:18:59.999Z');
  assert.equal(ruleWindow({ windowMinutes: 5 }, now).from.toISOString(), '2026-12-06T14:13:00.000Z');
});

test('on the minute itself, the window is N whole minutes', () => {
  const now = new Date('2026-12-06T14:18:00.000Z');
  assert.equal(ruleWindow({ windowMinutes: 1 }, now).from.toISOString(), '2026-12-06T14:17:00.000Z');
});
