import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { SignOut } from '@/components/auth/SignOut';
import { TokenManager } from '@/components/auth/TokenManager';
import { UserManager } from '@/components/auth/UserManager';
import { authConfig } from '@/lib/auth/config';
import { tokensFor } from '@/lib/auth/tokens';
import { listUsers } from '@/lib/auth/users';
import { viewerOf } from '@/lib/auth/viewer';
import { db } from '@/lib/db/client';

export const dynamic = 'force-dynamic';

export default async function SettingsPage() {
  const viewer = await viewerOf(await headers());
  if (viewer === null) redirect('/sign-in?next=/settings');
  const { mode } = authConfig();
  const tokens = await tokensFor(db(), viewer);
  const admin = viewer.role === 'admin';
  return (
    <>
      <h1>Settings</h1>
      {viewer.userId !== null && (
        <section>
          <h2>Your API tokens</h2>
          <p className="muted">
            For scripts and CI: <code>Authorization: Bearer &lt;token&gt;</code> on the JSON API, acting as you.
          </p>
          <TokenManager kind="api" tokens={tokens.api} />
        </section>
      )}
      {tokens.ingest !== null && (
        <section>
          <h2>Ingest tokens</h2>
          <p className="muted">
            Once one exists, <code>/v1/traces</code> and <code>/v1/metrics</code> accept only requests bearing one. A
            token made for one service admits only that service&apos;s data.
          </p>
          <TokenManager kind="ingest" tokens={tokens.ingest} />
        </section>
      )}
      {admin && mode !== 'none' && (
        <section>
          <h2>Users</h2>
          <UserManager users={await listUsers(db())} canAdd={mode === 'local' || mode === 'oidc'} />
        </section>
      )}
      {viewer.via === 'session' && (
        <section>
          <h2>Sessions</h2>
          <p className="muted">Ends every session of yours, in every browser, at once.</p>
          <SignOut everywhere />
        </section>
      )}
    </>
  );
}
