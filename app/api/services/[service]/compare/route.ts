import { db } from '@/lib/db/client';
import { compare, parseSides } from '@/lib/query/compare';
import { jsonAnswer } from '@/lib/http/answer';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, ctx: { params: Promise<{ service: string }> }): Promise<Response> {
  const { service } = await ctx.params;
  const params = new URL(request.url).searchParams;
  return jsonAnswer(() => compare(db(), service, parseSides(params)));
}
