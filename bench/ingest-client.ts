// The ingest benchmark's load generator (a second process): posts prepared OTLP protobuf
// batches to URL with CONCURRENCY requests in flight for SECONDS, then prints JSON.
import { traceBatch, metricBatch } from './payloads';

const url = process.env.URL!;
const seconds = Number(process.env.SECONDS ?? 10);
const concurrency = Number(process.env.CONCURRENCY ?? 4);
const spansPerBatch = Number(process.env.SPANS_PER_BATCH ?? 500);

async function main(): Promise<void> {
  // Distinct ids per batch, prepared ahead so the client measures the receiver, not itself.
  const batches = Array.from({ length: Number(process.env.BATCHES ?? 800) }, (_, i) => traceBatch(`svc-${i % 5}`, spansPerBatch));
  const metrics = Array.from({ length: 40 }, (_, i) => metricBatch(`svc-${i % 5}`));
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
        const body = isMetrics ? metrics[i % metrics.length] : batches[i];
        const t0 = performance.now();
        const res = await fetch(`${url}/v1/${isMetrics ? 'metrics' : 'traces'}`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-protobuf' },
          body: Buffer.from(body),
        });
        await res.arrayBuffer();
        latencies.push(performance.now() - t0);
        if (res.status !== 200) failures++;
        else if (!isMetrics) spans += spansPerBatch;
      }
    }),
  );
  const elapsed = (Date.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  process.stdout.write(
    JSON.stringify({ spansPerSecond: spans / elapsed, p99Ms: latencies[Math.floor(latencies.length * 0.99)], requests: latencies.length, failures }),
  );
}

void main();
