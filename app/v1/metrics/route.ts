import { receiveOtlp } from '@/lib/ingest/receiver';

export const dynamic = 'force-dynamic';

export function POST(request: Request): Promise<Response> {
  return receiveOtlp('metrics', request);
}
