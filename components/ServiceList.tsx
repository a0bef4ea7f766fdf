import Link from 'next/link';
import type { ServiceSummary } from '@/lib/query/types';
import { formatTime } from './format';

export function ServiceList({ services }: { services: ServiceSummary[] }) {
  return (
    <table className="data" aria-label="Services">
      <thead>
        <tr>
          <th scope="col">Service</th>
          <th scope="col">Versions</th>
          <th scope="col">Last data</th>
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
          </tr>
        ))}
      </tbody>
    </table>
  );
}
