// The 10-middleware Express app both overhead benchmarks serve. Build it after the SDK has
// started (sdk.ts), so that Express loads patched.
import type { Express, NextFunction, Request, Response } from 'express';

const NAMES = ['requestId', 'logger', 'cors', 'security', 'cookies', 'session', 'auth', 'limiter', 'locale', 'timing'];

/** Ten named middleware that set a header each, then GET /items/:id answering JSON. */
export function benchApp(onServed: () => void = () => {}): Express {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const express: typeof import('express') = require('express');
  const app = express();
  for (const name of NAMES) {
    const mw = (req: Request, res: Response, next: NextFunction) => {
      res.setHeader(`x-${name}`, req.method);
      next();
    };
    Object.defineProperty(mw, 'name', { value: name });
    app.use(mw);
  }
  app.get('/items/:id', (req, res) => {
    onServed();
    res.json({ id: req.params.id, ok: true });
  });
  return app;
}
