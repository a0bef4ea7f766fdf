// The ingest benchmark's load generator (a second process): posts prepared OTLP protobuf
// batches to URL with CONCURRENCY requests in flight for SECONDS, then prints JSON.
import http from 'node:http';
import { traceBatch, metricBatch } from './payloads';
import { postProtobuf } from './post';

const url = new URL(process.env.URL!);
const seconds = Number(process.env.SECONDS ?? 10);
const concurrency = Number(process.env.CONCURRENCY ?? 4);
const spansPerBatch = Number(process.env.SPANS_PER_BATCH ?? 500);
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });

const post = (path: string, body: Buffer) => postProtobuf(url, agent, path, body);

async function main(): Promise<void> {
  // Distinct ids per batch, prepared ahead so the client measures the receiver, not itself.
  const batches = Array.from({ length: Number(process.env.BATCHES ?? 1200) }, (_, i) =>
    Buffer.from(traceBatch(`svc-${i % 5}`, spansPerBatch)),
  );
  // Every tenth request is one instance's metric export, each a different instance of the
  // five services, so every one is merged into the rollups (none is a replay).
  const metrics = Array.from({ length: Math.ceil(batches.length / 10) }, (_, i) =>
    Buffer.from(metricBatch(`svc-${i % 5}`)),
  );
  const latencies: number[] = [];
  let spans = 0;
  let next = 0;
  let failures = 0;
  const deadline = Date.now() + seconds * 1000;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < deadline && next < batches.length) {
        const i = next++;
        const isMetrics = i % 10 === 9;
        const t0 = performance.now();
        const status = await post(
          `/v1/${isMetrics ? 'metrics' : 'traces'}`,
          isMetrics ? metrics[Math.floor(i / 10)] : batches[i],
        );
        latencies.push(performance.now() - t0);
        if (status !== 200) failures++;
        else if (!isMetrics) spans += spansPerBatch;
      }
    }),
  );
  const elapsed = (Date.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  process.stdout.write(
    JSON.stringify({
      spansPerSecond: spans / elapsed,
      p99Ms: latencies[Math.floor(latencies.length * 0.99)],
      requests: latencies.length,
      failures,
    }),
  );
}

void main();
