import Link from 'next/link';
import { SignInForm } from '@/components/auth/SignInForm';
import { authConfig } from '@/lib/auth/config';
import { paramsOf, type PageSearchParams } from '@/lib/http/params';

export const dynamic = 'force-dynamic';

export default async function SignInPage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const { mode, oidc, proxyHeader } = authConfig();
  const params = paramsOf(await searchParams);
  if (mode === 'proxy') {
    return (
      <p className="panel warning">
        Access to this dashboard goes through the authenticating proxy in front of it, and this request came without the
        header it sets ({proxyHeader}). Open the dashboard through the proxy&apos;s address.
      </p>
    );
  }
  if (mode === 'none') {
    return (
      <p>
        This dashboard has no sign-in (HOPSCOPE_AUTH=none). <Link href="/">Services</Link>
      </p>
    );
  }
  return (
    <>
      <h1>Sign in</h1>
      <SignInForm next={params.get('next')} oidcName={oidc?.name ?? null} providerError={params.get('error')} />
    </>
  );
}
