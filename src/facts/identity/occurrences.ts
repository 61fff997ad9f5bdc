// How often, and where, a name stands in the document's text (every paragraph and table cell):
// what tells one of the report's own subjects, written again and again ("文化生态保护区" in its tables
// and text), from a leftover of another template, written once or twice.
import type { SpanRef } from '../../model/document.js';
import { spanIn, type TextPlace } from './places.js';

export interface Occurrences {
  /** Every place the name is written, left to right, none overlapping and none across two places. */
  where(name: string): SpanRef[];
  /** How many times the name is written. */
  count(name: string): number;
}

export function occurrences(places: readonly TextPlace[]): Occurrences {
  const where = (name: string): SpanRef[] => {
    const out: SpanRef[] = [];
    if (!name) return out;
    for (const p of places)
      for (let at = p.text.indexOf(name); at >= 0; at = p.text.indexOf(name, at + name.length))
        out.push(spanIn(p, at, at + name.length));
    return out;
  };
  return { where, count: (name) => where(name).length };
}
