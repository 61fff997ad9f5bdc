// Which of several occurrences of a finding's text its excerpt points at.
// src/engine/steps/locate.ts cuts a paragraph excerpt 20 characters either side of the
// span and marks a cut with "…": after a leading "…" the span starts 20
// characters in; before a trailing one it ends 20 characters from the end.
// A table excerpt is the row's cells joined by " | ". Whitespace is ignored
// throughout (a reader's runs and the excerpt space text differently).

/** Context characters either side of the span in a paragraph excerpt (src/engine/steps/locate.ts). */
const CONTEXT = 20;
const compact = (s: string) => s.replace(/\s+/g, '');

/** The index in `hay` (whitespace-free) of the occurrence of `needle` the excerpt names, or undefined. */
export function pickOccurrence(
  hay: string,
  needle: string,
  found: number[],
  excerpt: string,
  inTable: boolean,
): number | undefined {
  if (found.length === 1) return found[0];
  for (const raw of excerpt.split(' | ')) {
    const lead = raw.startsWith('…');
    const trail = raw.endsWith('…');
    const piece = compact(raw).replace(/^…/, '').replace(/…$/, '');
    if (!piece.includes(needle)) continue;
    const e = hay.indexOf(piece);
    // the piece must be where it is once
    if (e < 0 || hay.indexOf(piece, e + 1) >= 0) continue;
    const inside = found.filter((i) => i >= e && i + needle.length <= e + piece.length);
    if (inside.length === 1) return inside[0];
    if (inside.length === 0) continue;
    // a cell's excerpt is the whole cell: nothing in it says which
    if (inTable) return undefined;
    const nearest = (target: number, at: (i: number) => number) =>
      inside.reduce((best, i) => (Math.abs(at(i) - target) < Math.abs(at(best) - target) ? i : best));
    if (lead) return nearest(e + compact(raw.slice(1, 1 + CONTEXT)).length, (i) => i);
    if (trail) return nearest(e + piece.length - compact(raw.slice(-1 - CONTEXT, -1)).length, (i) => i + needle.length);
    // neither end cut: the span starts within the first CONTEXT characters and ends within the last
    const fits = inside.filter((i) => i - e < CONTEXT && e + piece.length - (i + needle.length) < CONTEXT);
    return fits.length === 1 ? fits[0] : undefined;
  }
  return undefined;
}
