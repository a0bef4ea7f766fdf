// Connect 3: `app.use([route,] fn)` stores each function as it is; they are wrapped there,
// keeping their arity (Connect calls 4-argument functions only for errors). Connect keeps
// no prototype to patch: every app gets the methods copied in, so createServer is wrapped.
import { InstrumentationNodeModuleDefinition } from '@opentelemetry/instrumentation';
import { wrapFactory } from './factory';
import { isMeasured } from '../measured';
import { middlewareInfo } from '../registry';
import { nameAtRegistration } from '../utils';
import { connectWrapper } from '../wrap';

type Fn = Function & { handle?: unknown };
type App = Fn & { use: (...args: unknown[]) => unknown };

function wrapConnectMiddleware(fn: Fn): Function {
  // Mounted connect apps and http servers are structure; their own middleware is measured.
  if (isMeasured(fn) || typeof fn.handle === 'function') return fn;
  const info = middlewareInfo(nameAtRegistration(fn), 'connect', fn);
  return info === null ? fn : connectWrapper(fn, info);
}

function patchApp(app: App): App {
  const use = app.use;
  app.use = function hopscopeUse(this: unknown, ...args: unknown[]) {
    // use(fn) or use(route, fn)
    const i = typeof args[0] === 'function' ? 0 : 1;
    const handle = args[i];
    if (typeof handle === 'function') args[i] = wrapConnectMiddleware(handle as Fn);
    return use.apply(this, args);
  };
  return app;
}

export function connectModules(): InstrumentationNodeModuleDefinition[] {
  return [
    new InstrumentationNodeModuleDefinition(
      'connect',
      ['>=3.0.0 <4'],
      (createServer: Fn) => wrapFactory(createServer as never, patchApp),
      // Apps already created keep their wrapped use(); new ones come from the original.
      () => undefined,
    ),
  ];
}
