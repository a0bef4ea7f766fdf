// Which store DATABASE_URL names. SQLite is the embedded default; PostgreSQL is for
// production. Anything else is refused with a message, never guessed.
import path from 'node:path';

export const DEFAULT_DATABASE_URL = 'file:./data/hopscope.db';

export type Store = { provider: 'sqlite'; url: string; file: string } | { provider: 'postgresql'; url: string };

export type Provider = Store['provider'];

export function databaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.DATABASE_URL && env.DATABASE_URL.trim() !== '' ? env.DATABASE_URL.trim() : DEFAULT_DATABASE_URL;
}

export function storeFromUrl(url: string): Store {
  if (url.startsWith('file:')) {
    const file = path.resolve(url.slice('file:'.length).split('?')[0]);
    return { provider: 'sqlite', url: `file:${file}`, file };
  }
  if (url.startsWith('postgresql://') || url.startsWith('postgres://')) {
    return { provider: 'postgresql', url };
  }
  throw new Error(
    `DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL); got "${url.split(':')[0]}:…"`,
  );
}
