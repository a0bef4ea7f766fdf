import { db } from '@/lib/db/client';
import { errorResponse } from '@/lib/query/http';
import { liveStream } from '@/lib/query/live';

export const dynamic = 'force-dynamic';

export async function GET(request: Request, ctx: { params: Promise<{ service: string }> }): Promise<Response> {
  const { service } = await ctx.params;
  const version = new URL(request.url).searchParams.get('version');
  try {
    const stream = await liveStream(db(), service, version, request.signal);
    return new Response(stream, {
      headers: { 'content-type': 'text/event-stream', 'cache-control': 'no-cache, no-transform', connection: 'keep-alive' },
    });
  } catch (err) {
    return errorResponse(err);
  }
}
