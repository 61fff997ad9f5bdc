// Which body heading a contents entry stands for: same title (tolerantly: a
// shorter form, punctuation, a near-identical wording), preferring the same
// numbering. Attachment entries ("附件：…") match the attachment heading.
import { distance } from 'fastest-levenshtein';
import type { Document, Section, TocEntry } from '../model/document.js';

const squash = (s: string) => s.replace(/[\s、，,。；：:（）()“”"'《》.．·…-]/g, '');

export function titlesMatch(a: string, b: string): boolean {
  const ka = squash(a);
  const kb = squash(b);
  if (!ka || !kb) return false;
  if (ka === kb) return true;
  if (Math.min(ka.length, kb.length) >= 4 && (ka.includes(kb) || kb.includes(ka))) return true;
  return 1 - distance(ka, kb) / Math.max(ka.length, kb.length) >= 0.8;
}

export function isAttachmentEntry(e: TocEntry): boolean {
  return /^附\s*件/.test(e.title) || /^附\s*件/.test(e.numbering);
}

export function matchEntry(doc: Document, e: TocEntry): Section | null {
  if (isAttachmentEntry(e)) return doc.sections.find((s) => /^附件/.test(s.numbering) || /^附件/.test(s.title)) ?? null;
  const candidates = doc.sections.filter((s) => titlesMatch(e.title, s.title));
  return candidates.find((s) => s.numbering === e.numbering) ?? candidates[0] ?? null;
}

/** The page a heading starts on (PDF), from its paragraph's lines. */
export function headingPage(doc: Document, s: Section): number | null {
  const b = doc.blocks[s.block];
  return b.kind === 'paragraph' ? (b.lines[0]?.page ?? null) : null;
}
