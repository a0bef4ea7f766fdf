// Reading decoded OTLP messages without trusting them. A message is either a protobufjs
// instance (bytes as Uint8Array, 64-bit integers as Long) or parsed OTLP JSON (hex ids,
// 64-bit integers as strings or numbers); every reader here accepts both, and answers
// undefined rather than throwing when a field is missing or of the wrong type.

export type Loose = Record<string, unknown>;
export type AttrValue = string | number | boolean;
export type Attributes = Map<string, AttrValue>;

const has = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

export function obj(v: unknown): Loose | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Uint8Array)
    ? (v as Loose)
    : undefined;
}

export function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

export function str(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

type LongLike = { low: number; high: number; toNumber(): number };

/** A finite number from a number, a decimal string or a protobufjs Long; else undefined. */
export function num(v: unknown): number | undefined {
  let n: number;
  if (typeof v === 'number') n = v;
  else if (typeof v === 'string' && v.trim() !== '') n = Number(v);
  else if (v !== null && typeof v === 'object' && typeof (v as LongLike).toNumber === 'function')
    n = (v as LongLike).toNumber();
  else return undefined;
  return Number.isFinite(n) ? n : undefined;
}

const HEX = /^[0-9a-f]+$/;

/** A trace or span id as lowercase hex, or undefined when absent, all zero or malformed. */
export function idHex(v: unknown, bytes: 8 | 16): string | undefined {
  let hex: string | undefined;
  if (v instanceof Uint8Array)
    hex = v.byteLength === bytes ? Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('hex') : undefined;
  else if (typeof v === 'string') {
    const lower = v.toLowerCase();
    hex = lower.length === bytes * 2 && HEX.test(lower) ? lower : undefined;
  }
  return hex === undefined || /^0+$/.test(hex) ? undefined : hex;
}

/** A scalar AnyValue (string, int, double, bool) as an attribute value; undefined for others. */
export function anyValue(v: unknown): AttrValue | undefined {
  const o = obj(v);
  if (o === undefined) return undefined;
  if (has(o, 'stringValue')) return str(o.stringValue);
  if (has(o, 'intValue')) return num(o.intValue);
  if (has(o, 'doubleValue')) return num(o.doubleValue);
  if (has(o, 'boolValue')) return typeof o.boolValue === 'boolean' ? o.boolValue : undefined;
  return undefined; // arrays, maps and bytes carry nothing Hopscope reads
}

export function attributes(v: unknown): Attributes {
  const out: Attributes = new Map();
  for (const kv of list(v)) {
    const o = obj(kv);
    const key = o && str(o.key);
    if (key === undefined) continue;
    const value = anyValue(o!.value);
    if (value !== undefined) out.set(key, value);
  }
  return out;
}

export function attrStr(a: Attributes, key: string): string | undefined {
  const v = a.get(key);
  return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;
}

export function attrNum(a: Attributes, key: string): number | undefined {
  const v = a.get(key);
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

/** Nanoseconds since the epoch (fixed64) to milliseconds. */
export function nanosToMs(v: unknown): number | undefined {
  const n = num(v);
  return n === undefined || n <= 0 ? undefined : n / 1e6;
}
