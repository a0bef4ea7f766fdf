// Room for a bar chart's category labels: wide enough for the longest name (middleware
// names are telemetry: a Django middleware's dotted path runs to 55 characters), so none
// is clipped on the left, and no wider than it needs.

/** Width in pixels of a vertical chart's name axis at a 12-pixel font. */
export function labelWidth(names: string[]): number {
  const longest = names.reduce((n, s) => Math.max(n, s.length), 0);
  // 7 px a character covers 12 px sans-serif text, capitals and dots included.
  return Math.min(560, Math.max(80, Math.ceil(longest * 7) + 12));
}
