import type { NextConfig } from 'next';

const config: NextConfig = {
  // Native and driver packages load at run time from node_modules, not from the bundle.
  serverExternalPackages: [
    'better-sqlite3',
    '@prisma/adapter-better-sqlite3',
    '@prisma/adapter-pg',
    'pg',
    '@prisma/client',
  ],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default config;
