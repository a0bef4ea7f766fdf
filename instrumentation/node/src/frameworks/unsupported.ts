// Frameworks Hopscope does not measure (yet), named at start instead of left to look like
// an idle service: when one loads, one process warning says what is and is not measured.
// NestJS runs on Express or Fastify, which are measured: at their grain, not Nest's.
import { InstrumentationNodeModuleDefinition } from '@opentelemetry/instrumentation';

const UNSUPPORTED: Record<string, string> = {
  '@hapi/hapi': 'Hapi: its extensions, auth schemes and handlers are not measured',
  restify: 'restify: its handlers are not measured',
  hono: 'Hono: its middleware are not measured',
  '@nestjs/core':
    'NestJS: measured at the grain of the HTTP framework under it (Express or Fastify): its middleware and route handlers are rows, its guards, interceptors and pipes are part of them',
};

const warned = new Set<string>();

function warnOnce(module: string): void {
  if (warned.has(module)) return;
  warned.add(module);
  process.emitWarning(
    `@hopscope/instrumentation: ${UNSUPPORTED[module]}. Measured: Express 4/5, Connect 3, Koa 2/3, Fastify 5 and wrapMiddleware() chains.`,
    { code: 'HOPSCOPE_UNSUPPORTED' },
  );
}

export function unsupportedModules(): InstrumentationNodeModuleDefinition[] {
  return Object.keys(UNSUPPORTED).map(
    (module) =>
      new InstrumentationNodeModuleDefinition(module, ['*'], (exports: unknown) => {
        warnOnce(module);
        return exports;
      }),
  );
}
