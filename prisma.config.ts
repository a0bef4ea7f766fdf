// Prisma CLI configuration. The JavaScript schema engine (engine: 'js') runs migrations
// through the same driver adapters as the app, so no native engine is downloaded.
import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { storeFromUrl, databaseUrl } from './lib/db/url';
import { migrationAdapter } from './lib/db/prisma-adapters';

const store = storeFromUrl(databaseUrl());

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join('prisma', store.provider === 'sqlite' ? 'schema.prisma' : 'postgresql/schema.prisma'),
  migrations: { path: path.join('prisma', 'migrations', store.provider) },
  adapter: async () => migrationAdapter(store),
});
