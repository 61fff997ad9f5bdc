// The table of contents: a "目录" heading followed by entries that end in a page
// number. Entries are not sections; rules compare them with the body's headings.
import type { Paragraph, Toc, TocEntry } from '../model/document.js';
import { KIND_RANK, matchNumbering } from './numbering.js';
import { cleanTitle } from './sections.js';

const TOC_HEADING = /^(目\s*录|目\s*次|contents|table of contents)$/i;
/** Title, optional leader (dots, tabs, spaces), page number at the end. */
const ENTRY = /^(.*?[^\d\s.…·_—-])[\s.…·_—-]*(\d{1,3})$/;

export function isTocHeading(text: string): boolean {
  return TOC_HEADING.test(text.trim());
}

export function looksLikeTocEntry(text: string): boolean {
  return ENTRY.test(text.trim());
}

/** A line of raw text with a visible leader before a trailing number ("一、概况……3", "一、概况\t3"). */
export function hasLeaderAndPage(raw: string): boolean {
  return /(\t|\.{3,}|…{1,}|·{3,}|_{3,}| {2,})\s*\d{1,3}\s*$/.test(raw);
}

export function parseTocEntry(p: Paragraph): TocEntry | null {
  const m = ENTRY.exec(p.text.trim());
  if (!m) return null;
  let title = m[1].trim();
  const n = matchNumbering(title);
  let numbering = '';
  if (n) {
    numbering = n.numbering;
    title = title.slice(n.length).trim();
  }
  // the same cleaning as section titles: a restated score is not part of the title
  title = cleanTitle(title);
  return {
    block: p.index,
    kind: n?.kind ?? null,
    numbering,
    title,
    page: Number(m[2]),
    level: n ? KIND_RANK[n.kind] : 1,
  };
}

function pagelessEntry(p: Paragraph): TocEntry | null {
  const t = p.text.trim();
  if (t.length > 40 || /[。；;！？]/.test(t)) return null;
  const n = matchNumbering(t);
  if (n)
    return {
      block: p.index,
      kind: n.kind,
      numbering: n.numbering,
      title: cleanTitle(t.slice(n.length).trim()),
      page: null,
      level: KIND_RANK[n.kind],
    };
  // the attachments listed at the end of a contents ("附件1绩效评价评分表"): entries too, not the body's first headings
  const a = ATTACHMENT.exec(t);
  if (a && a[0].length < t.length)
    return {
      block: p.index,
      kind: null,
      numbering: a[0].trim(),
      title: cleanTitle(t.slice(a[0].length).trim()),
      page: null,
      level: 1,
    };
  return null;
}

const ATTACHMENT = /^附\s*件\s*[\d一二三四五六七八九十]*\s*[：:、.．]?\s*/;

/**
 * Paragraph `i` is a chapter heading of the body ("一、基本情况"): numbered 一、, no page number at its end,
 * and the next paragraph is no contents line (a contents entry that lost its page number to the next line
 * still has one after it).
 */
function opensBody(paragraphs: Paragraph[], i: number): boolean {
  const p = paragraphs[i];
  if (p.role === 'table-text' || matchNumbering(p.text.trim())?.kind !== 'cn-dun') return false;
  if (hasLeaderAndPage(p.raw) || ENTRY.test(p.text.trim())) return false;
  const next = paragraphs[i + 1];
  return !next || !(hasLeaderAndPage(next.raw) || ENTRY.test(next.text.trim()));
}

/**
 * Finds the TOC among the first blocks: after a 目录 heading, the run of entry
 * paragraphs; without a heading, a run of at least three entries with leaders.
 * Returns the entries and the block range they occupy.
 */
export function findToc(paragraphs: Paragraph[]): { toc: Toc; first: number; last: number } | null {
  const limit = Math.max(20, Math.ceil(paragraphs.length * 0.5));
  for (let i = 0; i < Math.min(paragraphs.length, limit); i++) {
    const p = paragraphs[i];
    const headed = isTocHeading(p.text);
    // a contents without its 目录 heading stands before the body: once a chapter heading opens the body, a
    // table's rows read as lines ("绩效目标合理性     2", the 分值 at the line's end) are no contents
    if (!headed && opensBody(paragraphs, i)) return null;
    const start = headed ? i + 1 : i;
    if (!headed && !hasLeaderAndPage(p.raw)) continue;
    const entries: TocEntry[] = [];
    let j = start;
    for (; j < paragraphs.length; j++) {
      // after a 目录 heading, a contents without page numbers (a markdown list) is a run of short
      // numbered lines; it ends where the body begins, repeating its first entry
      const e = parseTocEntry(paragraphs[j]) ?? (headed ? pagelessEntry(paragraphs[j]) : null);
      if (!e) break;
      if (
        e.page === null &&
        entries.length &&
        `${e.numbering}${e.title}` === `${entries[0].numbering}${entries[0].title}`
      )
        break;
      if (!headed && !hasLeaderAndPage(paragraphs[j].raw)) break;
      entries.push(e);
    }
    if (entries.length >= (headed ? 1 : 3)) {
      return { toc: { block: p.index, entries }, first: p.index, last: paragraphs[j - 1].index };
    }
    if (headed) return null;
  }
  return null;
}
