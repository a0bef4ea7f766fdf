import { db } from '@/lib/db/client';
import { outboundPolicyFromEnv } from '@/lib/alerts/outbound';
import { createRule, listRules, newRuleSchema, redacted } from '@/lib/alerts/rules';
import { requireViewer } from '@/lib/auth/viewer';
import { jsonAnswer, readJson } from '@/lib/http/answer';

export const dynamic = 'force-dynamic';

// Checked at start (scripts/start.ts, with the alert settings).
const outbound = outboundPolicyFromEnv();

export function GET(): Promise<Response> {
  return jsonAnswer(async () => ({ rules: (await listRules(db())).map(redacted) }));
}

export function POST(request: Request): Promise<Response> {
  return jsonAnswer(
    async () =>
      redacted(
        await createRule(db(), await readJson(request, newRuleSchema), (await requireViewer(request)).userId, outbound),
      ),
    201,
  );
}
