// A page's search params (Next.js hands them over as a record) as the URLSearchParams the
// query functions parse, so pages and the JSON API read a question the same way.
export type PageSearchParams = Record<string, string | string[] | undefined>;

/** The first value of each parameter. */
export function paramsOf(record: PageSearchParams): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(record)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) params.set(key, first);
  }
  return params;
}
