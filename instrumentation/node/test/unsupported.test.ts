// A framework Hopscope does not measure is named at start: one warning when it loads, so a
// service that shows no middleware is not mistaken for an idle one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setup } from './helpers';

setup();

test('loading Hono warns once that it is not measured, and says what is', async () => {
  const warnings: (Error & { code?: string })[] = [];
  const collect = (w: Error) => warnings.push(w);
  process.on('warning', collect);
  try {
    /* eslint-disable @typescript-eslint/no-require-imports */
    require('hono');
    require('hono');
    require('express');
    /* eslint-enable @typescript-eslint/no-require-imports */
    // Warnings are emitted on a later tick.
    await new Promise((resolve) => setImmediate(resolve));
  } finally {
    process.off('warning', collect);
  }
  const ours = warnings.filter((w) => w.code === 'HOPSCOPE_UNSUPPORTED');
  assert.equal(ours.length, 1, ours.map((w) => w.message).join('\n'));
  assert.match(
    ours[0].message,
    /Hono: its middleware are not measured\. Measured: Express 4\/5, Connect 3, Koa 2\/3, Fastify 5, Hapi 21/,
  );
});
