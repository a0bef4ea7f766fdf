import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: 'Hopscope',
  description: 'Which middleware blocks concurrency in your web service?',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <header className="top">
          <Link href="/" className="brand">
            Hopscope
          </Link>
          <span className="muted">which middleware blocks concurrency</span>
        </header>
        <main>{children}</main>
      </body>
    </html>
  );
}
