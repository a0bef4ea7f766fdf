// A NodeSDK set up without Hopscope's metric producer exports no middleware metrics: one
// warning says so, with the fix; with the producer in a reader there is none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

function run(withProducer: boolean): string {
  const script = `
    const { MiddlewareInstrumentation } = require(${JSON.stringify(require.resolve('../src'))});
    const { MeterProvider, PeriodicExportingMetricReader, InMemoryMetricExporter, AggregationTemporality } = require('@opentelemetry/sdk-metrics');
    const mw = new MiddlewareInstrumentation({ metricReaderCheckMs: 300 });
    const reader = new PeriodicExportingMetricReader({
      exporter: new InMemoryMetricExporter(AggregationTemporality.DELTA),
      exportIntervalMillis: 100,
      ${withProducer ? 'metricProducers: [mw.metricProducer],' : ''}
    });
    new MeterProvider({ readers: [reader] });
    setTimeout(() => reader.shutdown(), 600);`;
  const out = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { encoding: 'utf8', timeout: 30_000 });
  assert.equal(out.status, 0, out.stderr);
  return out.stderr;
}

test('no reader collects the producer: one warning that says what to add', () => {
  const stderr = run(false);
  const lines = stderr.split('\n').filter((l) => l.includes('HOPSCOPE_NO_METRIC_READER'));
  assert.equal(lines.length, 1, stderr);
  assert.match(stderr, /metricProducers: \[middlewareInstrumentation\.metricProducer\]/);
});

test('a reader that collects it: no warning', () => {
  assert.doesNotMatch(run(true), /HOPSCOPE_NO_METRIC_READER/);
});
