// Real Koa 3 middleware (fixtures/real-koa-app.ts), through real-middleware-suite.ts.
// koa-passport's session() and authenticate('local') are both passportAuthenticate: the
// login's, a router layer, is told apart by its route; koa-helmet's `_name` is its name.
import { setup } from './helpers';
import { realMiddlewareSuite } from './real-middleware-suite';

realMiddlewareSuite(setup(), {
  framework: 'koa',
  login: () => 'passportAuthenticate@/login',
  session: 'passportAuthenticate',
  parser: 'bodyParser',
  names: () => [
    'helmet',
    'cors',
    'bodyParser',
    'session',
    'ratelimit',
    'passportInitialize',
    'passportAuthenticate',
    'compressMiddleware',
    'GET /page',
  ],
  compression: 'compressMiddleware',
  page: () => 'GET /page',
  statuses: [200, 200, 200, 401, 400, 200, 204, 404],
});
