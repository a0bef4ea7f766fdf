import { db } from '@/lib/db/client';
import { jsonAnswer } from '@/lib/http/answer';
import { requestTrace } from '@/lib/query/trace';

export const dynamic = 'force-dynamic';

export async function GET(
  _request: Request,
  ctx: { params: Promise<{ service: string; traceId: string }> },
): Promise<Response> {
  const { service, traceId } = await ctx.params;
  return jsonAnswer(() => requestTrace(db(), service, traceId));
}
