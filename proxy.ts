// The one gate in front of every page and API route (README, "Sign-in"): a path that does
// not decode is a 400; a page asked for without a viewer redirects to /sign-in, an API
// route answers 401 JSON. /v1/* checks its own ingest tokens (lib/ingest/receiver.ts);
// /api/auth/* is the sign-in itself.
import { NextResponse, type NextRequest } from 'next/server';
import { authConfig } from './lib/auth/config';
import { resolveViewer, VIEWER_HEADER, viewerHeader } from './lib/auth/viewer';

const OPEN_PATHS = ['/api/auth/', '/api/health', '/sign-in'];

function sameOrigin(request: NextRequest): boolean {
  const origin = request.headers.get('origin');
  // Browsers send Origin on every cross-origin write; scripts with tokens need none.
  if (origin === null || origin === request.nextUrl.origin) return true;
  const { baseUrl } = authConfig();
  return (
    (baseUrl !== null && origin === new URL(baseUrl).origin) ||
    origin === `${request.headers.get('x-forwarded-proto') ?? 'http'}://${request.headers.get('host')}`
  );
}

/** Whether every percent-escape in the path decodes (Next's routing answers a bare 500 otherwise). */
function wellEncoded(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

export async function proxy(request: NextRequest): Promise<Response> {
  const path = request.nextUrl.pathname;
  if (!wellEncoded(path)) return Response.json({ error: 'the path has a malformed percent-encoding' }, { status: 400 });
  // Only this gate names the viewer to what runs after it; whatever a client sent is dropped.
  const passOn = new Headers(request.headers);
  passOn.delete(VIEWER_HEADER);
  if (OPEN_PATHS.some((p) => path === p || path.startsWith(p)))
    return NextResponse.next({ request: { headers: passOn } });
  const api = path.startsWith('/api/');
  let viewer;
  try {
    viewer = await resolveViewer(request.headers);
  } catch (err) {
    console.error('[hopscope] sign-in check failed:', err);
    return Response.json(
      { error: 'sign-in is unavailable (the store is down?)' },
      { status: 503, headers: { 'retry-after': '5' } },
    );
  }
  if (viewer !== null) {
    if (
      api &&
      request.method !== 'GET' &&
      request.method !== 'HEAD' &&
      viewer.via === 'session' &&
      !sameOrigin(request)
    ) {
      return Response.json({ error: 'cross-origin request refused' }, { status: 403 });
    }
    passOn.set(VIEWER_HEADER, viewerHeader(viewer));
    return NextResponse.next({ request: { headers: passOn } });
  }
  if (api) {
    return Response.json(
      { error: 'sign-in required' },
      { status: 401, headers: { 'www-authenticate': 'Bearer', 'cache-control': 'no-store' } },
    );
  }
  const signIn = new URL('/sign-in', request.url);
  signIn.searchParams.set('next', path + request.nextUrl.search);
  return NextResponse.redirect(signIn);
}

export const config = {
  // Static files and OTLP ingest never reach the gate.
  matcher: ['/((?!_next/static|_next/image|icon.svg|favicon.ico|v1/).*)'],
};
