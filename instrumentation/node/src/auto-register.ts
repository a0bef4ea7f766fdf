// The zero-code start: `node --require @hopscope/instrumentation/register app.js` (or
// `--import` for an ES-module app) starts Hopscope from the environment before the app
// loads its frameworks (environment.ts lists the variables). OTEL_SDK_DISABLED=true
// leaves everything off, as OpenTelemetry's own zero-code start does.
// The variables are listed in the package README ("Zero-code start").
import { diag } from '@opentelemetry/api';
import { registerOptionsFromEnv } from './environment';
import { register } from './register';
import { RESOURCE_SERVICE_NAME } from './semconv';

if (process.env.OTEL_SDK_DISABLED?.trim().toLowerCase() !== 'true') {
  const options = registerOptionsFromEnv();
  if (!process.env.OTEL_SERVICE_NAME && !options.resourceAttributes?.[RESOURCE_SERVICE_NAME]) {
    diag.warn(`@hopscope/instrumentation: OTEL_SERVICE_NAME is not set; reporting as "${options.serviceName}"`);
    process.emitWarning(`OTEL_SERVICE_NAME is not set; Hopscope reports this service as "${options.serviceName}"`, {
      code: 'HOPSCOPE_SERVICE_NAME',
    });
  }
  const registration = register(options);
  // A service that ends by itself (its loop runs empty) flushes what is buffered first.
  // Signals and process.exit() are the app's: a listener for them would change how it stops.
  process.once('beforeExit', () => void registration.shutdown());
}
