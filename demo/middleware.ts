// The demo shop's middleware stack, as a real team has it, in two versions:
//   before: authentication verifies the password hash synchronously (pbkdf2Sync blocks the
//           event loop) and the access log checks the file's size for rotation and
//           appends a JSON line, synchronously, on every request;
//   after:  the same middleware migrated: the hash runs on libuv's thread pool and the log
//           is buffered, then formatted and written asynchronously from a timer.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { NextFunction, Request, Response } from 'express';

export type DemoVersion = 'before' | 'after';

type Handler = (req: Request, res: Response, next: NextFunction) => void | Promise<void>;

const pbkdf2 = promisify(crypto.pbkdf2);
// Iterations chosen so one verification costs a few milliseconds, as real password
// hashing does (production settings cost far more).
const HASH_ITERATIONS = 6000;
const SALT = 'demo-salt';
const PASSWORD_HASH = crypto.pbkdf2Sync('correct horse', SALT, HASH_ITERATIONS, 32, 'sha256');
// In the folder the demo runner made for this phase (it removes it), else the system's.
export const LOG_FILE = path.join(process.env.DEMO_LOG_DIR ?? os.tmpdir(), `hopscope-demo-access-${process.pid}.log`);

/** Removes the access log and its rotated copy: a demo leaves nothing behind. */
export function removeLogs(): void {
  for (const f of [LOG_FILE, `${LOG_FILE}.1`]) fs.rmSync(f, { force: true });
}

export function requestId(): Handler {
  let seq = 0;
  return function requestId(req, res, next) {
    const id = req.get('x-request-id') ?? `req-${process.pid}-${++seq}`;
    res.setHeader('x-request-id', id);
    next();
  };
}

// A log rotated at this size; the naive version checks the size before every line.
const LOG_ROTATE_BYTES = 10 * 1024 * 1024;

export function accessLog(version: DemoVersion): Handler {
  if (version === 'before') {
    return function accessLog(req, _res, next) {
      // One JSON line per request, the size checked for rotation and the line appended,
      // all synchronously on the request's path.
      const line = JSON.stringify({
        time: new Date().toISOString(),
        method: req.method,
        url: req.originalUrl,
        headers: req.headers,
      });
      if (fs.existsSync(LOG_FILE) && fs.statSync(LOG_FILE).size > LOG_ROTATE_BYTES)
        fs.renameSync(LOG_FILE, `${LOG_FILE}.1`);
      fs.appendFileSync(LOG_FILE, `${line}\n`);
      next();
    };
  }
  // The same lines, formatted and written from a timer, off the request's path; the
  // rotation check is made once per flush. Inline only when a burst fills the buffer.
  let buffer: { time: number; method: string; url: string; headers: Request['headers'] }[] = [];
  const flush = () => {
    if (buffer.length === 0) return;
    const lines = buffer.map((e) => `${JSON.stringify({ ...e, time: new Date(e.time).toISOString() })}\n`).join('');
    buffer = [];
    fs.promises
      .stat(LOG_FILE)
      .then(
        (st) => (st.size > LOG_ROTATE_BYTES ? fs.promises.rename(LOG_FILE, `${LOG_FILE}.1`) : undefined),
        () => undefined,
      )
      .then(() => fs.promises.appendFile(LOG_FILE, lines))
      .catch(() => undefined);
  };
  setInterval(flush, 100).unref();
  return function accessLog(req, _res, next) {
    buffer.push({ time: Date.now(), method: req.method, url: req.originalUrl, headers: req.headers });
    if (buffer.length >= 1024) flush();
    next();
  };
}

export function securityHeaders(): Handler {
  return function securityHeaders(_req, res, next) {
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('x-frame-options', 'DENY');
    res.setHeader('referrer-policy', 'no-referrer');
    next();
  };
}

/** Sessions live in an async store (a stand-in for Redis): one I/O round trip per lookup. */
export function sessionLookup(): Handler {
  const store = new Map<string, { user: string }>([['s1', { user: 'alice' }]]);
  return async function sessionLookup(req, _res, next) {
    const sid = req.get('x-session') ?? 's1';
    const session = await new Promise<{ user: string } | undefined>((resolve) =>
      setTimeout(() => resolve(store.get(sid)), 1),
    );
    (req as Request & { session?: { user: string } }).session = session;
    next();
  };
}

export function authenticate(version: DemoVersion): Handler {
  const check = (hash: Buffer) => crypto.timingSafeEqual(hash, PASSWORD_HASH);
  if (version === 'before') {
    return function authenticate(req, res, next) {
      const password = req.get('x-password') ?? 'correct horse';
      if (!check(crypto.pbkdf2Sync(password, SALT, HASH_ITERATIONS, 32, 'sha256'))) {
        res.status(401).json({ error: 'unauthorized' });
        return;
      }
      next();
    };
  }
  return async function authenticate(req, res, next) {
    const password = req.get('x-password') ?? 'correct horse';
    if (!check(await pbkdf2(password, SALT, HASH_ITERATIONS, 32, 'sha256'))) {
      res.status(401).json({ error: 'unauthorized' });
      return;
    }
    next();
  };
}

export function rateLimit(limitPerSecond: number): Handler {
  const windows = new Map<string, { second: number; count: number }>();
  return function rateLimit(req, res, next) {
    const key = req.ip ?? 'unknown';
    const second = Math.floor(Date.now() / 1000);
    const w = windows.get(key);
    if (w === undefined || w.second !== second) windows.set(key, { second, count: 1 });
    else if (++w.count > limitPerSecond) {
      res.status(429).json({ error: 'rate limited' });
      return;
    }
    next();
  };
}
