import { notFound } from 'next/navigation';
import { Answer } from '@/components/Answer';
import { Breadcrumb, serviceTrail } from '@/components/Breadcrumb';
import { RequestTimeline } from '@/components/charts/RequestTimeline';
import { formatTime } from '@/components/format';
import { TraceTable } from '@/components/tables/TraceTable';
import { db } from '@/lib/db/client';
import { decodeSegment } from '@/lib/query/segment';
import { requestTrace } from '@/lib/query/trace';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ service: string; traceId: string }> };

export default async function TracePage({ params }: Props) {
  const p = await params;
  const service = decodeSegment(p.service);
  if (service === null) notFound();
  return (
    <>
      <Breadcrumb trail={serviceTrail(service)} />
      <Answer load={() => requestTrace(db(), service, p.traceId)}>
        {(trace) => (
          <>
            <h1>
              {trace.method} {trace.route || '(no route)'}
            </h1>
            <p className="muted">
              Trace <code>{trace.traceId}</code>, {formatTime(trace.start)}, served by version{' '}
              <strong data-testid="trace-version">{trace.version}</strong> ({trace.environment}). Start offsets are to
              the millisecond.
            </p>
            <RequestTimeline spans={trace.spans} />
            <TraceTable service={service} spans={trace.spans} />
          </>
        )}
      </Answer>
    </>
  );
}
