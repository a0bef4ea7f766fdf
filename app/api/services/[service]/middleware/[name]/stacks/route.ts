import { db } from '@/lib/db/client';
import { jsonAnswer } from '@/lib/http/answer';
import { parseRange } from '@/lib/query/range';
import { scopeFrom } from '@/lib/query/scope';
import { middlewareStacks } from '@/lib/query/stacks';

export const dynamic = 'force-dynamic';

export async function GET(
  request: Request,
  ctx: { params: Promise<{ service: string; name: string }> },
): Promise<Response> {
  const { service, name } = await ctx.params;
  const params = new URL(request.url).searchParams;
  return jsonAnswer(() => middlewareStacks(db(), service, name, parseRange(params), scopeFrom(params)));
}
