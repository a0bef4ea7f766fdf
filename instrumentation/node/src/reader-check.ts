// A user who builds their own NodeSDK and forgets `metricProducers: [mw.metricProducer]`
// gets no per-middleware metrics and, from the SDK, no word of it. When no metric reader
// has collected the producer a while after start (a few of the SDK's default 60 s export
// intervals), say so once, in OpenTelemetry's diag log and as a process warning, with what
// to add and where.
import { diag } from '@opentelemetry/api';
import { middlewareMetricProducer } from './metric-producer';

export const DEFAULT_READER_CHECK_MS = 150_000;

let timer: NodeJS.Timeout | null = null;

export function scheduleReaderCheck(afterMs: number): void {
  cancelReaderCheck();
  if (afterMs <= 0) return;
  timer = setTimeout(() => {
    timer = null;
    if (middlewareMetricProducer.collected) return;
    const message =
      `no metric reader has collected Hopscope's metrics in the ${Math.round(afterMs / 1000)} s since it started, so ` +
      'per-middleware occupancy, hops and stall are not exported. Pass the producer to your reader: ' +
      'new PeriodicExportingMetricReader({ exporter, metricProducers: [middlewareInstrumentation.metricProducer] }) ' +
      '(the README\'s "Already running an OpenTelemetry NodeSDK?"), or start with register().';
    diag.warn(`@hopscope/instrumentation: ${message}`);
    process.emitWarning(message, { code: 'HOPSCOPE_NO_METRIC_READER' });
  }, afterMs);
  // Never keeps the process alive.
  timer.unref();
}

export function cancelReaderCheck(): void {
  if (timer !== null) clearTimeout(timer);
  timer = null;
}
