// Builds the dashboard (next build) unless .next already holds a build of exactly the
// current sources: npm start and npm test both call ensureBuild().
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
// The contract's names come from the instrumentation package (built into its dist/).
const SOURCES = [
  'app',
  'components',
  'lib',
  'proxy.ts',
  'instrumentation.ts',
  'instrumentation/node/src/semconv.ts',
  'next.config.ts',
  'package-lock.json',
  'tsconfig.json',
];
const HASH_FILE = path.join(ROOT, '.next', 'hopscope-source-hash');

function sourceHash(): string {
  const hash = crypto.createHash('sha256');
  const visit = (p: string) => {
    const stat = fs.statSync(p, { throwIfNoEntry: false });
    if (stat === undefined) return;
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(p).sort()) visit(path.join(p, name));
    } else {
      hash.update(path.relative(ROOT, p)).update(fs.readFileSync(p));
    }
  };
  for (const s of SOURCES) visit(path.join(ROOT, s));
  return hash.digest('hex');
}

/** Builds the dashboard unless .next holds a build of exactly these sources. */
export function ensureBuild(): void {
  const hash = sourceHash();
  const built =
    fs.existsSync(path.join(ROOT, '.next', 'BUILD_ID')) &&
    fs.readFileSync(HASH_FILE, { encoding: 'utf8', flag: 'a+' }) === hash;
  if (built) return;
  console.log('[hopscope] building the dashboard (once per change, about a minute)…');
  execFileSync(path.join(ROOT, 'node_modules', '.bin', 'next'), ['build'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  fs.writeFileSync(HASH_FILE, hash);
}
