// A URL path segment as the pages get it from Next.js: percent-encoded names from
// telemetry. One that does not decode names nothing: null, so the page answers with its
// not-found page (404) instead of an unhandled URIError.
export function decodeSegment(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}
