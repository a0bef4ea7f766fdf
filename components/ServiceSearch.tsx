// The Services list's search box and pager: plain links and a GET form (no client code),
// so a page of a large estate is a URL that can be shared.
import Link from 'next/link';
import type { ServicePage } from '@/lib/query/services';

export function ServiceSearch({ q }: { q: string }) {
  return (
    <form className="inline" method="get" role="search" aria-label="services">
      <label>
        Service name contains <input name="q" defaultValue={q} maxLength={200} />
      </label>
      <button type="submit">Search</button>
    </form>
  );
}

export function Pager({ page }: { page: ServicePage }) {
  const at = (offset: number) =>
    `/?${new URLSearchParams({ ...(page.q ? { q: page.q } : {}), ...(offset > 0 ? { offset: String(offset) } : {}) })}`;
  const last = Math.min(page.offset + page.services.length, page.total);
  return (
    <nav className="muted" aria-label="pages of services">
      {page.offset > 0 && <Link href={at(Math.max(0, page.offset - page.limit))}>← Previous</Link>} {page.offset + 1}–
      {last} of {page.total.toLocaleString('en')}{' '}
      {last < page.total && <Link href={at(page.offset + page.limit)}>Next →</Link>}
    </nav>
  );
}
