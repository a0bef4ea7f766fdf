// Sign-in with Better Auth (local accounts, OpenID Connect), over the Prisma store.
// Why Better Auth: it ships the Prisma adapter this store already uses, sessions in the
// database (so "sign out everywhere" and bans take effect at once on every replica),
// password hashing (scrypt), a rate limiter with shared database storage, a generic
// OpenID Connect client with discovery and PKCE, and an admin plugin for users and roles.
// Auth.js keeps password (credentials) sign-ins in JWTs only, which cannot be revoked.
import { betterAuth, APIError } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { admin } from 'better-auth/plugins/admin';
import { genericOAuth } from 'better-auth/plugins/generic-oauth';
import { db, providerOf, tablesOf, transactionsOf, type Db } from '../db/client';
import { authConfig, domainAllowed, MIN_PASSWORD, type AuthConfig } from './config';

export const OIDC_PROVIDER_ID = 'oidc';
/** Sign-in attempts per client address and minute; the library's default is 3 per 10 s. */
export const SIGN_IN_ATTEMPTS_PER_MINUTE = 5;

function rejectDomain(config: AuthConfig, address: string): void {
  if (config.oidc !== null && !domainAllowed(address, config.oidc.allowedDomains)) {
    throw new APIError('FORBIDDEN', {
      code: 'email_domain_not_allowed',
      message: `${address.split('@')[1] ?? address} may not sign in here`,
    });
  }
}

/** Whether a Better Auth endpoint context is the OpenID Connect callback. */
function fromProvider(ctx: { path?: string } | null | undefined): boolean {
  return ctx?.path?.includes('callback') === true;
}

export function createAuth(config: AuthConfig, store: Db) {
  return betterAuth({
    secret: config.secret ?? undefined,
    baseURL: config.baseUrl ?? undefined,
    basePath: '/api/auth',
    // A failed provider sign-in (refused domain, tampered state) comes back to the sign-in page, which says why.
    onAPIError: { errorURL: `${config.baseUrl ?? ''}/sign-in` },
    database: prismaAdapter(store, { provider: providerOf(store) === 'sqlite' ? 'sqlite' : 'postgresql' }),
    // Accounts are made by an administrator (settings page, /api/users), never by sign-up.
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: MIN_PASSWORD },
    // A user an administrator added signs in through the provider with the same address.
    account: { accountLinking: { enabled: true, trustedProviders: [OIDC_PROVIDER_ID] } },
    session: { expiresIn: 7 * 24 * 3600, updateAge: 24 * 3600 },
    rateLimit: {
      enabled: true,
      storage: 'database',
      customRules: { '/sign-in/email': { window: 60, max: SIGN_IN_ATTEMPTS_PER_MINUTE } },
    },
    telemetry: { enabled: false },
    databaseHooks: {
      user: {
        create: {
          before: async (user, ctx) => {
            if (fromProvider(ctx)) rejectDomain(config, user.email);
            // The configured administrator is an administrator however they first sign in.
            if (config.admin?.email === user.email.toLowerCase()) return { data: { ...user, role: 'admin' } };
          },
        },
      },
      session: {
        create: {
          // A domain removed from the allowed list locks out its existing users too.
          before: async (session, ctx) => {
            if (!fromProvider(ctx)) return;
            const user = await tablesOf(store)
              .selectFrom('user')
              .select('email')
              .where('id', '=', session.userId)
              .executeTakeFirst();
            if (user !== undefined) rejectDomain(config, user.email);
          },
        },
      },
    },
    plugins: [
      admin({ defaultRole: 'user', adminRoles: ['admin'] }),
      ...(config.oidc === null
        ? []
        : [
            genericOAuth({
              config: [
                {
                  providerId: OIDC_PROVIDER_ID,
                  name: config.oidc.name,
                  discoveryUrl: `${config.oidc.issuer}/.well-known/openid-configuration`,
                  requireIdTokenVerification: true,
                  clientId: config.oidc.clientId,
                  clientSecret: config.oidc.clientSecret,
                  scopes: ['openid', 'email', 'profile'],
                  pkce: true,
                },
              ],
            }),
          ]),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;

// Next.js may evaluate server modules more than once; one instance per process.
const globalForAuth = globalThis as unknown as { hopscopeAuth?: Auth };

/** The Better Auth instance; only with HOPSCOPE_AUTH=local or oidc. */
export function auth(): Auth {
  const config = authConfig();
  if (config.mode !== 'local' && config.mode !== 'oidc')
    throw new Error(`auth(): sign-in is handled by HOPSCOPE_AUTH=${config.mode}`);
  return (globalForAuth.hopscopeAuth ??= createAuth(config, db()));
}

/**
 * Creates the administrator HOPSCOPE_ADMIN_EMAIL and HOPSCOPE_ADMIN_PASSWORD name, once:
 * an existing account keeps its password and is made an administrator.
 */
export async function ensureAdmin(config: AuthConfig, store: Db): Promise<'created' | 'exists' | 'none'> {
  if (config.admin === null || config.admin.password === null || (config.mode !== 'local' && config.mode !== 'oidc'))
    return 'none';
  const existing = await tablesOf(store)
    .selectFrom('user')
    .select(['id', 'role'])
    .where('email', '=', config.admin.email)
    .executeTakeFirst();
  if (existing !== undefined) {
    if (existing.role !== 'admin')
      await transactionsOf(store)((trx) =>
        trx.updateTable('user').set({ role: 'admin' }).where('id', '=', existing.id).execute(),
      );
    return 'exists';
  }
  await createAuth(config, store).api.createUser({
    body: {
      email: config.admin.email,
      password: config.admin.password,
      name: config.admin.email.split('@')[0],
      role: 'admin',
    },
  });
  return 'created';
}

/** /api/auth/*: Better Auth's endpoints, or a 404 when this mode has no sign-in of its own. */
export async function signInHandler(request: Request): Promise<Response> {
  const { mode } = authConfig();
  if (mode !== 'local' && mode !== 'oidc')
    return Response.json({ error: `no sign-in here (HOPSCOPE_AUTH=${mode})` }, { status: 404 });
  return auth().handler(request);
}
