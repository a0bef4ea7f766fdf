import { requireViewer } from '@/lib/auth/viewer';
import { jsonAnswer } from '@/lib/http/answer';

export const dynamic = 'force-dynamic';

export function GET(request: Request): Promise<Response> {
  return jsonAnswer(() => requireViewer(request));
}
