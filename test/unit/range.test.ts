import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HttpError } from '../../lib/http/errors';
import { parseRange } from '../../lib/query/range';

const NOW = Date.parse('2026-11-25T12:00:00Z');
const parse = (q: string) => parseRange(new URLSearchParams(q), NOW);

test('named ranges end now; 1h is the default', () => {
  assert.deepEqual(parse('range=15m'), { from: new Date('2026-11-25T11:45:00Z'), to: new Date(NOW) });
  assert.deepEqual(parse(''), { from: new Date('2026-11-25T11:00:00Z'), to: new Date(NOW) });
  assert.equal(parse('range=7d').from.toISOString(), '2026-11-18T12:00:00.000Z');
});

test('from/to as ISO-8601 instants, any offset', () => {
  assert.deepEqual(parse('from=2026-11-25T10:00:00Z&to=2026-11-25T12:30:00%2B01:00'), {
    from: new Date('2026-11-25T10:00:00Z'),
    to: new Date('2026-11-25T11:30:00Z'),
  });
});

test('bad ranges are a 400 with a message that says what to send', () => {
  const cases: [string, RegExp][] = [
    ['range=3w', /range must be one of 15m, 1h, 24h, 7d/],
    ['range=1h&from=2026-11-25T10:00:00Z', /either range or from\/to/],
    ['from=2026-11-25T10:00:00Z', /from and to go together/],
    ['from=yesterday&to=2026-11-25T10:00:00Z', /from must be an ISO-8601 instant/],
    ['from=2026-11-25T10:00:00&to=2026-11-25T11:00:00', /with a time zone/],
    ['from=2026-11-25T11:00:00Z&to=2026-11-25T10:00:00Z', /from must be before to/],
    ['from=2025-01-01T00:00:00Z&to=2026-11-25T10:00:00Z', /at most 31 days/],
  ];
  for (const [q, message] of cases) {
    assert.throws(
      () => parse(q),
      (err: unknown) => err instanceof HttpError && err.status === 400 && message.test(err.message),
      q,
    );
  }
});
