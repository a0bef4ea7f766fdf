'use client';
// A new alert rule, and the delete button of an existing one.
import type { FormEvent } from 'react';
import { ActionError, callApi, useApiAction } from '../api-action';

const KINDS: [string, string][] = [
  ['share', "a middleware's share of thread time above (%)"],
  ['occupancyP95', 'p95 occupancy above (ms)'],
  ['stallPerCall', 'stall per call above (ms)'],
  ['eventLoop', 'event-loop utilization above (%)'],
  ['ceilingDrop', "a new version's ceiling lower by (%)"],
  ['noData', 'fewer calls than (1: none at all)'],
];

export function RuleForm({ services }: { services: string[] }) {
  const { error, run } = useApiAction();

  async function create(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const formEl = e.currentTarget;
    const f = new FormData(formEl);
    const middleware = String(f.get('middleware') ?? '').trim();
    const made = await run(() =>
      callApi('/api/alerts/rules', 'POST', {
        service: f.get('service'),
        kind: f.get('kind'),
        ...(middleware ? { middleware } : {}),
        threshold: Number(f.get('threshold')),
        windowMinutes: Number(f.get('windowMinutes')),
        webhookUrl: f.get('webhookUrl'),
        webhookFormat: f.get('webhookFormat'),
      }),
    );
    if (made !== undefined) formEl.reset();
  }

  return (
    <>
      <form className="inline" onSubmit={create} aria-label="new rule">
        <label>
          Service
          <input name="service" list="known-services" required />
          <datalist id="known-services">
            {services.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
        </label>
        <label>
          When
          <select name="kind" defaultValue="share">
            {KINDS.map(([k, label]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Threshold <input name="threshold" type="number" step="any" min="0" required />
        </label>
        <label>
          For (min) <input name="windowMinutes" type="number" min="1" defaultValue="5" required />
        </label>
        <label>
          Middleware (empty: any) <input name="middleware" />
        </label>
        <label>
          Webhook URL <input name="webhookUrl" type="url" required />
        </label>
        <label>
          Format
          <select name="webhookFormat" defaultValue="json">
            <option value="json">JSON</option>
            <option value="slack">Slack</option>
          </select>
        </label>
        <button type="submit">Add rule</button>
      </form>
      <ActionError error={error} />
    </>
  );
}

export function DeleteRule({ id }: { id: string }) {
  const { error, run } = useApiAction();
  return (
    <>
      <button type="button" onClick={() => run(() => callApi(`/api/alerts/rules/${encodeURIComponent(id)}`, 'DELETE'))}>
        Delete
      </button>
      <ActionError error={error} />
    </>
  );
}
