import { DeleteRule, RuleForm } from '@/components/alerts/RuleForm';
import { formatTime } from '@/components/format';
import { listIncidents } from '@/lib/alerts/history';
import { listRules } from '@/lib/alerts/rules';
import { db } from '@/lib/db/client';
import { serviceNames } from '@/lib/query/services';

export const dynamic = 'force-dynamic';

export default async function AlertsPage() {
  const [rules, incidents, services] = await Promise.all([listRules(db()), listIncidents(db()), serviceNames(db())]);
  return (
    <>
      <h1>Alerts</h1>
      <h2>Rules</h2>
      <RuleForm services={services} />
      <div className="table-wrap">
        <table className="data">
          <thead>
            <tr>
              <th>Service</th>
              <th>When</th>
              <th>Threshold</th>
              <th>For</th>
              <th>Webhook</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {rules.map((r) => (
              <tr key={r.id}>
                <td>{r.service}</td>
                <td>
                  {r.kind}
                  {r.middleware ? ` (${r.middleware})` : ''}
                </td>
                <td>{r.threshold}</td>
                <td>{r.windowMinutes} min</td>
                <td>
                  {r.webhookFormat} · {new URL(r.webhookUrl).host}
                </td>
                <td>
                  <DeleteRule id={r.id} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rules.length === 0 && <p className="muted">No rules yet.</p>}
      <h2>History</h2>
      <div className="table-wrap">
        <table className="data">
          <thead>
            <tr>
              <th>What</th>
              <th>Fired</th>
              <th>Resolved</th>
              <th>Notified</th>
              <th>Pages then</th>
            </tr>
          </thead>
          <tbody>
            {incidents.map((i) => (
              <tr key={i.id}>
                <td>{i.message}</td>
                <td>{formatTime(i.firedAt)}</td>
                <td>{i.resolvedAt === null ? 'firing' : formatTime(i.resolvedAt)}</td>
                <td>
                  {i.notifications
                    .map(
                      (n) =>
                        `${n.event}: ${n.deliveredAt ? 'sent' : `${n.attempts} attempts${n.lastError ? `, ${n.lastError}` : ''}`}`,
                    )
                    .join('; ')}
                </td>
                <td>
                  <a href={i.links.service}>service</a> · <a href={i.links.compare}>compare</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {incidents.length === 0 && <p className="muted">Nothing has fired.</p>}
    </>
  );
}
