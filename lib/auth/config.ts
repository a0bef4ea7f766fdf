// Who may read the dashboard, from the environment (README, "Sign-in"). Read once per
// process; a setting that is missing or malformed stops the start with its name.
//   none   no sign-in: the loopback default (scripts/start.ts refuses it on other addresses)
//   local  accounts with passwords, created by an administrator
//   oidc   single sign-on with an OpenID Connect provider (and local accounts beside it)
//   proxy  an authenticating proxy in front (oauth2-proxy, …) names the user in a header

export const AUTH_MODES = ['none', 'local', 'oidc', 'proxy'] as const;
export type AuthMode = (typeof AUTH_MODES)[number];

export type OidcSettings = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Lower-case domains whose addresses may sign in; null when HOPSCOPE_OIDC_ALLOWED_DOMAINS is "*". */
  allowedDomains: string[] | null;
  /** The sign-in button's label. */
  name: string;
};

export type AuthConfig = {
  mode: AuthMode;
  /** Signs session cookies and the OpenID Connect state (local and oidc). */
  secret: string | null;
  /** The dashboard's public address (cookies, redirects, allowed origins); local and oidc only. */
  baseUrl: string | null;
  /** The administrator created (local) or recognised (oidc, proxy) at start. */
  admin: { email: string; password: string | null } | null;
  oidc: OidcSettings | null;
  /** proxy: the header carrying the signed-in user's e-mail address. */
  proxyHeader: string;
};

export class AuthConfigError extends Error {}

type Env = Record<string, string | undefined>;

const MIN_SECRET = 32;
export const MIN_PASSWORD = 12;

function read(env: Env, name: string): string | null {
  const v = env[name]?.trim();
  return v === undefined || v === '' ? null : v;
}

function required(env: Env, name: string, why: string): string {
  const v = read(env, name);
  if (v === null) throw new AuthConfigError(`${name} is required ${why}`);
  return v;
}

function httpUrl(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new AuthConfigError(`${name} must be an http(s) URL; got "${value}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new AuthConfigError(`${name} must be an http(s) URL; got "${value}"`);
  return value.replace(/\/+$/, '');
}

function email(name: string, value: string): string {
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value))
    throw new AuthConfigError(`${name} must be an e-mail address; got "${value}"`);
  return value.toLowerCase();
}

function domains(value: string): string[] | null {
  if (value === '*') return null;
  const list = value
    .split(',')
    .map((d) => d.trim().toLowerCase().replace(/^@/, ''))
    .filter((d) => d !== '');
  for (const d of list) {
    if (!/^[a-z0-9.-]+\.[a-z]{2,}$/.test(d))
      throw new AuthConfigError(
        `HOPSCOPE_OIDC_ALLOWED_DOMAINS: "${d}" is not a domain (a comma-separated list, or * for any)`,
      );
  }
  return list;
}

export function authConfigFromEnv(env: Env = process.env): AuthConfig {
  const raw = (read(env, 'HOPSCOPE_AUTH') ?? 'none').toLowerCase();
  if (!(AUTH_MODES as readonly string[]).includes(raw)) {
    throw new AuthConfigError(`HOPSCOPE_AUTH must be one of ${AUTH_MODES.join(', ')}; got "${raw}"`);
  }
  const mode = raw as AuthMode;
  const config: AuthConfig = {
    mode,
    secret: null,
    baseUrl: null,
    admin: null,
    oidc: null,
    proxyHeader: 'x-forwarded-email',
  };
  if (mode === 'none') return config;

  const baseUrl = read(env, 'HOPSCOPE_URL');
  config.baseUrl = baseUrl === null ? null : httpUrl('HOPSCOPE_URL', baseUrl);
  const adminEmail = read(env, 'HOPSCOPE_ADMIN_EMAIL');
  const adminPassword = read(env, 'HOPSCOPE_ADMIN_PASSWORD');
  if (adminPassword !== null && adminEmail === null)
    throw new AuthConfigError('HOPSCOPE_ADMIN_PASSWORD is set without HOPSCOPE_ADMIN_EMAIL');
  if (adminPassword !== null && adminPassword.length < MIN_PASSWORD) {
    throw new AuthConfigError(`HOPSCOPE_ADMIN_PASSWORD must be at least ${MIN_PASSWORD} characters`);
  }
  if (adminEmail !== null) config.admin = { email: email('HOPSCOPE_ADMIN_EMAIL', adminEmail), password: adminPassword };

  if (mode === 'proxy') {
    config.proxyHeader = (read(env, 'HOPSCOPE_PROXY_HEADER') ?? config.proxyHeader).toLowerCase();
    if (!/^[a-z0-9-]+$/.test(config.proxyHeader))
      throw new AuthConfigError(`HOPSCOPE_PROXY_HEADER is not a header name: "${config.proxyHeader}"`);
    return config;
  }

  const secret = required(
    env,
    'HOPSCOPE_AUTH_SECRET',
    `with HOPSCOPE_AUTH=${mode} (it signs session cookies; e.g. openssl rand -base64 32)`,
  );
  if (secret.length < MIN_SECRET)
    throw new AuthConfigError(`HOPSCOPE_AUTH_SECRET must be at least ${MIN_SECRET} characters`);
  config.secret = secret;

  if (mode === 'local' && config.admin !== null && config.admin.password === null) {
    throw new AuthConfigError('HOPSCOPE_ADMIN_PASSWORD is required with HOPSCOPE_ADMIN_EMAIL when HOPSCOPE_AUTH=local');
  }
  if (config.baseUrl === null) {
    throw new AuthConfigError(
      `HOPSCOPE_URL is required with HOPSCOPE_AUTH=${mode}: the address users open (sign-in checks that requests come from it; e.g. https://hopscope.example.com)`,
    );
  }
  if (mode === 'oidc') {
    const why = 'with HOPSCOPE_AUTH=oidc';
    config.oidc = {
      issuer: httpUrl('HOPSCOPE_OIDC_ISSUER', required(env, 'HOPSCOPE_OIDC_ISSUER', why)),
      clientId: required(env, 'HOPSCOPE_OIDC_CLIENT_ID', why),
      clientSecret: required(env, 'HOPSCOPE_OIDC_CLIENT_SECRET', why),
      allowedDomains: domains(
        required(env, 'HOPSCOPE_OIDC_ALLOWED_DOMAINS', `${why} (a comma-separated list, or * for any)`),
      ),
      name: read(env, 'HOPSCOPE_OIDC_NAME') ?? 'Single sign-on',
    };
  }
  return config;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/** Refuses to serve every figure to a network without sign-in, unless told access is handled elsewhere. */
export function assertExposureAllowed(host: string, config: AuthConfig): void {
  if (config.mode !== 'none' || LOOPBACK.has(host) || host.startsWith('127.')) return;
  throw new AuthConfigError(
    `HOST=${host} would serve the dashboard without sign-in. Set HOPSCOPE_AUTH=local or oidc (README, "Sign-in"), ` +
      'or HOPSCOPE_AUTH=proxy when an authenticating proxy in front handles access',
  );
}

/** Whether an address's domain may sign in through the provider. */
export function domainAllowed(address: string, allowed: string[] | null): boolean {
  if (allowed === null) return true;
  const at = address.lastIndexOf('@');
  return at > 0 && allowed.includes(address.slice(at + 1).toLowerCase());
}

const globalForAuthConfig = globalThis as unknown as { hopscopeAuthConfig?: AuthConfig };

/** This process's configuration (the environment does not change while it runs). */
export function authConfig(): AuthConfig {
  return (globalForAuthConfig.hopscopeAuthConfig ??= authConfigFromEnv());
}
