import Link from 'next/link';

export type Crumb = { label: string; href: string };

/** Where a page sits: Services, then the service, … (the current page is the heading). */
export function Breadcrumb({ trail }: { trail: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="muted breadcrumb">
      {trail.map((c) => (
        <span key={c.href}>
          <Link href={c.href}>{c.label}</Link> /{' '}
        </span>
      ))}
    </nav>
  );
}

/** The trail down to a service; `query` (range, version, environment) kept on its link. */
export function serviceTrail(service: string, query = ''): Crumb[] {
  return [
    { label: 'Services', href: '/' },
    { label: service, href: `/services/${encodeURIComponent(service)}${query}` },
  ];
}
