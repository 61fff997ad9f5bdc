// The section tree, from the numbering each heading paragraph starts with.
// Depth comes from the order in which numbering kinds open inside each other
// (a report may skip a level), not from a fixed table.
import type { NumberingKind, Paragraph, Section } from '../model/document.js';
import { matchNumbering } from './numbering.js';
// body text after the first sentence end (lang/boundaries.ts SENTENCE_END) makes a heading run-in
import { SENTENCE_END } from '../facts/lang/boundaries.js';

export interface HeadingMatch {
  kind: NumberingKind | 'style';
  /** Kind key used for nesting: numbering kind, or "style<N>" / "attachment". */
  key: string;
  ordinal: number | null;
  numbering: string;
  title: string;
  start: number;
  end: number;
  runIn: boolean;
}

/** A score restated after a heading: "（指标分值20分，评价得分20分）". */
const TRAILING_PAREN_WITH_DIGIT = /（[^（）]*\d[^（）]*）$/;
const ATTACHMENT = /^附\s*件\s*(\d{0,2})\s*[：:]?/;

export function matchHeading(p: Paragraph): HeadingMatch | null {
  const text = p.text;
  const n = matchNumbering(text);
  if (n) {
    const rest = text.slice(n.length);
    if (!rest.trim()) return null;
    // "1.产出数量：此项满分15分，自评15分。": a short name before a colon is the run-in title
    const colon = /^[^：:。；！？\d（(]{2,20}(?:[（(][^）)]{0,12}[）)])?[：:]/.exec(rest);
    let stop = colon && rest.slice(colon[0].length).trim() ? colon[0].length - 1 : rest.search(SENTENCE_END);
    // a numbered paragraph that is one sentence is a heading only up to its first clause, the rest is its text:
    // "（四）完善单位整体绩效目标，…应结合公立医院绩效考核指标，设置可量化、可考核的产出和效益指标。"
    if (stop >= 0 && !rest.slice(stop + 1).trim()) {
      const comma = firstClauseEnd(rest);
      if (comma >= 2 && comma < stop) stop = comma;
    }
    const headEnd = stop >= 0 ? n.length + stop : text.length;
    const runIn = stop >= 0 && text.slice(n.length + stop + 1).trim().length > 0;
    const title = cleanTitle(text.slice(n.length, headEnd));
    if (!title) return null;
    return {
      kind: n.kind,
      // "1.1" and "1.1.1" are two levels, not siblings
      key: n.parts ? `${n.kind}${n.parts}` : n.kind,
      ordinal: n.ordinal,
      numbering: n.numbering,
      title,
      start: 0,
      end: headEnd,
      runIn,
    };
  }
  const att = ATTACHMENT.exec(text);
  if (att && text.length <= 60) {
    return {
      kind: 'style',
      key: 'attachment',
      ordinal: att[1] ? Number(att[1]) : null,
      numbering: att[0].replace(/[：:\s]/g, ''),
      title: cleanTitle(text.slice(att[0].length)),
      start: 0,
      end: text.length,
      runIn: false,
    };
  }
  if (p.headingLevel && text.length <= 80) {
    return {
      kind: 'style',
      key: `style${p.headingLevel}`,
      ordinal: null,
      numbering: '',
      title: cleanTitle(text),
      start: 0,
      end: text.length,
      runIn: false,
    };
  }
  return null;
}

/** Where the first clause ends: the first "，" outside brackets and quotes ("（权重25分，得分22.01分）" is inside); else -1. */
function firstClauseEnd(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if ('（(“‘《'.includes(c)) depth++;
    else if ('）)”’》'.includes(c)) depth = Math.max(0, depth - 1);
    else if (c === '，' && depth === 0) return i;
  }
  return -1;
}

export function cleanTitle(s: string): string {
  let t = s
    .trim()
    .replace(/[。；：:，,！？]+$/, '')
    .trim();
  while (TRAILING_PAREN_WITH_DIGIT.test(t)) t = t.replace(TRAILING_PAREN_WITH_DIGIT, '').trim();
  return t;
}

/**
 * Builds sections over the body paragraphs. `isBody(index)` says which block
 * indexes may hold headings (not the cover, not the TOC).
 */
export function buildSections(paragraphs: Paragraph[], isBody: (blockIndex: number) => boolean): Section[] {
  const sections: Section[] = [];
  const stack: Array<{ id: number; key: string }> = [];
  for (const p of paragraphs) {
    if (!isBody(p.index)) continue;
    const h = matchHeading(p);
    if (!h) continue;
    if (h.key === 'attachment') stack.length = 0;
    else {
      const same = stack.findIndex((s) => s.key === h.key);
      if (same >= 0) stack.length = same;
      else if (h.key.startsWith('style')) {
        // style headings nest by their level number
        const lvl = Number(h.key.slice(5));
        while (
          stack.length &&
          stack[stack.length - 1].key.startsWith('style') &&
          Number(stack[stack.length - 1].key.slice(5)) >= lvl
        )
          stack.pop();
      }
    }
    const parent = stack.length ? stack[stack.length - 1].id : null;
    const id = sections.length;
    const head = `${h.numbering}${h.title}`;
    sections.push({
      id,
      level: stack.length + 1,
      kind: h.kind,
      ordinal: h.ordinal,
      numbering: h.numbering,
      title: h.title,
      block: p.index,
      start: h.start,
      end: h.end,
      runIn: h.runIn,
      parent,
      children: [],
      lastBlock: p.index,
      path: parent === null ? head : `${sections[parent].path} > ${head}`,
    });
    if (parent !== null) sections[parent].children.push(id);
    stack.push({ id, key: h.key });
  }
  return sections;
}

/** Sets lastBlock of each section: the block before the next section at the same or a higher level. */
export function closeSections(sections: Section[], blockCount: number): void {
  for (let i = 0; i < sections.length; i++) {
    let end = blockCount - 1;
    for (let j = i + 1; j < sections.length; j++) {
      if (sections[j].level <= sections[i].level) {
        end = sections[j].block - 1;
        break;
      }
    }
    sections[i].lastBlock = end;
  }
}
