// Lint for the whole TypeScript tree (npm run lint, part of npm test): Next.js's rules
// (core web vitals, and its TypeScript set: typescript-eslint's recommended), then
// eslint-config-prettier, so that formatting is Prettier's alone.
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import prettier from 'eslint-config-prettier/flat';
import { defineConfig, globalIgnores } from 'eslint/config';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // Middleware keep their arity (Express tells error handlers by it); an unused
      // parameter or a property left out of a rest copy says so with a leading _.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // The Node package wraps functions it knows nothing of: `Function` is the type of what
    // it is handed, and a wrapper hands its call on with `fn.apply(this, arguments)`, which
    // V8 does without making an array (rest parameters make one per call, on the hot path).
    files: ['instrumentation/node/src/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-function-type': 'off', 'prefer-rest-params': 'off' },
  },
  {
    // CommonJS on purpose: a preload for NODE_OPTIONS, a fixture app of Express 4's era.
    files: ['**/*.cjs', 'test/express4/**/*.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
  globalIgnores([
    '.next/**',
    '**/dist/**',
    'lib/db/generated/**',
    'lib/otlp/generated/**',
    '.venv/**',
    '.nodes/**',
    '.twins/**',
    'instrumentation/python/**',
    'next-env.d.ts',
    'test-artifacts/**',
    'data/**',
  ]),
]);
