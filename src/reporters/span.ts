// Finds the finding's span inside its excerpt so a reporter can mark it.
// The excerpt squashes whitespace and may start/end with "…" (see src/engine/steps/locate.ts),
// so the span is searched for in the same squashed form.
import type { Location } from '../model/result.js';

export interface SplitExcerpt {
  before: string;
  span: string;
  after: string;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const ELLIPSIS = '…';
/** Context characters either side of the span in a paragraph excerpt (src/engine/steps/locate.ts). */
const CONTEXT = 20;

function occurrences(hay: string, needle: string): number[] {
  const at: number[] = [];
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) at.push(i);
  return at;
}

function nearest(list: number[], target: number): number {
  return list.reduce((best, x) => (Math.abs(x - target) < Math.abs(best - target) ? x : best));
}

/** Splits the excerpt around the span; span is '' when the text cannot be found in it. */
export function splitExcerpt(loc: Pick<Location, 'text' | 'excerpt' | 'table'>): SplitExcerpt {
  const excerpt = loc.excerpt;
  const text = squash(loc.text);
  const found = text ? occurrences(excerpt, text) : [];
  if (found.length === 0) return { before: excerpt, span: '', after: '' };
  let at = found[0];
  if (found.length > 1) {
    if (loc.table) {
      // a table excerpt is the row's cells joined with " | ": prefer the cell in the location's column
      const cells = excerpt.split(' | ');
      let offset = 0;
      for (let c = 0; c < cells.length; c++) {
        if (c === loc.table.col && cells[c].includes(text)) {
          at = offset + cells[c].indexOf(text);
          break;
        }
        offset += cells[c].length + 3;
      }
    } else if (excerpt.startsWith(ELLIPSIS)) {
      at = nearest(found, ELLIPSIS.length + CONTEXT);
    } else if (excerpt.endsWith(ELLIPSIS)) {
      const endTarget = excerpt.length - ELLIPSIS.length - CONTEXT;
      at =
        nearest(
          found.map((i) => i + text.length),
          endTarget,
        ) - text.length;
    }
  }
  return {
    before: excerpt.slice(0, at),
    span: excerpt.slice(at, at + text.length),
    after: excerpt.slice(at + text.length),
  };
}
