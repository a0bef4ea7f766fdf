// The header's corner: who is signed in, their settings, and sign-out.
import Link from 'next/link';
import { SignOut } from './SignOut';

export function UserMenu({ email, canSignOut }: { email: string | null; canSignOut: boolean }) {
  return (
    <nav className="user-menu">
      {email !== null && <span className="muted">{email}</span>}
      <Link href="/alerts">Alerts</Link>
      <Link href="/settings">Settings</Link>
      {canSignOut && <SignOut />}
    </nav>
  );
}
