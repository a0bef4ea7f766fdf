// One clock read per boundary (docs/design.md): the timestamp where a middleware hands on opens
// the next one's segment, and the one where downstream returns reopens the caller's. Such a
// timestamp must never outlive its synchronous chain: a middleware reached later (a next()
// from a timer, the next request) starts at its own call, not at a stale boundary, or idle
// time would be charged as occupancy. Ground truth: timers of known length, no busy work.
// Run by boundaries.test.ts (detail 'full') and boundaries-sync.test.ts, one process each.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { listen, ms, settle, setup } from './helpers';

export function boundariesSuite(detail: 'full' | 'sync'): void {
  const h = setup({ detail });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const express: typeof import('express') = require('express');

  test(`no idle time charged across a deferred next() or between requests (detail ${detail})`, async (t) => {
    const app = express();
    app.use(function first(_req, _res, next) {
      next();
    });
    app.use(function deferring(_req, _res, next) {
      setTimeout(next, 30);
    });
    app.get('/', function after(_req, res) {
      res.send('ok');
    });
    const { url, close } = await listen(http.createServer(app));
    t.after(close);
    for (let i = 0; i < 3; i++) {
      await (await fetch(url)).text();
      await sleep(40); // idle between requests
    }
    await settle();
    for (const name of ['first', 'deferring', 'after']) {
      for (const a of h.attrs(name)) {
        // Idle time charged would be at least 30 ms (the timer) or 40 ms (the gap); a cold first
        // res.send() on a loaded CI machine has taken 7 ms of real work.
        assert.ok(
          ms(a['middleware.occupancy']) < 20,
          `${name} charged ${ms(a['middleware.occupancy']).toFixed(2)} ms of thread time`,
        );
      }
    }
    assert.equal(h.attrs('after').length, 3);
    // The deferring middleware's own phase lasts until it hands on, 30 ms later.
    for (const a of h.attrs('deferring'))
      assert.ok(ms(a['middleware.duration']) >= 29, `duration ${ms(a['middleware.duration'])}`);
  });
}
