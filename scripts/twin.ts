// A twin of this checkout whose node_modules another Node line installed: native addons
// (better-sqlite3) are built for one Node ABI, so the dashboard cannot run on Node 24 from
// the node_modules Node 20 built. npm test runs the dashboard's suite again in the twin,
// on that line, as a user who installed with it would run it.
//
// The twin lives in .twins/node-<line>: the checkout's files (tracked and new, not the
// ignored ones) copied over when they changed, `npm ci` run there on that line with its
// own headers (npm_config_nodedir: nothing is downloaded from nodejs.org), again only
// when package-lock.json changed. The Django environments and the Node lines are shared
// with the checkout (symbolic links), since nothing in them depends on the Node running.
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ensureNodeLine, type NodeLine } from './node-lines';

const ROOT = path.resolve(__dirname, '..');
const SHARED = ['.venv', '.nodes'];

export type Twin = { root: string; node: string; env: NodeJS.ProcessEnv };

/** The files of the checkout as git sees them: tracked, or new and not ignored. */
function checkoutFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return out.split('\0').filter((f) => f !== '' && fs.existsSync(path.join(ROOT, f)));
}

/** Copies what changed since the last sync and removes what the checkout no longer has. */
function sync(root: string): void {
  const manifest = path.join(root, '.twin-files');
  const before = new Set(fs.existsSync(manifest) ? fs.readFileSync(manifest, 'utf8').split('\n').filter(Boolean) : []);
  const files = checkoutFiles();
  for (const f of files) {
    before.delete(f);
    const from = path.join(ROOT, f);
    const to = path.join(root, f);
    const a = fs.statSync(from);
    const b = fs.statSync(to, { throwIfNoEntry: false });
    if (b !== undefined && b.size === a.size && b.mtimeMs === a.mtimeMs) continue;
    fs.mkdirSync(path.dirname(to), { recursive: true });
    fs.copyFileSync(from, to);
    fs.utimesSync(to, a.atime, a.mtime);
    fs.chmodSync(to, a.mode);
  }
  for (const gone of before) fs.rmSync(path.join(root, gone), { force: true });
  fs.writeFileSync(manifest, files.join('\n'));
}

/** The twin for `line`, synced and installed; `env` puts that line's node and npm first on PATH. */
export function ensureTwin(line: NodeLine, log: (s: string) => void = console.log): Twin {
  const node = ensureNodeLine(line, log);
  const nodeDir = path.dirname(path.dirname(node));
  const root = path.join(ROOT, '.twins', `node-${line}`);
  fs.mkdirSync(root, { recursive: true });
  sync(root);
  for (const dir of SHARED) {
    const link = path.join(root, dir);
    if (!fs.existsSync(link) && fs.existsSync(path.join(ROOT, dir))) fs.symlinkSync(path.join(ROOT, dir), link);
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PATH: `${path.join(nodeDir, 'bin')}${path.delimiter}${process.env.PATH ?? ''}`,
    npm_config_nodedir: nodeDir,
  };
  const lock = crypto
    .createHash('sha256')
    .update(fs.readFileSync(path.join(root, 'package-lock.json')))
    .update(node)
    .digest('hex');
  const stamp = path.join(root, 'node_modules', '.hopscope-installed');
  if (!fs.existsSync(stamp) || fs.readFileSync(stamp, 'utf8') !== lock) {
    log(`[twin] npm ci in ${path.relative(ROOT, root)} with Node ${line} (native modules built against its headers)…`);
    // npm itself is the checkout's (the registry's node packages ship node alone); on PATH
    // after the line's node, it runs on that node, and so do the install scripts.
    execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
    fs.writeFileSync(stamp, lock);
  }
  return { root, node, env };
}
