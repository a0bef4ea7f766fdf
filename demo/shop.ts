// The demo service: an Express shop API instrumented with @hopscope/instrumentation.
// Environment: DEMO_VERSION (before|after), PORT, HOPSCOPE_ENDPOINT.
import { register } from '@hopscope/instrumentation';
import type { AddressInfo } from 'node:net';
import type { DemoVersion } from './middleware';

const version = (process.env.DEMO_VERSION === 'after' ? 'after' : 'before') as DemoVersion;
// First, before Express loads: the instrumentation patches it as it is required.
const telemetry = register({
  serviceName: 'demo-shop',
  serviceVersion: version,
  environment: 'demo',
  exportIntervalMs: 5000,
});

/* eslint-disable @typescript-eslint/no-require-imports */
const express: typeof import('express') = require('express');
const compression: typeof import('compression') = require('compression');
const mw: typeof import('./middleware') = require('./middleware');
/* eslint-enable @typescript-eslint/no-require-imports */

const PRODUCTS = Array.from({ length: 200 }, (_, i) => ({ id: i + 1, name: `Product ${i + 1}`, price: 5 + (i % 40) }));

const app = express();
app.use(mw.requestId());
app.use(mw.accessLog(version));
app.use(mw.securityHeaders());
app.use(express.json({ limit: '100kb' }));
app.use(mw.sessionLookup());
app.use(mw.authenticate(version));
app.use(mw.rateLimit(100_000));
app.use(compression());

app.get('/products', function listProducts(_req, res) {
  res.json(PRODUCTS);
});
app.get('/products/:id', function getProduct(req, res) {
  const p = PRODUCTS.find((x) => x.id === Number(req.params.id));
  if (p === undefined) res.status(404).json({ error: 'no such product' });
  else res.json(p);
});
app.post('/cart', function addToCart(req, res) {
  const items = Array.isArray(req.body?.items) ? req.body.items : [];
  res.status(201).json({ items: items.length, total: items.length * 10 });
});

const server = app.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  console.log(`demo-shop ${version} listening on http://127.0.0.1:${port}`);
});

function stop(): void {
  server.close();
  server.closeAllConnections();
  // Flush what is buffered, but never hang on a dashboard that is gone; the log goes last
  // (a buffered write may still land until then).
  const timeout = new Promise((r) => setTimeout(r, 3000).unref());
  void Promise.race([telemetry.shutdown(), timeout]).finally(() => {
    mw.removeLogs();
    process.exit(0);
  });
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
