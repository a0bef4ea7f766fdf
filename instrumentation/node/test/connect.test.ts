// Ground truth for Connect 3.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { AWAITING_MAX_MS, busyWait, listen, ms, settle, setup } from './helpers';

const h = setup();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const connect: typeof import('connect') = require('connect');

describe('connect', () => {
  let url = '';
  let close: () => Promise<void>;
  before(async () => {
    const app = connect();
    app.use(function parse(_req: http.IncomingMessage, _res: http.ServerResponse, next: () => void) {
      busyWait(20);
      next();
    });
    app.use('/api', async function lookup(_req: http.IncomingMessage, _res: http.ServerResponse, next: () => void) {
      await sleep(10);
      next();
    });
    app.use((_req: http.IncomingMessage, res: http.ServerResponse) => res.end('ok'));
    ({ url, close } = await listen(http.createServer(app)));
  });
  after(() => close());

  test('connect middleware against ground truth; anonymous ones named by site', async () => {
    assert.equal(await (await fetch(`${url}/api/x`)).text(), 'ok');
    await settle();
    const [parse] = h.attrs('parse');
    const [lookup] = h.attrs('lookup');
    assert.ok(ms(parse['middleware.occupancy']) >= 19);
    assert.equal(parse['middleware.framework'], 'connect');
    assert.ok(ms(lookup['middleware.occupancy']) < AWAITING_MAX_MS);
    assert.ok(ms(lookup['middleware.duration']) >= 9);
    const anonymous = h.exporter
      .getFinishedSpans()
      .find((s) => String(s.attributes['middleware.name']).startsWith('<anonymous>@'));
    assert.match(String(anonymous?.attributes['middleware.name']), /connect\.test\.ts:\d+$/);
  });
});
