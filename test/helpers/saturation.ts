// Ground truth for ceilings: a service driven to saturation by a load generator in a
// process of its own, pinned to a core the service is told to leave alone or share, and
// the throughput it measured (requests completed over the run).
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const ROOT = path.resolve(__dirname, '..', '..');
const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'saturation-service.ts');
const AUTOCANNON = path.join(ROOT, 'node_modules', 'autocannon', 'autocannon.js');
const run = promisify(execFile);

export type SaturationService = { url: string; stop(): Promise<void> };

/** `cpus`: the cores the service may run on (taskset's list), all of them when absent;
 *  `nodeBinary`: the Node that runs it. */
export async function startSaturationService(env: Record<string, string>, cpus?: string, nodeBinary = process.execPath): Promise<SaturationService> {
  const node = [nodeBinary, '--import', 'tsx', FIXTURE];
  const [cmd, ...args] = cpus === undefined ? node : ['taskset', '-c', cpus, ...node];
  const child: ChildProcess = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      if (out.includes('\n')) resolve(Number(out.trim()));
    });
    child.once('exit', (code) => reject(new Error(`saturation service exited (${code}) before listening`)));
  });
  return {
    url: `http://127.0.0.1:${port}/work`,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Requests/s the service completed under `connections` concurrent clients for `seconds`,
 *  the load generator pinned to `cpus`. */
export async function saturate(url: string, o: { seconds: number; connections: number; cpus: string }): Promise<number> {
  const { stdout } = await run('taskset', ['-c', o.cpus, process.execPath, AUTOCANNON, '-j', '-c', String(o.connections), '-d', String(o.seconds), url], {
    maxBuffer: 16 * 1024 * 1024,
    timeout: (o.seconds + 30) * 1000,
  });
  const result = JSON.parse(stdout) as { requests: { total: number }; duration: number; non2xx: number; errors: number };
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`load run failed: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return result.requests.total / result.duration;
}
