// A real OpenID Connect provider on loopback (the oidc-provider package, with its
// development login and consent screens): whatever address is typed as the login becomes
// the account's e-mail, so a test signs in as anyone from any domain.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export const OIDC_CLIENT = { id: 'hopscope-test', secret: 'a-client-secret-for-the-test-only' };

export type TestProvider = { issuer: string; stop(): Promise<void> };

export async function startOidcProvider(dashboardUrl: string): Promise<TestProvider> {
  const { default: Provider } = await import('oidc-provider');
  const server = http.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  // "localhost", not 127.0.0.1: the provider's cookies stay apart from the dashboard's.
  const issuer = `http://localhost:${(server.address() as AddressInfo).port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: OIDC_CLIENT.id,
        client_secret: OIDC_CLIENT.secret,
        redirect_uris: [`${dashboardUrl}/api/auth/callback/oidc`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: { email: ['email', 'email_verified'], profile: ['name'] },
    findAccount: async (_ctx: unknown, id: string) => ({
      accountId: id,
      claims: async () => ({ sub: id, email: id, email_verified: true, name: id.split('@')[0] }),
    }),
    features: { devInteractions: { enabled: true } },
    pkce: { required: () => true },
    // Fixed lifetimes (the defaults print a notice each).
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
  });
  server.on('request', provider.callback());
  return {
    issuer,
    stop: () => new Promise<void>((r) => server.close(() => r())),
  };
}
