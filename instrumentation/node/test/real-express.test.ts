// Real Express 5 middleware (fixtures/real-express-app.ts), through real-middleware-suite.ts.
// passport's session() and authenticate('local') both return a function called
// authenticate: the login's is told apart by its line; express-rate-limit's anonymous
// middleware is named by its line.
import { setup } from './helpers';
import { realMiddlewareSuite } from './real-middleware-suite';

realMiddlewareSuite(setup(), {
  framework: 'express',
  login: (site) => `authenticate@${site("app.post('/login'")}`,
  session: 'authenticate',
  parser: 'jsonParser',
  names: (site) => [
    'helmetMiddleware',
    'corsMiddleware',
    'cookieParser',
    'jsonParser',
    'urlencodedParser',
    'session',
    'initialize',
    'authenticate',
    'compression',
    `<anonymous>@${site('app.use(rateLimit(')}`,
  ],
  compression: 'compression',
  page: (site) => `<anonymous>@${site("app.get('/page'")}`,
  statuses: [200, 200, 200, 401, 400, 200, 204, 404],
});
