// Scores the body's headings and the contents state: the analysis section (whose children are
// the first-level indicators) and "（一）项目决策（分值20分，得分18.5分）" under it, and the 分值/得分
// any heading or contents entry restates, wherever it stands.
import type { Document, Paragraph, Section, SpanRef, TocEntry } from '../../model/document.js';
import { indicatorName, keysMatch } from '../lang/indicator-names.js';
import { asPoints, scoreMentions, type ScoreMention } from '../lang/score-words.js';
import { findQuantities, type FindQuantities, type Quantity } from '../lang/numbers.js';
import type { IndicatorTree, ScoreFact } from './indicators.js';
import { ANALYSIS_TITLE, FIRST_LEVEL_TITLE } from '../lang/sections.js';
import { sentenceStart } from '../lang/boundaries.js';

const para = (doc: Document, i: number): Paragraph | null => {
  const b = doc.blocks[i];
  return b?.kind === 'paragraph' ? b : null;
};

/** The heading's own text: numbering, title and a restated score (not a run-in body). */
export function headingRegion(doc: Document, s: Section): { text: string; from: number; to: number } | null {
  const p = para(doc, s.block);
  if (!p) return null;
  let to = s.runIn ? s.end : p.text.length;
  // "（1）立项依据充分性（3分）。…": a parenthesis right after a run-in heading still belongs to it
  if (s.runIn && p.text[to] === '（') {
    const close = p.text.indexOf('）', to);
    if (close > 0) to = close + 1;
  }
  return { text: p.text, from: s.start, to };
}

export const SCORE_KINDS = new Set(['分值', '得分', '扣分', '得分率']);

/** The score figures a heading states in its own text (its title line; a run-in heading's bracket). */
function headingMentions(doc: Document, s: Section, find: FindQuantities = findQuantities): ScoreMention[] {
  const r = headingRegion(doc, s);
  if (!r) return [];
  const text = r.text.slice(0, r.to);
  const out = scoreMentions(text, find).filter((m) => m.q.start >= r.from && SCORE_KINDS.has(m.kind));
  // "1.数量指标（25分，得24分）", "2.可持续影响指标（10分）": the bare points a heading opens its bracket with are its 分值
  for (const q of find(text)) {
    if (q.unit !== '分' || q.start < r.from || out.some((m) => m.q.start === q.start)) continue;
    if (/[（(]\s*$/.test(text.slice(Math.max(0, q.start - 3), q.start)))
      out.push({ kind: '分值', q: asPoints(q), label: '' });
  }
  return out.sort((a, b) => a.q.start - b.q.start);
}

/** The section whose children are the first-level indicators: most children restating a score, else a "…指标分析" title. */
export function findAnalysisRoot(doc: Document): number | null {
  let best: number | null = null;
  let bestCount = 1;
  for (const s of doc.sections) {
    const n = s.children.filter((c) =>
      headingMentions(doc, doc.sections[c]).some((m) => m.kind === '分值' || m.kind === '得分'),
    ).length;
    if (n > bestCount) {
      best = s.id;
      bestCount = n;
    }
  }
  // a first-level indicator with scored children under a "…指标分析" section: the analysis is its parent
  // (the indicator's heading may restate its score, or only name it: "（二）产出指标完成情况")
  while (best !== null) {
    const s = doc.sections[best];
    const parent = s.parent !== null ? doc.sections[s.parent] : null;
    const isIndicator =
      FIRST_LEVEL_TITLE.test(s.title) || headingMentions(doc, s).some((m) => m.kind === '分值' || m.kind === '得分');
    if (!parent || !ANALYSIS_TITLE.test(parent.title) || !isIndicator) break;
    best = parent.id;
  }
  if (best !== null) return best;
  const titled = doc.sections.find((s) => ANALYSIS_TITLE.test(s.title) && s.children.length >= 1);
  return titled ? titled.id : null;
}

export function headingFacts(
  doc: Document,
  analysis: number,
  tree: IndicatorTree,
  sectionNode: Map<number, number>,
): ScoreFact[] {
  const facts: ScoreFact[] = [];
  const visit = (s: Section, node: number, parentNode: number | null) => {
    sectionNode.set(s.id, node);
    const heading = para(doc, s.block)?.text ?? '';
    for (const m of headingMentions(doc, s))
      facts.push({
        node,
        kind: m.kind,
        q: m.q,
        source: 'heading',
        origin: 'heading',
        sourceParent: parentNode,
        span: { block: s.block, start: m.q.start, end: m.q.end },
        sentence: sentenceStart(heading, m.q.start),
      });
    for (const c of s.children) {
      const cs = doc.sections[c];
      visit(cs, tree.child(node, cs.title, cs.id), node);
    }
  };
  visit(doc.sections[analysis], tree.root, null);
  return facts;
}

/** The score figures a contents entry states ("（一）项目决策（分值20分，得分18分）……2"). */
const entryMentions = (p: Paragraph, find: FindQuantities = findQuantities): ScoreMention[] =>
  scoreMentions(p.text, find).filter((m) => SCORE_KINDS.has(m.kind));

export function tocFacts(doc: Document, sectionNode: Map<number, number>): ScoreFact[] {
  const facts: ScoreFact[] = [];
  if (!doc.toc) return facts;
  for (const e of doc.toc.entries) {
    const p = para(doc, e.block);
    if (!p) continue;
    const mentions = entryMentions(p);
    if (!mentions.length) continue;
    const key = indicatorName(e.title).key;
    const sec = [...sectionNode.keys()].find((id) => {
      const s = doc.sections[id];
      return s.numbering === e.numbering && keysMatch(indicatorName(s.title).key, key);
    });
    if (sec === undefined) continue;
    const node = sectionNode.get(sec)!;
    for (const m of mentions)
      facts.push({
        node,
        kind: m.kind,
        q: m.q,
        source: 'toc',
        origin: 'toc',
        sourceParent: null as number | null,
        span: { block: p.index, start: m.q.start, end: m.q.end },
        sentence: sentenceStart(p.text, m.q.start),
      });
  }
  return facts;
}

/** The 分值 and 得分 one heading or one contents entry states ("（一）项目决策（分值20分，得分18.5分）"). */
export interface StatedScore {
  /** The first 分值 stated, if any. */
  分值: Quantity | null;
  /** The first 得分 stated, if any. */
  得分: Quantity | null;
  /** From the first figure's label ("分值") to the last figure stated. */
  span: SpanRef;
  /** The indicator it is about (a node of the report's own system), null when none: its scope. */
  node: number | null;
}

function stated(block: number, mentions: ScoreMention[]): Omit<StatedScore, 'node'> | null {
  const of = (kind: '分值' | '得分') => mentions.find((m) => m.kind === kind) ?? null;
  const max = of('分值');
  const got = of('得分');
  const shown = [max, got].filter((m): m is ScoreMention => m !== null).sort((a, b) => a.q.start - b.q.start);
  if (!shown.length) return null;
  const first = shown[0];
  const span = { block, start: first.q.start - first.label.length, end: shown[shown.length - 1].q.end };
  return { 分值: max?.q ?? null, 得分: got?.q ?? null, span };
}

/**
 * The 分值/得分 every body heading states, by section, wherever the heading stands (not only under the
 * analysis section: "二、评价结论" → "（一）决策（分值20分，得分18分）"); `nodeOf` tells which indicator each is.
 */
export function headingScores(
  doc: Document,
  nodeOf: (section: number) => number | null,
  find: FindQuantities = findQuantities,
): Map<number, StatedScore> {
  const out = new Map<number, StatedScore>();
  for (const s of doc.sections) {
    const mentions = headingMentions(doc, s, find);
    const score = mentions.length ? stated(s.block, mentions) : null;
    if (score) out.set(s.id, { ...score, node: nodeOf(s.id) });
  }
  return out;
}

/**
 * The 分值/得分 every contents entry states, by the entry's block: the contents' own facts, each about the
 * heading `sectionOf` matches it to (and that heading's indicator, `nodeOf`), if any.
 */
export function entryScores(
  doc: Document,
  sectionOf: (entry: TocEntry) => number | null,
  nodeOf: (section: number) => number | null,
  find: FindQuantities = findQuantities,
): Map<number, StatedScore> {
  const out = new Map<number, StatedScore>();
  for (const e of doc.toc?.entries ?? []) {
    const p = para(doc, e.block);
    const mentions = p ? entryMentions(p, find) : [];
    const score = mentions.length ? stated(e.block, mentions) : null;
    if (!score) continue;
    const section = sectionOf(e);
    out.set(e.block, { ...score, node: section === null ? null : nodeOf(section) });
  }
  return out;
}
