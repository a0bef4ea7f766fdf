// Real Fastify 5 plugins (fixtures/real-fastify-app.ts), through real-middleware-suite.ts.
// Plugins name their hooks for the hook (`onSend`, `handler`): each carries its package;
// @fastify/passport's authenticate('local') on the login route, a function called handler,
// is named by the route's line; the JSON body's parse is Fastify's defaultJsonParser.
import { setup } from './helpers';
import { realMiddlewareSuite } from './real-middleware-suite';

realMiddlewareSuite(setup(), {
  framework: 'fastify',
  login: (site) => `handler@${site("app.post('/login'")}`,
  session: 'handler (@fastify/passport)',
  parser: 'defaultJsonParser',
  names: (site) => [
    'helmetApplyHeaders (@fastify/helmet)',
    'handleCors (@fastify/cors)',
    'fastifyCookieHandler (@fastify/cookie)',
    'handleSession (@fastify/session)',
    '<onRequest> (@fastify/rate-limit)',
    'onRequest (@fastify/compress)',
    'onSend (@fastify/compress)',
    'handler (@fastify/passport)',
    `<handler>@${site("app.get('/page'")}`,
  ],
  compression: 'onSend (@fastify/compress)',
  page: (site) => `<handler>@${site("app.get('/page'")}`,
  statuses: [200, 200, 200, 401, 400, 200, 204, 404],
});
