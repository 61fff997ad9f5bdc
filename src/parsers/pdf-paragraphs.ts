// Physical lines back into paragraphs, from layout evidence: numbering at the
// start of a line, a first-line indent, a vertical gap, a short previous line,
// a change of font size, a sentence end at a page break. Also: which lines are
// running headers, footers and page numbers.
import { closesOpenBracket } from '../structure/join.js';
import { norm } from '../structure/normalize.js';
import type { TextLine } from './pdf-text.js';

/** Chinese and Arabic list/heading numbering at the start of a line. */
const NUMBERING =
  /^\s*(?:[一二三四五六七八九十百零〇]+\s*[、.．]|[（(]\s*[一二三四五六七八九十百零〇]+\s*[）)]|[（(]\s*\d{1,3}\s*[）)]|\d{1,3}(?:\.\d{1,3})*\s*[、．]|\d{1,3}(?:\.\d{1,3})*\.(?!\d)|[①-⑳㉑-㉟]|第[一二三四五六七八九十百零〇\d]+[章节部分条]|附件|附表)/u;

/** Read as the document's text is: a PDF's "（⼀）" may write 一 as the Kangxi radical ⼀ (wkhtmltopdf, Chromium). */
export function startsWithNumbering(text: string): boolean {
  return NUMBERING.test(norm(text));
}

const SENTENCE_END = /[。！？；：!?;:]\s*$/u;

/** Measures of the body text, over the whole document. */
export interface BodyMetrics {
  left: number;
  right: number;
  /** Typical baseline distance divided by font size, within a paragraph. */
  pitch: number;
  /** Paragraphs are marked by a first-line indent. */
  usesIndent: boolean;
  /** Paragraphs are marked by extra space between them. */
  usesSpacing: boolean;
  /**
   * The baseline distance (÷ font size) that most often follows a line ending short of the margin — the
   * paragraph spacing the document itself uses — when it stands clear of `pitch`; else null.
   */
  paragraphPitch: number | null;
}

function mode(values: readonly number[], step: number): number | undefined {
  const counts = new Map<number, number>();
  for (const v of values) {
    const k = Math.round(v / step);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  let best: number | undefined;
  let bestCount = 0;
  for (const [k, n] of counts)
    if (n > bestCount || (n === bestCount && best !== undefined && k < best)) [best, bestCount] = [k, n];
  return best === undefined ? undefined : best * step;
}

/** Body margins and line pitch from the lines of every page (each page's lines top to bottom). */
export function measureBody(pages: ReadonlyArray<readonly TextLine[]>): BodyMetrics {
  const all = pages.flat();
  const left =
    mode(
      all.map((l) => l.left),
      2,
    ) ?? 0;
  const long = all.filter((l) => [...l.text].length >= 10);
  const right =
    mode(
      long.map((l) => l.right),
      2,
    ) ?? Math.max(0, ...all.map((l) => l.right));
  // line pitch inside a paragraph: measured after lines that run to the right margin
  const ratios: number[] = [];
  const inner: number[] = [];
  const afterShort: number[] = [];
  let indented = 0;
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const a = lines[i - 1];
      const b = lines[i];
      if (Math.abs(a.size - b.size) < 0.5) {
        const ratio = (b.baseline - a.baseline) / b.size;
        ratios.push(ratio);
        if (a.right >= right - 2 * a.size) inner.push(ratio);
        else afterShort.push(ratio);
      }
      const indent = b.left - left;
      if (indent > 1.5 * b.size && indent < 2.6 * b.size) indented++;
    }
  }
  const pitch =
    mode(
      inner.filter((r) => r > 0.8 && r < 4),
      0.05,
    ) ??
    mode(
      ratios.filter((r) => r > 0.8 && r < 4),
      0.05,
    ) ??
    1.3;
  const spaced = ratios.filter((r) => r > pitch * 1.25 + 0.1).length;
  return {
    left,
    right,
    pitch,
    usesIndent: all.length > 0 && indented / all.length >= 0.08,
    usesSpacing: ratios.length > 0 && spaced / ratios.length >= 0.05,
    paragraphPitch: paragraphPitchOf(afterShort, pitch),
  };
}

/** Paragraph spacing seen at least this often after short lines before it is trusted. */
const MIN_PARAGRAPH_GAPS = 5;

/**
 * The spacing after a paragraph's last line, from the gaps after lines that end short of the margin (most
 * of them end a paragraph): their most common gap, when it is clearly wider than a line's pitch and seen
 * often enough. Writer's "Text Body" adds 0.25 cm below each paragraph (S's PDF: lines 1.65 apart,
 * paragraphs 2.10), less than the fixed threshold of a gap (1.25 × pitch + 0.1) asks.
 */
function paragraphPitchOf(afterShort: readonly number[], pitch: number): number | null {
  const wide = afterShort.filter((r) => r > pitch * 1.1 && r < 4);
  const gap = mode(wide, 0.05);
  if (gap === undefined || wide.filter((r) => Math.abs(r - gap) <= 0.025).length < MIN_PARAGRAPH_GAPS) return null;
  return gap;
}

/** A line that breaks off inside a sentence: its last sign is a character, a number or a comma ("…权重分别为"). */
const BREAKS_OFF = /[\p{Script=Han}\p{L}\p{N}，、,]\s*$/u;
/** Dot leaders of a table of contents ("二、评价工作开展情况……3"), whose lines run to the margin as well. */
const LEADERS = /(?:[.．·・]\s*){4,}|…{2,}/u;

/** A line that ends a sentence, maybe inside quotes or brackets ("附件1。", "…完成。”"); "：" may end a heading. */
const ENDS_SENTENCE = /[。！？；!?;][”’」』）)]*\s*$/u;

/**
 * `cur` carries on the sentence `prev` broke off at the right margin, however it starts: "…权重分别为" /
 * "15、25、30、30；…", "…评分情况见" / "附件1。", "…见表" / "4、表5。". It holds only for a body line: one of the
 * same size, from the left margin (or a first-line indent) to the right one with no room left for `cur`'s first
 * word, not itself numbered (a heading or an entry of contents that fills its line ends there), and `cur` from the
 * left margin at the line pitch, running on to the margin or ending the sentence: a short line with no sentence
 * end is shaped like a heading ("（三）项目产出（权重20分）") and stays one. A heading after a table, a title or a
 * right-aligned date is none of these.
 */
function continuesSentence(prev: TextLine, cur: TextLine, m: BodyMetrics, samePage: boolean): boolean {
  const size = Math.min(prev.size, cur.size);
  if (Math.abs(prev.size - cur.size) > 0.15 * size) return false;
  if (!BREAKS_OFF.test(prev.text) || LEADERS.test(prev.text) || startsWithNumbering(prev.text)) return false;
  if (m.right - prev.right > cur.lead + size) return false; // room left: the line ended there
  if (prev.left - m.left < -0.8 * size || prev.left - m.left > 2.6 * size) return false; // centred or right-aligned
  if (Math.abs(cur.left - m.left) > 0.8 * size) return false; // indented: a paragraph of its own
  if (cur.right < m.right - 2 * size && !ENDS_SENTENCE.test(cur.text)) return false;
  return !samePage || cur.baseline - prev.baseline <= (m.pitch * 1.25 + 0.1) * cur.size;
}

/**
 * Does `cur` start a new paragraph after `prev`? `samePage` says whether they
 * are consecutive lines of one page (a page break hides the vertical gap).
 */
export function startsParagraph(prev: TextLine, cur: TextLine, m: BodyMetrics, samePage: boolean): boolean {
  const size = Math.min(prev.size, cur.size);
  // a wrapped tail that only looks numbered: "…两年共拨付42批次（见" / "附件4）。"
  if (Math.abs(prev.size - cur.size) <= 0.15 * size && closesOpenBracket(prev.text, cur.text)) return false;
  if (startsWithNumbering(cur.text)) return !continuesSentence(prev, cur, m, samePage);
  if (Math.abs(prev.size - cur.size) > 0.15 * size) return true; // heading and body differ in size
  if (cur.left - prev.left > 0.8 * size) return true; // first-line indent, or a centred line
  // previous line ended early: the next line's first word would have fitted after it
  if (m.right - prev.right > cur.lead + size) return true;
  if (prev.left - m.left > 3 * size && prev.right < m.right - size) return true; // previous line centred (a title)
  const ends = SENTENCE_END.test(prev.text);
  if (samePage) {
    const gap = cur.baseline - prev.baseline;
    if (gap > (m.pitch * 1.25 + 0.1) * cur.size) return true;
    // a sentence that ends at the margin, then the document's own paragraph spacing: "…扣0.5分。" / "综上，…"
    if (ends && m.paragraphPitch !== null && gap > ((m.pitch + m.paragraphPitch) / 2) * cur.size) return true;
    // neither indent nor spacing marks paragraphs: a sentence end at the line end is all there is
    if (ends && !m.usesIndent && !m.usesSpacing) return true;
    return false;
  }
  // across a page break: a sentence end starts anew unless the layout marks starts by indent
  return ends && !(m.usesIndent && cur.left - m.left < 0.8 * size);
}

const PAGE_NUMBER =
  /^(?:[-—–－]\s*\d{1,4}\s*[-—–－]|\d{1,4}|第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?|[ivxlc]{1,6})$/iu;

export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.test(text.trim());
}

/** The page's outer band where running headers and footers live, as a fraction of its height. */
const MARGIN_BAND = 0.12;

/**
 * Which lines are running headers, footers or page numbers: a page-number-like
 * line at the top or bottom of a page, or a top/bottom line whose text (digits
 * aside) repeats at the same place on at least half the pages (3 or more).
 */
export function findFurniture(pages: ReadonlyArray<readonly TextLine[]>, heights: readonly number[]): Set<TextLine> {
  const drop = new Set<TextLine>();
  const key = (l: TextLine): string => l.text.replace(/\d+/gu, '#').replace(/\s+/gu, '');
  const topKeys = new Map<string, number>();
  const bottomKeys = new Map<string, number>();
  const edges = pages.map((lines, i) => {
    const h = heights[i];
    const first = lines[0];
    const last = lines[lines.length - 1];
    const top = first && first.bottom < h * MARGIN_BAND ? first : undefined;
    const bottom = last && last.top > h * (1 - MARGIN_BAND) ? last : undefined;
    if (top) topKeys.set(key(top), (topKeys.get(key(top)) ?? 0) + 1);
    if (bottom && bottom !== top) bottomKeys.set(key(bottom), (bottomKeys.get(key(bottom)) ?? 0) + 1);
    return { top, bottom };
  });
  const repeated = (n: number | undefined): boolean => n !== undefined && n >= 3 && n >= pages.length / 2;
  for (const { top, bottom } of edges) {
    if (top && (isPageNumber(top.text) || repeated(topKeys.get(key(top))))) drop.add(top);
    if (bottom && (isPageNumber(bottom.text) || repeated(bottomKeys.get(key(bottom))))) drop.add(bottom);
  }
  return drop;
}
