import { headers } from 'next/headers';
import { Suspense } from 'react';
import { Answer } from '@/components/Answer';
import { EmptyState } from '@/components/EmptyState';
import { Pager, ServiceSearch } from '@/components/ServiceSearch';
import { ServiceList } from '@/components/tables/ServiceList';
import { db } from '@/lib/db/client';
import { paramsOf, type PageSearchParams } from '@/lib/http/params';
import { listServices, servicePageFrom } from '@/lib/query/services';

export const dynamic = 'force-dynamic';

async function Services({ query }: { query: URLSearchParams }) {
  const host = (await headers()).get('host') ?? '127.0.0.1:3000';
  return (
    <Answer load={() => listServices(db(), servicePageFrom(query))}>
      {(page) => {
        if (page.total === 0 && page.q === '') return <EmptyState endpoint={`http://${host}`} />;
        return (
          <>
            <ServiceSearch q={page.q} />
            {page.total === 0 ? (
              <p className="panel" role="status">
                No service name contains “{page.q}”.
              </p>
            ) : (
              <>
                <ServiceList services={page.services} />
                <Pager page={page} />
              </>
            )}
          </>
        );
      }}
    </Answer>
  );
}

export default async function HomePage({ searchParams }: { searchParams: Promise<PageSearchParams> }) {
  const query = paramsOf(await searchParams);
  return (
    <>
      <h1>Services</h1>
      <Suspense fallback={<p className="muted">Loading services…</p>}>
        <Services query={query} />
      </Suspense>
    </>
  );
}
