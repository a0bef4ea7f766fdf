import { db } from '@/lib/db/client';
import { middlewareDetail, parseExemplarLimit, parseExemplarSort } from '@/lib/query/detail';
import { jsonAnswer } from '@/lib/http/answer';
import { parseRange } from '@/lib/query/range';
import { scopeFrom } from '@/lib/query/scope';

export const dynamic = 'force-dynamic';

export async function GET(
  request: Request,
  ctx: { params: Promise<{ service: string; name: string }> },
): Promise<Response> {
  const { service, name } = await ctx.params;
  const params = new URL(request.url).searchParams;
  return jsonAnswer(() =>
    middlewareDetail(
      db(),
      service,
      name,
      parseRange(params),
      scopeFrom(params),
      parseExemplarLimit(params.get('limit')),
      parseExemplarSort(params.get('sort')),
    ),
  );
}
