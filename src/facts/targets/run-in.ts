// A run-in sentence that opens with one indicator of the attachment's target table and states one figure of
// its unit for its year is that indicator's actual: "C1-2公益性岗位安置人数（权重4分）：2024年末在岗197人，达到目标，
// 但有2个乡镇岗位空缺超过3个月，扣0.4分，得3.6分。" against 附件6's "公益性岗位安置人数 | ≥175人 | … | 2024年完成值 179人".
// The figure stands under a label of its own (在岗, not 完成/实际), so only the name before the colon says whose
// it is: read only when nothing else is uncertain — the name is the table row's whole name, a code before it is
// that row's, the unit is the row's (人, not 人次 or 人月), the year is the row's column's, and it is the one such
// figure of the sentence.
import type { Document, Paragraph } from '../../model/document.js';
import { clauseBefore, sentencesOf } from '../lang/boundaries.js';
import { indicatorName, runInLead } from '../lang/indicator-names.js';
import { findQuantities, unitExtended, type Quantity } from '../lang/numbers.js';
import { COMPARED } from '../lang/other-year.js';
import { findYears, inBookTitle, inDocumentNumber, type EvaluatedYears } from '../lang/years.js';
import { NOT_AN_INDICATOR, TARGET_MARK, unitFamily } from './kinds.js';
import type { IndicatorStatement } from './targets.js';

/**
 * Under "（六）项目绩效目标" (or a heading below it, "1.产出指标") a sentence "公益性岗位安置人数：2024年末在岗175人"
 * states the target; under "三、绩效目标完成情况" the actual. The nearest heading that speaks of 目标 says which.
 */
function aboutTargets(doc: Document, section: number | null): boolean {
  for (let s = section; s !== null; s = doc.sections[s].parent) {
    const title = doc.sections[s].title;
    if (/目标/.test(title)) return !/完成|实现|达成/.test(title);
  }
  return false;
}

/** Whether a paragraph's sentence says the indicator got full marks (the sentence readers' own reading). */
type MarksOf = (p: Paragraph, sentence: [number, number]) => IndicatorStatement['fullMarks'];

/** The run-in actuals of the document's paragraphs, given the statements its target tables make. */
export function runInActuals(
  doc: Document,
  tableStatements: IndicatorStatement[],
  year: EvaluatedYears | null,
  marksOf: MarksOf,
): IndicatorStatement[] {
  const rows = new Map<string, IndicatorStatement[]>();
  for (const s of tableStatements) {
    const key = indicatorName(s.name).key;
    if (key.length >= 3) rows.set(key, [...(rows.get(key) ?? []), s]);
  }
  if (!rows.size) return [];
  const codes = codebook(doc);
  const out: IndicatorStatement[] = [];
  for (const p of doc.blocks) {
    if (p.kind !== 'paragraph' || p.role === 'toc' || p.role === 'title') continue;
    if (aboutTargets(doc, p.sectionId)) continue;
    for (const [ss, se] of sentencesOf(p.text)) {
      const lead = runInLead(p.text.slice(ss, se));
      if (!lead) continue;
      const key = indicatorName(lead.name).key;
      const named = rows.get(key);
      if (!named || (lead.code !== null && !codes.agree(lead.code, key))) continue;
      // the row's unit and year: several rows of that name must agree on both
      // (a row whose cells hold no figure of a known unit gives none: nothing is said)
      const families = new Set(
        named.map((s) => ((s.actual ?? s.target) ? unitFamily((s.actual ?? s.target)!.q) : null)),
      );
      const years = new Set(named.map((s) => s.year));
      if (families.size !== 1 || years.size !== 1) continue;
      const [family] = families;
      const [rowYear] = years;
      const others = [...rows.keys()].filter((k) => k !== key && !key.includes(k));
      const q = onlyActual(p.text, ss + lead.end, se, family, rowYear, year, others);
      if (!q) continue;
      out.push({
        name: named[0].name,
        origin: 'text',
        target: null,
        actual: { q, at: { block: p.index, start: q.start, end: q.end }, order: [p.index, 0, 0, q.start] },
        year: rowYear,
        fullMarks: marksOf(p, [ss, se]),
      });
    }
  }
  return out;
}

/**
 * The one figure of the statement text[from, to) that is the indicator's actual, or null: of the indicator's unit
 * family, not a target ("目标175人", "≥175人"), a change or a part ("较上年增加9人", "其中脱贫人口120人"), nor in a
 * clause naming another indicator of the table; dated by the row's year in its own clause (an undated row: by no
 * year but the one evaluated). Null when there are none or several.
 */
function onlyActual(
  text: string,
  from: number,
  to: number,
  family: string | null,
  rowYear: number | null,
  evaluated: EvaluatedYears | null,
  others: string[],
): Quantity | null {
  if (family === null) return null;
  const found = findQuantities(text.slice(0, to)).filter(
    (q) => q.start >= from && unitFamily(q) === family && !unitExtended(text, q),
  );
  const actuals = found.filter((q) => {
    const clause = clauseBefore(text, q.start, from);
    return (
      q.comparator === null &&
      !TARGET_MARK.test(clause) &&
      !NOT_AN_INDICATOR.test(clause) &&
      !COMPARED.test(clause) &&
      !/^其中/.test(clause)
    );
  });
  if (actuals.length !== 1) return null;
  const q = actuals[0];
  const clause = clauseBefore(text, q.start, from);
  if (others.some((k) => clause.includes(k))) return null;
  // every year before the figure in the statement: "2024年末在岗197人" under 2024年完成值; none but the report's
  // one year under a 完成值 of no year
  const dates = (t: string) => findYears(t).filter((y) => !inDocumentNumber(t, y) && !inBookTitle(t, y));
  const before = dates(text.slice(from, q.start)).map((y) => y.value);
  if (rowYear !== null) return dates(clause).length === 1 && before.every((y) => y === rowYear) ? q : null;
  const single = evaluated && evaluated.from === evaluated.to ? evaluated.from : null;
  return before.every((y) => y === single) ? q : null;
}

/**
 * Which names the document's tables give each indicator code ("C1-2 | 产出 | 产出数量 | 公益性岗位安置人数"), so that a
 * sentence's code and name are checked against each other: "C1-3公益性岗位安置人数" where C1-3 is 创业补贴发放人数 is
 * not known to be about either.
 */
function codebook(doc: Document) {
  const namesOf = new Map<string, Set<string>>();
  const codesOf = new Map<string, Set<string>>();
  const pair = (code: string, key: string) => {
    if (!key) return;
    namesOf.set(code, (namesOf.get(code) ?? new Set()).add(key));
    codesOf.set(key, (codesOf.get(key) ?? new Set()).add(code));
  };
  for (const t of doc.tables)
    for (const row of t.grid) {
      const names = [...new Set(row)].map((id) => indicatorName(t.cells[id].text));
      for (const n of names) {
        if (!n.code) continue;
        if (n.key) pair(n.code, n.key);
        else for (const other of names) if (!other.code) pair(n.code, other.key);
      }
    }
  return {
    /** The code is the name's wherever a table pairs either with anything (a code or name in no table: no objection). */
    agree(code: string, key: string): boolean {
      return (namesOf.get(code)?.has(key) ?? true) && (codesOf.get(key)?.has(code) ?? true);
    },
  };
}
