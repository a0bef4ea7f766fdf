// Wrapping a method that another instrumentation may wrap too. The instrumentation base's
// own _wrap first unwraps whatever already wraps the method: OpenTelemetry's koa
// instrumentation and Hopscope both wrap Koa.prototype.use, and with it only the one that
// wrapped last stayed. This wraps on top of what is there, so both run (the later one
// outermost); unwrapping takes Hopscope's layer out only while it is still the outermost.
type Target = Record<string, unknown>;

export function wrapOnTop<F extends Function>(target: object, name: string, wrapper: (original: F) => F): void {
  const t = target as Target;
  const original = t[name] as F;
  const wrapped = wrapper(original);
  Object.defineProperty(wrapped, '__original', { value: original, configurable: true });
  t[name] = wrapped;
}

export function unwrapOnTop(target: object, name: string): void {
  const t = target as Target;
  const current = t[name] as { __original?: unknown } | undefined;
  if (current?.__original !== undefined) t[name] = current.__original;
}
