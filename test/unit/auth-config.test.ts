// HOPSCOPE_AUTH and its settings: each mistake stops the start with the setting's name,
// and the quick start refuses to serve a network without sign-in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { assertExposureAllowed, authConfigFromEnv, domainAllowed } from '../../lib/auth/config';

const LOCAL = {
  HOPSCOPE_AUTH: 'local',
  HOPSCOPE_URL: 'https://hopscope.example.com',
  HOPSCOPE_AUTH_SECRET: 's'.repeat(32),
};
const OIDC = {
  ...LOCAL,
  HOPSCOPE_AUTH: 'oidc',
  HOPSCOPE_OIDC_ISSUER: 'https://idp.example.com/',
  HOPSCOPE_OIDC_CLIENT_ID: 'hopscope',
  HOPSCOPE_OIDC_CLIENT_SECRET: 'shh',
  HOPSCOPE_OIDC_ALLOWED_DOMAINS: 'example.com, @Corp.example.org',
};

test('none is the default; every mode is read, and a bad one is named', () => {
  assert.equal(authConfigFromEnv({}).mode, 'none');
  assert.equal(authConfigFromEnv(LOCAL).mode, 'local');
  assert.throws(
    () => authConfigFromEnv({ HOPSCOPE_AUTH: 'ldap' }),
    /HOPSCOPE_AUTH must be one of none, local, oidc, proxy; got "ldap"/,
  );
});

test('each missing or malformed setting stops the start with its name', () => {
  const cases: [Record<string, string>, RegExp][] = [
    [{ ...LOCAL, HOPSCOPE_AUTH_SECRET: '' }, /HOPSCOPE_AUTH_SECRET is required with HOPSCOPE_AUTH=local/],
    [{ ...LOCAL, HOPSCOPE_AUTH_SECRET: 'short' }, /HOPSCOPE_AUTH_SECRET must be at least 32 characters/],
    [{ ...LOCAL, HOPSCOPE_URL: '' }, /HOPSCOPE_URL is required with HOPSCOPE_AUTH=local/],
    [{ ...LOCAL, HOPSCOPE_URL: 'ftp://x' }, /HOPSCOPE_URL must be an http\(s\) URL/],
    [
      { ...LOCAL, HOPSCOPE_ADMIN_EMAIL: 'admin', HOPSCOPE_ADMIN_PASSWORD: 'long enough pass' },
      /HOPSCOPE_ADMIN_EMAIL must be an e-mail address/,
    ],
    [{ ...LOCAL, HOPSCOPE_ADMIN_EMAIL: 'a@example.com' }, /HOPSCOPE_ADMIN_PASSWORD is required/],
    [
      { ...LOCAL, HOPSCOPE_ADMIN_EMAIL: 'a@example.com', HOPSCOPE_ADMIN_PASSWORD: 'short' },
      /HOPSCOPE_ADMIN_PASSWORD must be at least 12/,
    ],
    [
      { ...LOCAL, HOPSCOPE_ADMIN_PASSWORD: 'long enough pass' },
      /HOPSCOPE_ADMIN_PASSWORD is set without HOPSCOPE_ADMIN_EMAIL/,
    ],
    [{ ...OIDC, HOPSCOPE_OIDC_ISSUER: '' }, /HOPSCOPE_OIDC_ISSUER is required with HOPSCOPE_AUTH=oidc/],
    [{ ...OIDC, HOPSCOPE_OIDC_CLIENT_SECRET: '' }, /HOPSCOPE_OIDC_CLIENT_SECRET is required/],
    [{ ...OIDC, HOPSCOPE_OIDC_ALLOWED_DOMAINS: '' }, /HOPSCOPE_OIDC_ALLOWED_DOMAINS is required .*or \* for any/],
    [
      { ...OIDC, HOPSCOPE_OIDC_ALLOWED_DOMAINS: 'example.com,not a domain' },
      /HOPSCOPE_OIDC_ALLOWED_DOMAINS: "not a domain" is not a domain/,
    ],
    [{ HOPSCOPE_AUTH: 'proxy', HOPSCOPE_PROXY_HEADER: 'x user' }, /HOPSCOPE_PROXY_HEADER is not a header name/],
  ];
  for (const [env, message] of cases) assert.throws(() => authConfigFromEnv(env), message, JSON.stringify(env));
});

test('OpenID Connect settings are normalised; the domain list decides who may sign in', () => {
  const { oidc } = authConfigFromEnv(OIDC);
  assert.equal(oidc?.issuer, 'https://idp.example.com');
  assert.deepEqual(oidc?.allowedDomains, ['example.com', 'corp.example.org']);
  assert.equal(domainAllowed('Ann@Corp.Example.org', oidc!.allowedDomains), true);
  assert.equal(domainAllowed('ann@example.com.evil.test', oidc!.allowedDomains), false);
  assert.equal(domainAllowed('ann@sub.example.com', oidc!.allowedDomains), false);
  assert.equal(authConfigFromEnv({ ...OIDC, HOPSCOPE_OIDC_ALLOWED_DOMAINS: '*' }).oidc?.allowedDomains, null);
  // The proxy needs no secret: the proxy in front did the signing in.
  assert.equal(authConfigFromEnv({ HOPSCOPE_AUTH: 'proxy' }).proxyHeader, 'x-forwarded-email');
});

test('without sign-in, only loopback addresses are served', () => {
  const none = authConfigFromEnv({});
  for (const host of ['127.0.0.1', 'localhost', '::1']) assertExposureAllowed(host, none);
  assert.throws(
    () => assertExposureAllowed('0.0.0.0', none),
    /HOST=0\.0\.0\.0 would serve the dashboard without sign-in/,
  );
  assertExposureAllowed('0.0.0.0', authConfigFromEnv({ HOPSCOPE_AUTH: 'proxy' }));
  assertExposureAllowed('0.0.0.0', authConfigFromEnv(LOCAL));
});

test('npm start refuses HOST=0.0.0.0 without sign-in, before touching the store', () => {
  const root = path.resolve(__dirname, '..', '..');
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/start.ts', '--no-demo'], {
    cwd: root,
    env: { ...process.env, HOST: '0.0.0.0', HOPSCOPE_AUTH: '', DATABASE_URL: 'file:/nonexistent/dir/never.db' },
    encoding: 'utf8',
    timeout: 30_000,
  });
  assert.equal(run.status, 1);
  assert.match(
    run.stderr,
    /HOST=0\.0\.0\.0 would serve the dashboard without sign-in\. Set HOPSCOPE_AUTH=local or oidc/,
  );
});
