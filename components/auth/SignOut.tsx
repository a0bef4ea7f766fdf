'use client';
// Sign out of this browser, or of every browser and device at once.
import { authClient } from './client';

export function SignOut({ everywhere = false }: { everywhere?: boolean }) {
  async function signOut() {
    if (everywhere) await authClient.revokeSessions();
    await authClient.signOut();
    window.location.assign('/sign-in');
  }
  return (
    <button type="button" onClick={signOut}>
      {everywhere ? 'Sign out everywhere' : 'Sign out'}
    </button>
  );
}
