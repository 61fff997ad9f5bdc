// Grades: the thresholds a report states ("100-90（含）分为优、90-80（含）分为良…",
// "90分（含）以上为优…", "≥90分为优"), and the grades it gives ("评价等级为“优”",
// "评价等次：优☑ 良□", a 等级 column).
import type { Settings } from '../../model/settings.js';
import { Decimal } from 'decimal.js';
import type { Document, SpanRef } from '../../model/document.js';
import { identityBasics, type IdentityBasics } from '../identity/identity.js';
import { aboutAnotherYear } from '../lang/other-year.js';

export interface GradeBand {
  grade: string;
  /** Lowest score of the band (null: no lower bound) and whether it is included. */
  min: Decimal | null;
  minIncluded: boolean;
}

export interface GradeStatement {
  grade: string;
  span: SpanRef;
  /** 'total' for the overall grade stated in text or a checkbox row. */
  scope: 'total';
}

export const GRADE_WORD = '优秀|良好|中等|合格|不合格|较差|优|良|中|差';
const NORMAL: Record<string, string> = { 优秀: '优', 良好: '良', 中等: '中', 合格: '中', 不合格: '差', 较差: '差' };
export const normalGrade = (g: string) => NORMAL[g] ?? g;

const NUM = String.raw`(\d+(?:\.\d+)?)\s*分?\s*(（(?:含|不含)）)?`;
// "100-90（含）分为优", "90（不含）-80（含）分为良", "90分（含）以上为优", "60分以下为差", "≥90分为优", "90-100分为优"
const BAND = new RegExp(
  String.raw`(?:(≥|>|大于等于|大于|高于)\s*)?${NUM}(?:\s*[-—~～至到]\s*${NUM})?\s*(以上|及以上|以下|及以下)?(?:的)?\s*(?:分)?\s*(?:为|评定为|定为|属于|是)\s*[“"]?(${GRADE_WORD})`,
  'g',
);

/** The bands the document states; null when it states none (the caller's defaults apply). */
export function statedBands(doc: Document): { bands: GradeBand[]; span: SpanRef } | null {
  for (const b of doc.blocks) {
    const texts: { text: string; span: (s: number, e: number) => SpanRef }[] = [];
    if (b.kind === 'paragraph') texts.push({ text: b.text, span: (start, end) => ({ block: b.index, start, end }) });
    else
      for (const c of b.cells)
        texts.push({
          text: c.text,
          span: (start, end) => ({ block: b.index, cell: { row: c.row, col: c.col }, start, end }),
        });
    for (const t of texts) {
      const bands: GradeBand[] = [];
      let first = -1;
      let last = 0;
      for (const m of t.text.matchAll(BAND)) {
        const [, cmp, a, aIncl, b2, bIncl, dir, grade] = m;
        if (first < 0) first = m.index!;
        last = m.index! + m[0].length;
        let min: Decimal | null;
        let minIncluded = true;
        if (b2 !== undefined) {
          // a range: its lower end is the band's floor, included when marked （含） (or when neither end is marked)
          const lowIsA = new Decimal(a).lt(b2);
          min = new Decimal(lowIsA ? a : b2);
          const lowIncl = lowIsA ? aIncl : bIncl;
          const highIncl = lowIsA ? bIncl : aIncl;
          minIncluded = lowIncl ? lowIncl === '（含）' : !highIncl || highIncl !== '（含）';
        } else if (dir && /以下/.test(dir)) {
          min = null;
        } else {
          min = new Decimal(a);
          minIncluded = cmp === '>' || cmp === '大于' || cmp === '高于' ? false : aIncl !== '（不含）';
        }
        bands.push({ grade: normalGrade(grade), min, minIncluded });
      }
      if (bands.length >= 2) return { bands, span: t.span(first, last) };
    }
  }
  return null;
}

export const DEFAULT_BANDS = (t: { excellent: number; good: number; pass: number }): GradeBand[] => [
  { grade: '优', min: new Decimal(t.excellent), minIncluded: true },
  { grade: '良', min: new Decimal(t.good), minIncluded: true },
  { grade: '中', min: new Decimal(t.pass), minIncluded: true },
  { grade: '差', min: null, minIncluded: true },
];

/** The grade a score earns under the bands: the highest band whose floor it reaches. */
export function gradeOf(score: Decimal, bands: GradeBand[]): string | null {
  const sorted = [...bands].sort((a, b) => (b.min === null ? -1 : a.min === null ? 1 : b.min.cmp(a.min)));
  for (const b of sorted) if (b.min === null || (b.minIncluded ? score.gte(b.min) : score.gt(b.min))) return b.grade;
  return null;
}

// A grade word followed by "及以上" / "以上" / "以下" is a floor, not a grade given: "年度绩效评估结论为合格及以上"
// (each platform's own assessment) states no grade of the report.
const STATED = new RegExp(
  String.raw`(?:评价|绩效|综合)?(?:等级|等次|结论|结果)(?:为|评定为|是|：)\s*[“"「]?(${GRADE_WORD})(?![a-z]|\s*(?:及\s*)?以\s*[上下])`,
  'g',
);
const BOX = /[☑✓✔■☒√]/;
const EMPTY_BOX = /[☐□▢]/;

/** The overall grade as the text states it, and as a ticked box in a 评价等次 row. */
export function statedGrades(
  doc: Document,
  settings: Readonly<Settings> = {},
  identity: IdentityBasics = identityBasics(doc, settings),
): GradeStatement[] {
  const out: GradeStatement[] = [];
  const { evaluated: year } = identity;
  for (const b of doc.blocks) {
    if (b.kind === 'paragraph') {
      if (b.role === 'toc') continue;
      for (const m of b.text.matchAll(STATED)) {
        const start = m.index! + m[0].lastIndexOf(m[1]);
        if (aboutAnotherYear(b.text, start, year)) continue; // last year's grade, given for comparison
        out.push({
          grade: normalGrade(m[1]),
          scope: 'total',
          span: { block: b.index, start, end: start + m[1].length },
        });
      }
      continue;
    }
    const seen = new Set<number>();
    for (const c of b.cells) {
      if (seen.has(c.row) || !BOX.test(c.text) || !new RegExp(GRADE_WORD).test(c.text)) continue;
      const g = tickedGrade(c.text);
      if (!g) continue;
      seen.add(c.row);
      out.push({
        grade: normalGrade(g.grade),
        scope: 'total',
        span: { block: b.index, cell: { row: c.row, col: c.col }, start: g.start, end: g.end },
      });
    }
  }
  return out;
}

/** "优☑良□中□差□" (box after its word) or "☑优 □良" (box before): the ticked word. */
export function tickedGrade(text: string): { grade: string; start: number; end: number } | null {
  const words = [...text.matchAll(new RegExp(GRADE_WORD, 'g'))];
  if (words.length < 2) return null;
  // boxes follow their words when the text begins with a word
  const after = text.trimStart().search(new RegExp(`^(?:${GRADE_WORD})`)) === 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const from = after ? w.index! + w[0].length : i === 0 ? 0 : words[i - 1].index! + words[i - 1][0].length;
    const to = after ? (words[i + 1]?.index ?? text.length) : w.index!;
    const boxes = text.slice(from, to);
    if (BOX.test(boxes) && !(EMPTY_BOX.test(boxes) && !BOX.test(boxes)))
      return { grade: w[0], start: w.index!, end: w.index! + w[0].length };
  }
  return null;
}
