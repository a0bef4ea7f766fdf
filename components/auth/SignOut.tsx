'use client';
// Sign out of this browser, or of every browser and device at once.
import { authClient } from './client';

export function SignOut({ everywhere = false }: { everywhere?: boolean }) {
  async function signOut() {
    if (everywhere) await authClient.revokeSessions();
    await authClient.signOut();
    // A whole page load, not the router: nothing of the signed-in session stays in memory.
    window.location.assign(new URL('/sign-in', window.location.href).href);
  }
  return (
    <button type="button" onClick={signOut}>
      {everywhere ? 'Sign out everywhere' : 'Sign out'}
    </button>
  );
}
