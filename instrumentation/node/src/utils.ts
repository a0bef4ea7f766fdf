// Pure helpers: names, error types, span times. No state.
import type { HrTime } from '@opentelemetry/api';
import { millisToHrTime } from '@opentelemetry/core';
import { performance } from 'node:perf_hooks';

const TIME_ORIGIN = performance.timeOrigin;

/**
 * How far the wall clock is from timeOrigin + performance.now(): the monotonic clock drifts
 * from it in a long-running process. Measured once per traced request, so that all its
 * spans shift alike (the SDK measures it per span, to the millisecond of Date.now()).
 */
export function clockOffset(): number {
  return Date.now() - (TIME_ORIGIN + performance.now());
}

/** A performance.now() instant as the SDK's HrTime, which it takes as is (no clock read, no conversion). */
export function hrTimeAt(perfNow: number, offset: number): HrTime {
  return millisToHrTime(TIME_ORIGIN + perfNow + offset);
}

/** error.type per OpenTelemetry's semantic conventions: the class name, or the value's type. */
export function errorTypeOf(err: unknown): string {
  if (err instanceof Error) return err.name && err.name !== 'Error' ? err.name : err.constructor?.name || 'Error';
  if (err === null) return 'null';
  return typeof err === 'object' ? (err.constructor?.name ?? 'object') : typeof err;
}

// Frames that never say where a middleware comes from: Node, this package, and the
// frameworks' own code and what they load plugins and modules through.
const INTERNAL_FRAME = /^node:|[\\/]instrumentation[\\/]node[\\/](dist|src)[\\/]/;
const FRAMEWORK_PACKAGES = new Set([
  'express',
  'router',
  'connect',
  'koa',
  'koa-compose',
  '@koa/router',
  'koa-router',
  'fastify',
  'avvio',
  'fastify-plugin',
  'find-my-way',
  '@hapi/hapi',
  '@hopscope/instrumentation',
  '@opentelemetry/instrumentation',
  'require-in-the-middle',
  'import-in-the-middle',
  'tsx',
]);
// The innermost package of a path: node_modules/@scope/name/… or node_modules/name/….
const PACKAGE = /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/](?!.*[\\/]node_modules[\\/])/;
// "    at fn (/app/server.js:42:7)" or "    at /app/server.js:42:7"
const FRAME = /^\s*at (?:.*? \()?(.+?):(\d+):\d+\)?$/;

/**
 * Where the caller registered a middleware: the innermost stack frame outside Node, this
 * package and the frameworks, as `file:line` relative to the working directory, or as
 * `(package)` when that frame is in a package (a plugin that adds its own hooks, such as
 * @fastify/compress). Read from the formatted stack so that source maps (TypeScript)
 * apply. Called once per registration of an anonymous function, never per request.
 */
export function registrationSite(cwd: string = process.cwd()): string | undefined {
  return siteIn(new Error().stack ?? '', cwd);
}

/**
 * The registration site as registrationSite() would read it now, for later: the stack is
 * captured now (cheap; V8 formats it on first read) and read only if asked, which for a
 * named middleware is only when another function already has its name (registry.ts).
 */
export function siteLater(): () => string | undefined {
  const holder: { stack?: string } = {};
  Error.captureStackTrace(holder, siteLater);
  const cwd = process.cwd();
  let site: string | undefined | null = null;
  return () => (site === null ? (site = siteIn(holder.stack ?? '', cwd)) : site);
}

function siteIn(stack: string, cwd: string): string | undefined {
  for (const line of stack.split('\n').slice(1)) {
    const m = FRAME.exec(line);
    if (m === null) continue;
    let file = m[1];
    if (INTERNAL_FRAME.test(file)) continue;
    const pkg = PACKAGE.exec(file)?.[1].replace('\\', '/');
    if (pkg !== undefined) {
      if (FRAMEWORK_PACKAGES.has(pkg)) continue;
      return `(${pkg})`;
    }
    if (file.startsWith('file://')) file = new URL(file).pathname;
    const shown = file.startsWith(cwd + '/') ? file.slice(cwd.length + 1) : file;
    return `${shown}:${m[2]}`;
  }
  return undefined;
}

/** A site from registrationSite() that is a package's, not a line of the app's. */
export function isPackageSite(site: string | undefined): boolean {
  return site !== undefined && site.startsWith('(');
}

/** A name told apart by its site: `authenticate@app.js:43`, or `handler (@fastify/passport)`. */
export function nameAt(name: string, site: string): string {
  return isPackageSite(site) ? `${name} ${site}` : `${name}@${site}`;
}

/**
 * The name a function goes by: the one its package gave it (`_name`, Koa's convention, as
 * koa-helmet sets "helmet" on a function called `middleware`; or `displayName`), else its
 * own; undefined for an anonymous one ('' or `new Function`'s 'anonymous').
 */
function ownName(fn: Function): string | undefined {
  const given = (fn as { _name?: unknown })._name ?? (fn as { displayName?: unknown }).displayName;
  if (typeof given === 'string' && given !== '') return given;
  const name = fn.name.startsWith('bound ') ? fn.name.slice(6) : fn.name;
  return name === '' || name === 'anonymous' ? undefined : name;
}

/**
 * A middleware's display name, the one rule every framework patch uses: the function's
 * own name, or for an anonymous one `anonymousAs`, a name that stays the same across
 * restarts (see anonymousName).
 */
export function middlewareName(fn: Function, anonymousAs: () => string): string {
  return ownName(fn) ?? anonymousAs();
}

/** `<anonymous>@file:line` (or `<hook>@…`, `<hook> (package)`): where an anonymous function was registered. */
export function anonymousName(site: string | undefined, kind = 'anonymous'): string {
  return nameAt(`<${kind}>`, site ?? 'unknown');
}

/**
 * A step's name where plugins add steps themselves (Fastify's hooks, Hapi's extensions):
 * its function's own name, or for an anonymous one its kind and where it was added. A
 * plugin's steps carry the plugin's package, since plugins name steps for what they are
 * (`onSend (@fastify/compress)`); so does an app's own step named only that way (a name in
 * `generic`: `handler@app.js:37`).
 */
export function stepName(fn: Function, kind: string, site: string | undefined, generic: ReadonlySet<string>): string {
  const own = ownName(fn);
  if (own === undefined) return anonymousName(site, kind);
  return site !== undefined && (isPackageSite(site) || generic.has(own)) ? nameAt(own, site) : own;
}

/** The name of a middleware being registered now: its own, or where it is registered. */
export function nameAtRegistration(fn: Function): string {
  return middlewareName(fn, () => anonymousName(registrationSite()));
}
