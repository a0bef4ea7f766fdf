// A URL path segment as the pages get it from Next.js: percent-encoded names from
// telemetry. A malformed encoding (`%E0%A4%A`) names nothing: null, so the page answers
// with its not-found page (404) instead of an unhandled URIError (a bare 500).
export function decodeSegment(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}
