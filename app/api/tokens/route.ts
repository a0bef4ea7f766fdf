import { db } from '@/lib/db/client';
import { createToken, newTokenSchema, tokenFor, tokensFor } from '@/lib/auth/tokens';
import { requireViewer } from '@/lib/auth/viewer';
import { jsonAnswer, readJson } from '@/lib/http/answer';

export const dynamic = 'force-dynamic';

export function GET(request: Request): Promise<Response> {
  return jsonAnswer(async () => tokensFor(db(), await requireViewer(request)));
}

export function POST(request: Request): Promise<Response> {
  return jsonAnswer(
    async () => createToken(db(), tokenFor(await requireViewer(request), await readJson(request, newTokenSchema))),
    201,
  );
}
