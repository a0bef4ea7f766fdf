import Link from 'next/link';

/** A not-found page's body: what is missing and the way back. */
export function NotFound({ what, back }: { what: string; back: { label: string; href: string } }) {
  return (
    <div className="panel" role="status">
      <h1>Not found</h1>
      <p>{what}</p>
      <p>
        Back to <Link href={back.href}>{back.label}</Link>.
      </p>
    </div>
  );
}
