// Better Auth's browser client for the sign-in, sign-out and session endpoints under /api/auth.
import { createAuthClient } from 'better-auth/react';

export const authClient = createAuthClient({ basePath: '/api/auth' });

/** Where to go after sign-in: a path on this site only (never //host or a URL). */
export function safeNext(next: string | null | undefined): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
}
