import Link from 'next/link';
import { framesOf, topFrame } from '@/lib/query/stacks';
import type { TraceSpan } from '@/lib/query/trace';
import { formatCount, formatMs } from '../format';

/** What the longest blocking segment ran: its top frame, and the whole stack leaf first. */
function BlockingStack({ stack }: { stack: string }) {
  const frames = framesOf(stack);
  return (
    <details>
      <summary>
        in <code>{topFrame(frames)}</code>
      </summary>
      <pre style={{ fontSize: '0.75rem', whiteSpace: 'pre-wrap' }}>{[...frames].reverse().join('\n')}</pre>
    </details>
  );
}

/** One sampled request's middleware in the order they ran. */
export function TraceTable({ service, spans }: { service: string; spans: TraceSpan[] }) {
  return (
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
          {spans.map((s, i) => (
            <tr key={i}>
              <td>
                <Link href={`/services/${encodeURIComponent(service)}/middleware/${encodeURIComponent(s.name)}`}>
                  {s.name}
                </Link>
              </td>
              <td>+{formatMs(s.offsetMs)}</td>
              <td>{formatMs(s.durationMs)}</td>
              <td>{formatMs(s.occupancyMs)}</td>
              <td>{formatMs(s.waitingMs)}</td>
              <td>
                {formatMs(s.blockingMaxMs)}
                {s.blockingStack !== null && <BlockingStack stack={s.blockingStack} />}
              </td>
              <td>{formatCount(s.hops)}</td>
              <td>{s.error ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
