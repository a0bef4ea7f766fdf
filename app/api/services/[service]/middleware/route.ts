import { db } from '@/lib/db/client';
import { jsonAnswer } from '@/lib/http/answer';
import { parseRange } from '@/lib/query/range';
import { middlewareRanking } from '@/lib/query/ranking';
import { scopeFrom } from '@/lib/query/scope';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, ctx: { params: Promise<{ service: string }> }): Promise<Response> {
  const { service } = await ctx.params;
  const params = new URL(request.url).searchParams;
  return jsonAnswer(() => middlewareRanking(db(), service, parseRange(params), scopeFrom(params)));
}
