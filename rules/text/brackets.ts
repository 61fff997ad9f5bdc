// Brackets and quotes come in pairs, in order: 《》 （） “” ‘’ 〔〕 【】 ［］.
// A pair split over two paragraphs (a PDF page break) is accepted; so is a
// list marker "1）" at the start of a paragraph (structure/numbering.ts listMarkerLength). A table's cells read as lines (role
// table-text: "补贴标" / "准（元/" / "人次）") are a wrapped cell's pieces, not text: skipped.
import { spanIn, type TextPlace } from '../../src/facts/identity/places.js';
import type { Rule } from '../../src/model/rule.js';
import { listMarkerLength } from '../../src/structure/numbering.js';

const OPEN: Record<string, string> = { '《': '》', '（': '）', '“': '”', '‘': '’', '〔': '〕', '【': '】', '［': '］' };
const CLOSE: Record<string, string> = Object.fromEntries(Object.entries(OPEN).map(([o, c]) => [c, o]));

interface Problem {
  ch: string;
  at: number;
}

/** Unclosed openers and unopened closers of one text. */
function scan(text: string): { open: Problem[]; close: Problem[] } {
  const stack: Problem[] = [];
  const close: Problem[] = [];
  const skip = listMarkerLength(text);
  for (let i = skip; i < text.length; i++) {
    const ch = text[i];
    if (OPEN[ch]) stack.push({ ch, at: i });
    else if (CLOSE[ch]) {
      const k = stack.map((s) => s.ch).lastIndexOf(CLOSE[ch]);
      if (k < 0) close.push({ ch, at: i });
      else stack.splice(k, 1); // anything opened inside and left open stays on the stack
    }
  }
  return { open: stack, close };
}

const rule: Rule = {
  meta: {
    id: 'text/brackets',
    description: { 'zh-CN': '括号、书名号或引号不成对', en: 'Unpaired brackets or quotes' },
    defaultSeverity: 'warning',
    messages: {
      unclosed: { 'zh-CN': '“{ch}”没有对应的“{other}”', en: '"{ch}" is never closed with "{other}"' },
      unopened: { 'zh-CN': '“{ch}”前缺少对应的“{other}”', en: '"{ch}" has no opening "{other}"' },
    },
  },
  check(ctx) {
    const places = ctx.facts.places;
    const scans = places.map((p) => scan(p.text));
    const prose = (p: TextPlace) => !p.cell && p.role !== 'table-text';
    const next = (i: number): number =>
      i + 1 < places.length && prose(places[i]) && prose(places[i + 1]) ? i + 1 : -1;
    for (let i = 0; i < places.length; i++) {
      const p: TextPlace = places[i];
      if (p.role === 'table-text') continue;
      const { open, close } = scans[i];
      const n = next(i);
      for (const o of open) {
        // closed at the start of the next paragraph: a paragraph split by the layout
        const k = n >= 0 ? scans[n].close.findIndex((c) => CLOSE[c.ch] === o.ch) : -1;
        if (k >= 0) {
          scans[n].close.splice(k, 1);
          continue;
        }
        ctx.report({
          messageId: 'unclosed',
          data: { ch: o.ch, other: OPEN[o.ch] },
          locations: [spanIn(p, o.at, o.at + 1)],
        });
      }
      for (const c of close)
        ctx.report({
          messageId: 'unopened',
          data: { ch: c.ch, other: CLOSE[c.ch] },
          locations: [spanIn(p, Math.max(0, c.at - 12), c.at + 1)],
        });
    }
  },
};

export default rule;
