// One variant of the overhead benchmark's service: one of app.ts's Express apps
// (`server.ts <variant> <sync|mixed>`).
//   bare        no telemetry
//   otel        OpenTelemetry's http + express instrumentations, every request traced
//   full-0      Hopscope as register() sets it up: detail 'full', metrics for every
//               request, spans for the exemplars only (Hopscope's own request span as
//               their parent)
//   sync-0      the same with detail 'sync'
//   full-0-profile  full-0 with the stack profiler on at its defaults (10 ms a sample)
//   full-100    detail 'full', every request traced (any <detail>-<percent> works: the
//               percent of requests traced at random besides the exemplars)
//   sdk         NodeSDK with no instrumentation at all (its context manager's cost)
//   register    register() with its defaults (the README's setup), exporting nowhere
//   floor, clock, hook  the least any exact per-middleware measurement costs (bench/floor.ts)
//   http-full-10  Hopscope 'full' plus OpenTelemetry's HTTP instrumentation (register's
//               httpInstrumentation: true), 10 % of server spans sampled
// Spans and metrics go to exporters that drop them (sdk.ts). Prints "listening <port>" when ready.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { AlwaysOnSampler, TraceIdRatioBasedSampler } from '@opentelemetry/sdk-trace-base';
import { MiddlewareInstrumentation } from '@hopscope/instrumentation';
import { benchApp, benchAppOf } from './app';
import { watchHeap } from './heap';
import { startFloor } from './floor';
import { isFloorVariant } from './rounds';
import { startHopscope, startRegister, startSdk } from './sdk';

const variant = process.argv[2] ?? 'bare';

if (variant === 'otel') {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { ExpressInstrumentation } = require('@opentelemetry/instrumentation-express');
  startSdk([new HttpInstrumentation(), new ExpressInstrumentation()], new AlwaysOnSampler());
} else if (variant === 'sdk') {
  // The NodeSDK alone (its context manager, no instrumentation): the floor for any SDK setup.
  startSdk([], new AlwaysOnSampler());
} else if (variant === 'register') {
  startRegister();
} else if (variant.startsWith('http-')) {
  // As register({ httpInstrumentation: true }): the SDK samples the server spans.
  const mw = new MiddlewareInstrumentation({ detail: 'full' });
  startSdk([new HttpInstrumentation(), mw], new TraceIdRatioBasedSampler(0.1), mw);
} else if (isFloorVariant(variant)) {
  startFloor(variant);
} else if (variant !== 'bare') {
  // As register(): the instrumentation samples requests itself.
  startHopscope(variant);
}

let served = 0;
const app = benchApp(benchAppOf(process.argv[3]), () => served++);
// CPU time, GC pause and bytes allocated per request since the last "mark": CPU time is
// steadier than throughput on a shared machine, where the load generator competes for the
// same cores.
let mark = { cpu: process.cpuUsage(), served: 0, heap: watchHeap() };
process.on('message', (m) => {
  if (m === 'mark') {
    mark.heap.stop();
    mark = { cpu: process.cpuUsage(), served, heap: watchHeap() };
  }
  if (m === 'report') {
    const used = process.cpuUsage(mark.cpu);
    const heap = mark.heap.stop();
    const n = Math.max(1, served - mark.served);
    process.send!({
      cpuUs: (used.user + used.system) / n,
      userUs: used.user / n,
      gcUs: (heap.gcMs * 1000) / n,
      bytes: heap.allocatedBytes / n,
    });
  }
});

const server = http.createServer(app).listen(0, '127.0.0.1', () => {
  console.log(`listening ${(server.address() as AddressInfo).port}`);
});
process.on('SIGTERM', () => process.exit(0));
