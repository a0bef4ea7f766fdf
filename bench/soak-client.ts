// The soak run's load (bench/soak.ts), in a process of its own: SERVICES services, each an
// instance sending SPANS_PER_SECOND ÷ SERVICES spans a second in batches of 500 and its
// metrics every 10 s, as Hopscope's producer does, for SECONDS. Open loop: batches leave on
// a clock whether or not earlier ones were answered (a fleet does not wait for the
// dashboard). A batch that is not acknowledged (the dashboard killed, 503, 429) is sent
// again, the same bytes, until it is: the producer's retry. Every WINDOW_SECONDS one JSON
// line: what was acknowledged, ingest latency (the acknowledged attempt), retries; at the
// end, once nothing is in flight, the totals.
import crypto from 'node:crypto';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { CALLS_PER_METRIC_BATCH, metricBatch, traceBatches } from './payloads';
import { postProtobuf } from './post';

const url = new URL(process.env.URL!);
const seconds = Number(process.env.SECONDS ?? 60);
const spansPerSecond = Number(process.env.SPANS_PER_SECOND ?? 20_000);
const services = Number(process.env.SERVICES ?? 50);
const windowSeconds = Number(process.env.WINDOW_SECONDS ?? 30);
const SPANS_PER_BATCH = 500;
const METRIC_INTERVAL_MS = 10_000;
const RETRY_MS = 250;
// A batch still not acknowledged after this long is given up and counted: the run says so
// rather than waiting for a dashboard that will not come back.
const GIVE_UP_MS = 120_000;
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

export type SoakWindow = {
  t: number;
  spanBatches: number;
  metricBatches: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  retries: number;
  refused: number;
  inFlight: number;
};
export type SoakTotals = {
  done: true;
  spanBatches: number;
  metricBatches: number;
  callsSent: number;
  refused: number;
  retries: number;
  abandoned: number;
};

const post = (path: string, body: Buffer) => postProtobuf(url, agent, path, body);

let window = { spanBatches: 0, metricBatches: 0, latencies: [] as number[], retries: 0, refused: 0 };
const totals: SoakTotals = {
  done: true,
  spanBatches: 0,
  metricBatches: 0,
  callsSent: 0,
  refused: 0,
  retries: 0,
  abandoned: 0,
};
let inFlight = 0;

/** Sends until acknowledged (or GIVE_UP_MS); a 4xx other than 429 is a refusal for good, counted. */
async function deliver(path: string, body: Buffer): Promise<boolean> {
  inFlight++;
  const first = performance.now();
  try {
    for (;;) {
      const t0 = performance.now();
      const status = await post(path, body);
      if (status === 200) {
        window.latencies.push(performance.now() - t0);
        return true;
      }
      if (status >= 400 && status < 500 && status !== 429) {
        window.refused++;
        totals.refused++;
        return false;
      }
      if (performance.now() - first > GIVE_UP_MS) {
        totals.abandoned++;
        return false;
      }
      window.retries++;
      totals.retries++;
      await new Promise((r) => setTimeout(r, RETRY_MS));
    }
  } finally {
    inFlight--;
  }
}

function flushWindow(): void {
  const l = window.latencies.sort((a, b) => a - b);
  const at = (q: number) => Math.round((l[Math.min(l.length - 1, Math.floor(l.length * q))] ?? 0) * 10) / 10;
  const line: SoakWindow = {
    t: Date.now(),
    spanBatches: window.spanBatches,
    metricBatches: window.metricBatches,
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    maxMs: at(1),
    retries: window.retries,
    refused: window.refused,
    inFlight,
  };
  process.stdout.write(JSON.stringify(line) + '\n');
  window = { spanBatches: 0, metricBatches: 0, latencies: [], retries: 0, refused: 0 };
}

async function main(): Promise<void> {
  const names = Array.from({ length: services }, (_, i) => `soak-${String(i).padStart(3, '0')}`);
  const instances = names.map(() => crypto.randomUUID());
  const traces = names.map((n) => traceBatches(n, SPANS_PER_BATCH));
  const end = Date.now() + seconds * 1000;
  const timers: NodeJS.Timeout[] = [];
  // Span batches round-robin over the services, evenly spaced.
  let turn = 0;
  timers.push(
    setInterval(
      () => {
        const s = turn++ % services;
        void deliver('/v1/traces', traces[s](Date.now())).then(
          (ok) => ok && (window.spanBatches++, totals.spanBatches++),
        );
      },
      (1000 * SPANS_PER_BATCH) / spansPerSecond,
    ),
  );
  // Each service's metrics every 10 s, the services staggered over the interval.
  names.forEach((name, s) => {
    const start = setTimeout(
      () => {
        const send = () => {
          const body = Buffer.from(metricBatch(name, instances[s], Date.now()));
          void deliver('/v1/metrics', body).then(
            (ok) =>
              ok && (window.metricBatches++, totals.metricBatches++, (totals.callsSent += CALLS_PER_METRIC_BATCH)),
          );
        };
        send();
        timers.push(setInterval(send, METRIC_INTERVAL_MS));
      },
      (METRIC_INTERVAL_MS * s) / services,
    );
    timers.push(start);
  });
  timers.push(setInterval(flushWindow, windowSeconds * 1000));
  await new Promise((r) => setTimeout(r, end - Date.now()));
  for (const t of timers) clearInterval(t);
  // Every batch sent is acknowledged (or refused for good) before the totals.
  while (inFlight > 0) await new Promise((r) => setTimeout(r, 50));
  flushWindow();
  agent.destroy();
  process.stdout.write(JSON.stringify(totals) + '\n');
}

void main();
