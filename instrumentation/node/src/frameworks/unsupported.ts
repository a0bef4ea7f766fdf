// Frameworks Hopscope does not measure (yet), named at start instead of left to look like
// an idle service: when one loads, one process warning says what is and is not measured.
// (NestJS on Express is measured at its own grain, on Fastify at Fastify's: nest.ts.)
import { InstrumentationNodeModuleDefinition } from '@opentelemetry/instrumentation';

const UNSUPPORTED: Record<string, string> = {
  restify: 'restify: its handlers are not measured',
  hono: 'Hono: its middleware are not measured',
};

const warned = new Set<string>();

function warnOnce(module: string): void {
  if (warned.has(module)) return;
  warned.add(module);
  process.emitWarning(
    `@hopscope/instrumentation: ${UNSUPPORTED[module]}. Measured: Express 4/5, Connect 3, Koa 2/3, Fastify 5, Hapi 21, NestJS 11/12 on Express and wrapMiddleware() chains.`,
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
