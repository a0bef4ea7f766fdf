import { db } from '@/lib/db/client';
import { jsonAnswer } from '@/lib/http/answer';
import { listServices, servicePageFrom } from '@/lib/query/services';

export const dynamic = 'force-dynamic';

export function GET(request: Request): Promise<Response> {
  return jsonAnswer(() => listServices(db(), servicePageFrom(new URL(request.url).searchParams)));
}
