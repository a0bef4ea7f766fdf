import { db } from '@/lib/db/client';
import { removeUser } from '@/lib/auth/users';
import { requireViewer } from '@/lib/auth/viewer';
import { jsonAnswer } from '@/lib/http/answer';

export const dynamic = 'force-dynamic';

export async function DELETE(request: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await ctx.params;
  return jsonAnswer(async () => removeUser(db(), id, await requireViewer(request, 'admin')));
}
