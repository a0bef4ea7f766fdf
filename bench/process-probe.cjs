// Preloaded into a process a soak run watches (NODE_OPTIONS=--require): every
// PROBE_INTERVAL_MS (default 5000) its main thread appends one JSON line to PROBE_FILE, with
// its memory and the event loop's delay since the line before (perf_hooks' histogram,
// sampled every 10 ms). Plain CommonJS, so it loads before anything
// else in any Node process, tsx or not. Read by bench/soak.ts.
const fs = require('node:fs');
const { monitorEventLoopDelay } = require('node:perf_hooks');
const { isMainThread } = require('node:worker_threads');

const file = process.env.PROBE_FILE;
if (isMainThread && file) {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const ms = (ns) => Math.round(ns / 1e4) / 100;
  setInterval(
    () => {
      const m = process.memoryUsage();
      const line = {
        t: Date.now(),
        pid: process.pid,
        rssMb: Math.round(m.rss / 1048576),
        heapMb: Math.round(m.heapUsed / 1048576),
        loopP99Ms: ms(delay.percentile(99)),
        loopMaxMs: ms(delay.max),
      };
      delay.reset();
      fs.appendFileSync(file, JSON.stringify(line) + '\n');
    },
    Number(process.env.PROBE_INTERVAL_MS ?? 5000),
  ).unref();
}
