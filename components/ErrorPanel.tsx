'use client';
// What a page shows when its data could not be loaded (the store is down, a bug): what
// happened, a retry, and the way back. Each route segment's error.tsx is this.
import Link from 'next/link';

export function ErrorPanel({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="panel" role="alert">
      <p>
        <strong>This page could not be loaded.</strong> The store may be unavailable; the dashboard&apos;s log has the
        details{error.digest ? ` (reference ${error.digest})` : ''}.
      </p>
      <p>
        <button type="button" onClick={reset}>
          Try again
        </button>{' '}
        or go back to <Link href="/">Services</Link>.
      </p>
    </div>
  );
}
