import { resolveViewer } from '@/lib/auth/viewer';
import { db } from '@/lib/db/client';
import { errorResponse } from '@/lib/http/answer';
import { liveStream } from '@/lib/query/live';
import { scopeFrom } from '@/lib/query/scope';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, ctx: { params: Promise<{ service: string }> }): Promise<Response> {
  const { service } = await ctx.params;
  const scope = scopeFrom(new URL(request.url).searchParams);
  try {
    const stillSignedIn = async () => (await resolveViewer(request.headers)) !== null;
    const stream = await liveStream(db(), service, scope, request.signal, stillSignedIn);
    return new Response(stream, {
      headers: {
        'content-type': 'text/event-stream',
        'cache-control': 'no-cache, no-transform',
        connection: 'keep-alive',
      },
    });
  } catch (err) {
    return errorResponse(err);
  }
}
