// Which body heading a contents entry stands for: same title (tolerantly: a
// shorter form, punctuation, a near-identical wording), preferring the same
// numbering. Attachment entries ("附件：…") match the attachment heading of their number ("附件2…" ↔ "附件2").
import { distance } from 'fastest-levenshtein';
import type { Document, Section, TocEntry } from '../model/document.js';
import { cnNumeralValue } from './numbering.js';

const squash = (s: string) => s.replace(/[\s、，,。；：:（）()“”"'《》.．·…-]/g, '');

export function titlesMatch(a: string, b: string): boolean {
  const ka = squash(a);
  const kb = squash(b);
  if (!ka || !kb) return false;
  if (ka === kb) return true;
  if (Math.min(ka.length, kb.length) >= 4 && (ka.includes(kb) || kb.includes(ka))) return true;
  return 1 - distance(ka, kb) / Math.max(ka.length, kb.length) >= 0.8;
}

/**
 * The paragraph after the contents that is an unnumbered entry's title and nothing else ("报告摘要", "前言"):
 * a front page's centred title, no numbered heading; null when none.
 */
export function titleParagraph(doc: Document, e: TocEntry): number | null {
  const key = squash(e.title);
  if (e.numbering || !key || key.length > 20) return null;
  const lastEntry = Math.max(...(doc.toc?.entries.map((x) => x.block) ?? [-1]));
  // any paragraph, a line read as a table's too ("报告摘要" above lines a .txt reader could not decode): the
  // entry's title standing alone is its page's title, whatever the reader made of the lines around it
  const p = doc.blocks.find((b) => b.kind === 'paragraph' && b.index > lastEntry && squash(b.text) === key);
  return p ? p.index : null;
}

/** Conjunctions a contents and its heading swap freely: "问题和建议" / "问题与建议". */
const CONJUNCTION = /[和与及、]/g;

/**
 * Do a contents entry and the heading it matched word the same title differently: as long as each other
 * once spaces, punctuation and conjunctions are set aside, yet another Han character in some place
 * ("绩效目标分析" / "绩效指标分析")? A shorter form, a dropped "的" or a spacing is no retitling.
 */
export function wordedOtherwise(entry: string, heading: string): boolean {
  const a = squash(entry).replace(CONJUNCTION, '与');
  const b = squash(heading).replace(CONJUNCTION, '与');
  if (a === b || a.length !== b.length) return false;
  return [...a].some((c, i) => c !== b[i] && /[\u4e00-\u9fff]/.test(c) && /[\u4e00-\u9fff]/.test(b[i]));
}

export function isAttachmentEntry(e: TocEntry): boolean {
  return /^附\s*件/.test(e.title) || /^附\s*件/.test(e.numbering);
}

/** The number an attachment's entry or heading opens with ("附件2 …", "附件二：…"); null when it has none. */
function attachmentNumber(text: string): number | null {
  const m = /^附\s*件\s*(\d{1,2}|[一二三四五六七八九十]{1,3})/.exec(text);
  if (!m) return null;
  return /\d/.test(m[1]) ? Number(m[1]) : cnNumeralValue(m[1]);
}

export function matchEntry(doc: Document, e: TocEntry): Section | null {
  if (isAttachmentEntry(e)) {
    const attachments = doc.sections.filter((s) => /^附件/.test(s.numbering) || /^附件/.test(s.title));
    // "附件3 …" is the heading "附件3", not the first attachment; an entry without a number (or a number no
    // heading has) takes the first, as one "附件：…" entry stands for the attachments together
    const n = attachmentNumber(`${e.numbering}${e.title}`);
    return (
      (n !== null ? attachments.find((s) => attachmentNumber(`${s.numbering}${s.title}`) === n) : undefined) ??
      attachments[0] ??
      null
    );
  }
  const candidates = doc.sections.filter((s) => titlesMatch(e.title, s.title));
  return candidates.find((s) => s.numbering === e.numbering) ?? candidates[0] ?? null;
}

/** The page a heading starts on (PDF), from its paragraph's lines. */
export function headingPage(doc: Document, s: Section): number | null {
  const b = doc.blocks[s.block];
  return b.kind === 'paragraph' ? (b.lines[0]?.page ?? null) : null;
}
