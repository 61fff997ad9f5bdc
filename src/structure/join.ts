// When two consecutive pieces of text are one paragraph that a line or page
// break split. Shared by the txt/md and PDF parsers.
import { matchNumbering } from './numbering.js';

/** Ends a paragraph: sentence end, colon, closing quote. */
const TERMINAL = /[。！？；：…”」』!?;:]$/;
/** Cannot start a paragraph: punctuation that continues the previous text. */
const CONTINUATION_START = /^[、，。；：）》”」』,.;:)]/;

export function startsLikeHeading(text: string): boolean {
  return matchNumbering(text.trim()) !== null || /^(附\s*件|目\s*录)/.test(text.trim());
}

/**
 * True when `next` continues `prev`: next starts with punctuation that cannot
 * open a paragraph, or prev is a long line cut without a sentence end and next
 * does not open a heading.
 */
export function continuesParagraph(prev: string, next: string, minCutLength = 30): boolean {
  const a = prev.trim();
  const b = next.trim();
  if (!a || !b) return false;
  // a contents entry ("附件：……评价表<tab>10") ends with its page number
  if (/\t\s*\d{1,3}$/.test(prev.trimEnd())) return false;
  if (CONTINUATION_START.test(b)) return true;
  if (TERMINAL.test(a) || startsLikeHeading(b)) return false;
  if (startsLikeHeading(a) && a.length < minCutLength) return false;
  // the rest of a cut paragraph is text: long, or closed by a sentence end; a
  // short line without one is a title or heading of its own
  if (b.length < minCutLength && !TERMINAL.test(b)) return false;
  return a.length >= minCutLength;
}
