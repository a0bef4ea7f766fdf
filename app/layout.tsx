import type { Metadata } from 'next';
import Link from 'next/link';
import { headers } from 'next/headers';
import { Suspense, type ReactNode } from 'react';
import { UserMenu } from '@/components/auth/UserMenu';
import { viewerOf } from '@/lib/auth/viewer';
import './globals.css';

export const metadata: Metadata = {
  title: 'Hopscope',
  description: 'Which middleware blocks concurrency in your web service?',
};

async function Viewer() {
  const viewer = await viewerOf(await headers());
  return viewer === null ? null : <UserMenu email={viewer.email} canSignOut={viewer.via === 'session'} />;
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header className="top">
          <Link href="/" className="brand">
            Hopscope
          </Link>
          <span className="muted">which middleware blocks concurrency</span>
          <Suspense fallback={null}>
            <Viewer />
          </Suspense>
        </header>
        <main>{children}</main>
      </body>
    </html>
  );
}
