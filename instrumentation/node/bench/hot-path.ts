// npm run bench:hot-path — the instrumentation's own cost per request, without a network
// or a load generator: requests through a real Express app in one process, with real
// (socket-less) IncomingMessage/ServerResponse objects, in alternating batches with the
// instrumentation disabled (bare: Express's functions as they are) and enabled. On a
// shared 2-core machine this is much steadier than bench:overhead, which also pays for
// HTTP and autocannon; it covers the synchronous path only (detail 'sync': nothing here
// waits). Run with `node --cpu-prof` to see where the time goes.
// BENCH_SPAN_RATIO (default 0.1), BENCH_BATCHES (default 150 per side).
import http from 'node:http';
import net from 'node:net';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { PeriodicExportingMetricReader } from '@opentelemetry/sdk-metrics';
import { AlwaysOnSampler, BatchSpanProcessor, ParentBasedSampler } from '@opentelemetry/sdk-trace-base';
import type { Request, Response } from 'express';
import { MiddlewareInstrumentation } from '@hopscope/instrumentation';
import { benchApp, dropMetrics, dropSpans } from './app';

const ratio = Number(process.env.BENCH_SPAN_RATIO ?? 0.1);
const batches = Number(process.env.BENCH_BATCHES ?? 150);
const PER_BATCH = 300;

const instrumentation = new MiddlewareInstrumentation({ detail: 'sync', spanSampleRatio: ratio });
new NodeSDK({
  sampler: new ParentBasedSampler({ root: new AlwaysOnSampler() }),
  spanProcessors: [new BatchSpanProcessor(dropSpans)],
  metricReaders: [new PeriodicExportingMetricReader({ exporter: dropMetrics, exportIntervalMillis: 1000, metricProducers: [instrumentation.metricProducer] })],
  instrumentations: [instrumentation],
}).start();

// The same app as bench:overhead's, loaded after the SDK so it is patched.
const app = benchApp();

function request(): void {
  const req = new http.IncomingMessage(new net.Socket());
  req.method = 'GET';
  req.url = '/items/42';
  req.headers = { host: 'bench' };
  const res = new http.ServerResponse(req);
  app(req as Request, res as Response);
  res.emit('close');
}

/** Mean ns per request over one batch. */
function batch(): number {
  const t = process.hrtime.bigint();
  for (let i = 0; i < PER_BATCH; i++) request();
  return Number(process.hrtime.bigint() - t) / PER_BATCH;
}

async function main(): Promise<void> {
  const bare: number[] = [];
  const measured: number[] = [];
  for (let b = 0; b < batches; b++) {
    instrumentation.disable();
    bare.push(batch());
    instrumentation.enable();
    measured.push(batch());
    // Let timers (the exporters) and microtasks run, as a server would between requests.
    await new Promise((r) => setImmediate(r));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  const b = median(bare) / 1000;
  const m = median(measured) / 1000;
  // Each batch against the bare batch just before it, so drift cancels.
  const paired = median(measured.map((x, i) => bare[i] / x));
  console.log(`11 invocations per request, detail 'sync', spans for ${ratio * 100}% of requests, ${batches} × ${PER_BATCH} requests per side`);
  console.log(`bare ${b.toFixed(1)} µs/request, instrumented ${m.toFixed(1)} µs/request: +${(m - b).toFixed(1)} µs, ${paired.toFixed(3)}× (paired batches)`);
}

void main();
