import { db } from '@/lib/db/client';
import { jsonAnswer } from '@/lib/query/http';
import { listServices } from '@/lib/query/services';

export const dynamic = 'force-dynamic';

export function GET(): Promise<Response> {
  return jsonAnswer(async () => ({ services: await listServices(db()) }));
}
