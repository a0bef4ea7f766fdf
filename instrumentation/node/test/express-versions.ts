// Express 5 (the repository's) and Express 4 (test/express4, a workspace of its own so
// that both are installed): the tests run the same suites on each. Required after the
// instrumentation is set up, so that it patches the module as it loads.
export type Express = typeof import('express');

export function loadExpress(major: 4 | 5): Express {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const express: Express = major === 4 ? require('@hopscope/test-express4') : require('express');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const version: string = require(
    require.resolve('express/package.json', {
      paths: [require.resolve(major === 4 ? '@hopscope/test-express4' : 'express')],
    }),
  ).version;
  if (!version.startsWith(`${major}.`)) throw new Error(`expected Express ${major}, loaded ${version}`);
  return express;
}
