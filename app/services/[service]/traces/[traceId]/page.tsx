import Link from 'next/link';
import { RequestTimeline } from '@/components/RequestTimeline';
import { formatCount, formatMs, formatTime } from '@/components/format';
import { db } from '@/lib/db/client';
import { QueryError } from '@/lib/query/errors';
import { requestTrace } from '@/lib/query/trace';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ service: string; traceId: string }> };

export default async function TracePage({ params }: Props) {
  const p = await params;
  const service = decodeURIComponent(p.service);
  let trace;
  try {
    trace = await requestTrace(db(), service, p.traceId);
  } catch (err) {
    if (err instanceof QueryError) return <p role="alert">{err.message}</p>;
    throw err;
  }
  return (
    <>
      <p className="muted">
        <Link href="/">Services</Link> / <Link href={`/services/${encodeURIComponent(service)}`}>{service}</Link> /
      </p>
      <h1>
        {trace.method} {trace.route || '(no route)'}
      </h1>
      <p className="muted">
        Trace <code>{trace.traceId}</code>, {formatTime(trace.start)}. Start offsets are to the millisecond.
      </p>
      <RequestTimeline spans={trace.spans} />
      <div className="table-wrap">
        <table className="data" aria-label="The request's middleware in order">
          <thead>
            <tr>
              <th scope="col">Middleware</th>
              <th scope="col">Start</th>
              <th scope="col">Duration</th>
              <th scope="col">Holds the thread</th>
              <th scope="col">Waits</th>
              <th scope="col">Longest segment</th>
              <th scope="col">Hops</th>
              <th scope="col">Error</th>
            </tr>
          </thead>
          <tbody>
            {trace.spans.map((s, i) => (
              <tr key={i}>
                <td>
                  <Link href={`/services/${encodeURIComponent(service)}/middleware/${encodeURIComponent(s.name)}`}>{s.name}</Link>
                </td>
                <td>+{formatMs(s.offsetMs)}</td>
                <td>{formatMs(s.durationMs)}</td>
                <td>{formatMs(s.occupancyMs)}</td>
                <td>{formatMs(s.waitingMs)}</td>
                <td>{formatMs(s.blockingMaxMs)}</td>
                <td>{formatCount(s.hops)}</td>
                <td>{s.error ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
