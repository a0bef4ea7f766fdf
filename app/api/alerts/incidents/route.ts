import { db } from '@/lib/db/client';
import { listIncidents } from '@/lib/alerts/history';
import { jsonAnswer } from '@/lib/http/answer';

export const dynamic = 'force-dynamic';

export function GET(): Promise<Response> {
  return jsonAnswer(async () => ({ incidents: await listIncidents(db()) }));
}
