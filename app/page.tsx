import { headers } from 'next/headers';
import { Suspense } from 'react';
import { EmptyState } from '@/components/EmptyState';
import { ServiceList } from '@/components/tables/ServiceList';
import { db } from '@/lib/db/client';
import { listServices } from '@/lib/query/services';

export const dynamic = 'force-dynamic';

async function Services() {
  const services = await listServices(db());
  if (services.length === 0) {
    const host = (await headers()).get('host') ?? '127.0.0.1:3000';
    return <EmptyState endpoint={`http://${host}`} />;
  }
  return <ServiceList services={services} />;
}

export default function HomePage() {
  return (
    <>
      <h1>Services</h1>
      <Suspense fallback={<p className="muted">Loading services…</p>}>
        <Services />
      </Suspense>
    </>
  );
}
