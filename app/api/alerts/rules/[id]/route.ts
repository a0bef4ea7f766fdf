import { db } from '@/lib/db/client';
import { deleteRule } from '@/lib/alerts/rules';
import { jsonAnswer } from '@/lib/http/answer';

export const dynamic = 'force-dynamic';

export async function DELETE(_request: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await ctx.params;
  return jsonAnswer(() => deleteRule(db(), id));
}
