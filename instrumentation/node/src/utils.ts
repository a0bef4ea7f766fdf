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

const INTERNAL_FRAME = /[\\/]node_modules[\\/]|^node:|[\\/]instrumentation[\\/]node[\\/](dist|src)[\\/]/;
// "    at fn (/app/server.js:42:7)" or "    at /app/server.js:42:7"
const FRAME = /^\s*at (?:.*? \()?(.+?):(\d+):\d+\)?$/;

/**
 * Where the caller registered a middleware: the first stack frame outside node_modules,
 * Node itself and this package, relative to the working directory. Read from the
 * formatted stack so that source maps (TypeScript) apply. Called once per registration of
 * an anonymous function, never per request.
 */
export function registrationSite(cwd: string = process.cwd()): string | undefined {
  const stack = new Error().stack ?? '';
  for (const line of stack.split('\n').slice(1)) {
    const m = FRAME.exec(line);
    if (m === null) continue;
    let file = m[1];
    if (INTERNAL_FRAME.test(file)) continue;
    if (file.startsWith('file://')) file = new URL(file).pathname;
    const shown = file.startsWith(cwd + '/') ? file.slice(cwd.length + 1) : file;
    return `${shown}:${m[2]}`;
  }
  return undefined;
}

/** The function's own name, or undefined for an anonymous one ('' or `new Function`'s 'anonymous'). */
function ownName(fn: Function): string | undefined {
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

/** `<anonymous>@file:line` (or `<hook>@…`): where an anonymous function was registered. */
export function anonymousName(site: string | undefined, kind = 'anonymous'): string {
  return `<${kind}>@${site ?? 'unknown'}`;
}

/** The name of a middleware being registered now: its own, or where it is registered. */
export function nameAtRegistration(fn: Function): string {
  return middlewareName(fn, () => anonymousName(registrationSite()));
}

/** The registration site of an anonymous function, read now (at registration); undefined
 *  for a named one, which needs no stack walk. */
export function siteIfAnonymous(fn: Function): string | undefined {
  return ownName(fn) === undefined ? registrationSite() : undefined;
}
