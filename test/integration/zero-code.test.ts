// The zero-code start, as OpenTelemetry users know it: an app with no Hopscope code, started
// with `--import` or `--require @hopscope/instrumentation/register` and configured from the
// environment, appears in the real dashboard with its ranking; a wrong value stops it with
// a message that names the variable.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { MiddlewareRanking } from '../../lib/query/types';
import { getJson } from '../helpers/dashboard';
import { dashboardForSuite } from '../helpers/suite-dashboard';

const APP = path.resolve(__dirname, '..', 'fixtures', 'zero-code-app.mjs');

function start(flag: '--import' | '--require', env: Record<string, string>) {
  return spawnSync(process.execPath, [flag, '@hopscope/instrumentation/register', APP], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, OTEL_METRIC_EXPORT_INTERVAL: '300', ...env },
  });
}

describe('zero-code start', () => {
  const dashboard = dashboardForSuite();

  for (const flag of ['--import', '--require'] as const) {
    test(`node ${flag} @hopscope/instrumentation/register: the service and its ranking in the dashboard`, async () => {
      const service = `zero-code${flag.replace('--', '-')}`;
      const run = start(flag, {
        OTEL_SERVICE_NAME: service,
        OTEL_RESOURCE_ATTRIBUTES: 'service.version=1.2.3,deployment.environment.name=staging',
        OTEL_EXPORTER_OTLP_ENDPOINT: dashboard.url,
        REQUESTS: '20',
      });
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stdout, 'done');
      const deadline = Date.now() + 15_000;
      let ranking: MiddlewareRanking | undefined;
      while (Date.now() < deadline) {
        const r = await getJson<MiddlewareRanking>(
          `${dashboard.url}/api/services/${service}/middleware?range=15m&version=1.2.3&environment=staging`,
        );
        if (r.status === 200 && (r.body.middleware.find((m) => m.name === 'blocker')?.calls ?? 0) >= 20) {
          ranking = r.body;
          break;
        }
        await new Promise((res) => setTimeout(res, 250));
      }
      assert.ok(ranking, 'the ranking arrived');
      assert.equal(ranking.middleware[0].name, 'blocker', 'the busy-waiting middleware ranks first');
      assert.ok(ranking.middleware[0].occupancyP50Ms! >= 7.5, `occupancy ${ranking.middleware[0].occupancyP50Ms}`);
      assert.equal(ranking.middleware.find((m) => m.name === 'getItem')?.calls, 20);
    });
  }

  for (const [variable, value] of [
    ['HOPSCOPE_SPAN_SAMPLE_RATIO', '2'],
    ['OTEL_EXPORTER_OTLP_ENDPOINT', 'dashboard:3000'],
    ['OTEL_EXPORTER_OTLP_PROTOCOL', 'grpc'],
    ['HOPSCOPE_DETAIL', 'everything'],
    ['OTEL_RESOURCE_ATTRIBUTES', 'service.version'],
  ]) {
    test(`${variable}=${value} stops the start with a message that names it`, () => {
      const run = start('--require', { OTEL_SERVICE_NAME: 'bad', [variable]: value });
      assert.notEqual(run.status, 0);
      assert.equal(run.stdout, '', 'the app did not run');
      assert.match(
        run.stderr,
        new RegExp(`${variable}=${JSON.stringify(value).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is not valid`),
      );
    });
  }
});
