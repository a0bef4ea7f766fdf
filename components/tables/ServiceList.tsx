import Link from 'next/link';
import type { ServiceSummary } from '@/lib/query/types';
import { formatRps, formatShare, formatTime } from '../format';

export function ServiceList({ services }: { services: ServiceSummary[] }) {
  return (
    <table className="data" aria-label="Services">
      <thead>
        <tr>
          <th scope="col">Service</th>
          <th scope="col">Versions</th>
          <th scope="col">Last data</th>
          <th scope="col">Requests/s (last 5 min)</th>
          <th scope="col">Event-loop utilization</th>
          <th scope="col">Most thread time</th>
        </tr>
      </thead>
      <tbody>
        {services.map((s) => (
          <tr key={s.name}>
            <td>
              <Link href={`/services/${encodeURIComponent(s.name)}`}>{s.name}</Link>
            </td>
            <td>{s.versions.join(', ')}</td>
            <td>{formatTime(s.lastSeen)}</td>
            <td>{formatRps(s.requestsPerSecond)}</td>
            <td>{formatShare(s.eventLoopUtilization)}</td>
            <td>{s.worstMiddleware ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
