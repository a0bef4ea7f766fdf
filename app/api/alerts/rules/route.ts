import { db } from '@/lib/db/client';
import { createRule, listRules, newRuleSchema, redacted } from '@/lib/alerts/rules';
import { requireViewer } from '@/lib/auth/viewer';
import { jsonAnswer, readJson } from '@/lib/query/http';

export const dynamic = 'force-dynamic';

export function GET(): Promise<Response> {
  return jsonAnswer(async () => ({ rules: (await listRules(db())).map(redacted) }));
}

export function POST(request: Request): Promise<Response> {
  return jsonAnswer(async () => redacted(await createRule(db(), await readJson(request, newRuleSchema), (await requireViewer(request)).userId)), 201);
}
