// GET /api/services: every service seen, its versions (newest first) and when it last sent data.
import type { Db } from '../db/client';
import type { ServiceSummary } from './types';

export async function listServices(db: Db): Promise<ServiceSummary[]> {
  const rows = await db.serviceVersion.findMany({ orderBy: { lastSeen: 'desc' } });
  const byName = new Map<string, ServiceSummary>();
  for (const r of rows) {
    let s = byName.get(r.service);
    if (s === undefined) byName.set(r.service, (s = { name: r.service, versions: [], lastSeen: r.lastSeen.toISOString() }));
    if (!s.versions.includes(r.version)) s.versions.push(r.version);
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** The versions a service reported, in the order they first appeared (oldest first). */
export async function serviceVersions(db: Db, service: string): Promise<string[]> {
  const rows = await db.serviceVersion.findMany({ where: { service }, select: { version: true }, orderBy: { firstSeen: 'asc' } });
  return [...new Set(rows.map((r) => r.version))];
}
