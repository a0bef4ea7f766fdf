// Runs test/fixtures/instrumented-service.ts: real telemetry from the real SDK exporters.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const FIXTURE = path.resolve(__dirname, '..', 'fixtures', 'instrumented-service.ts');

export type ServiceRun = {
  endpoint: string;
  service: string;
  version?: string;
  requests?: number;
  blockMs?: number;
  protocol?: 'http/protobuf' | 'http/json';
  concurrency?: number;
};

export async function runInstrumentedService(o: ServiceRun): Promise<void> {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', FIXTURE], {
    env: {
      ...process.env,
      ENDPOINT: o.endpoint,
      SERVICE: o.service,
      VERSION: o.version ?? '1.0.0',
      REQUESTS: String(o.requests ?? 40),
      BLOCK_MS: String(o.blockMs ?? 8),
      PROTOCOL: o.protocol ?? 'http/protobuf',
      CONCURRENCY: String(o.concurrency ?? 1),
    },
    timeout: 60_000,
  });
  if (stdout !== 'done') throw new Error(`instrumented service did not finish: ${stdout}`);
}
