// What both overhead benchmarks share: exporters that drop everything (the instrumentation's
// cost, not a network's) and the 10-middleware Express app, built after the SDK has started
// so that Express loads patched.
import type { ExportResult } from '@opentelemetry/core';
import { AggregationTemporality, type PushMetricExporter } from '@opentelemetry/sdk-metrics';
import type { SpanExporter } from '@opentelemetry/sdk-trace-base';
import type { Express, NextFunction, Request, Response } from 'express';

export const dropSpans: SpanExporter = { export: (_s, done: (r: ExportResult) => void) => done({ code: 0 }), shutdown: async () => {} };

export const dropMetrics: PushMetricExporter = {
  export: (_m, done: (r: ExportResult) => void) => done({ code: 0 }),
  forceFlush: async () => {},
  shutdown: async () => {},
  selectAggregationTemporality: () => AggregationTemporality.DELTA,
};

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
