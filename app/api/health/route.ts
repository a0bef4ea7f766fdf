import { jsonAnswer } from '@/lib/http/answer';
import { health } from '@/lib/query/health';

export const dynamic = 'force-dynamic';

// Open to load balancers and start scripts: it tells whether the store answers, nothing else.
export function GET(): Promise<Response> {
  return jsonAnswer(health);
}
