import { db } from '@/lib/db/client';
import { addUser, listUsers, newUserSchema } from '@/lib/auth/users';
import { requireViewer } from '@/lib/auth/viewer';
import { jsonAnswer, readJson } from '@/lib/http/answer';

export const dynamic = 'force-dynamic';

export function GET(request: Request): Promise<Response> {
  return jsonAnswer(async () => {
    await requireViewer(request, 'admin');
    return { users: await listUsers(db()) };
  });
}

export function POST(request: Request): Promise<Response> {
  return jsonAnswer(async () => {
    await requireViewer(request, 'admin');
    return addUser(db(), await readJson(request, newUserSchema));
  }, 201);
}
