// The two Express apps both overhead benchmarks serve, ten middleware each, then
// GET /items/:id answering JSON. Build one after the SDK has started (sdk.ts), so that
// Express loads patched.
//   sync   ten synchronous middleware that set a header each and call next();
//   mixed  five of those, then five async ones as services write them: `await null`, a
//          promise from a cache, a timer, fs on libuv's thread pool, and `await null` again.
import { promises as fs } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Express, NextFunction, Request, Response } from 'express';

export type BenchApp = 'sync' | 'mixed';
export const BENCH_APPS: BenchApp[] = ['sync', 'mixed'];

const SYNC = ['requestId', 'logger', 'cors', 'security', 'cookies', 'session', 'auth', 'limiter', 'locale', 'timing'];

type Middleware = (req: Request, res: Response, next: NextFunction) => unknown;

function named(name: string, mw: Middleware): Middleware {
  Object.defineProperty(mw, 'name', { value: name });
  return mw;
}

const settingHeader = (name: string): Middleware =>
  named(name, (req, res, next) => {
    res.setHeader(`x-${name}`, req.method);
    next();
  });

const cached = new Map([['42', { id: '42', roles: ['reader'] }]]);

const ASYNC: Middleware[] = [
  named('session', async (_req, _res, next) => {
    await null;
    next();
  }),
  named('auth', async (req, res, next) => {
    const user = await Promise.resolve(cached.get('42'));
    res.setHeader('x-user', user!.id);
    next();
  }),
  named('limiter', async (_req, _res, next) => {
    await sleep(0);
    next();
  }),
  named('locale', async (_req, res, next) => {
    const stat = await fs.stat(__filename);
    res.setHeader('x-locale-size', stat.size);
    next();
  }),
  named('timing', async (_req, _res, next) => {
    await null;
    next();
  }),
];

/** The app; `onServed` is called with each response the handler has just ended. */
export function benchApp(shape: BenchApp, onServed: (res: Response) => void = () => {}): Express {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const express: typeof import('express') = require('express');
  const app = express();
  const middleware = shape === 'sync' ? SYNC.map(settingHeader) : [...SYNC.slice(0, 5).map(settingHeader), ...ASYNC];
  for (const mw of middleware) app.use(mw);
  app.get('/items/:id', (req, res) => {
    res.json({ id: req.params.id, ok: true });
    onServed(res);
  });
  return app;
}

export function benchAppOf(value: string | undefined): BenchApp {
  if (value === undefined || value === 'sync' || value === 'mixed') return value ?? 'sync';
  throw new Error(`unknown bench app "${value}": sync or mixed`);
}
