import { db } from '@/lib/db/client';
import { revokeToken } from '@/lib/auth/tokens';
import { requireViewer } from '@/lib/auth/viewer';
import { jsonAnswer } from '@/lib/http/answer';

export const dynamic = 'force-dynamic';

export async function DELETE(request: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await ctx.params;
  return jsonAnswer(async () => revokeToken(db(), id, await requireViewer(request)));
}
