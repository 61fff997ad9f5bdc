// Amounts the text states for one row of a funding table ("基本支出决算1,832.76万元" for the row
// 基本支出 of "支出类别 | 全年预算数 | 决算数"): a spending category or a programme, which the
// money figures (sources and totals) do not cover. Found by the row's label right before the
// kind word of the row's column, so a clause that only mentions the label restates nothing.
import type { Document, SpanRef } from '../../model/document.js';
import { extractFunding } from './funding.js';
import { findQuantities, isStated, type Quantity, type Stated } from '../lang/numbers.js';
import { clauseBefore } from '../lang/boundaries.js';
import { COMPARED } from '../lang/other-year.js';
import { MONEY_TOTAL_LABEL } from '../lang/totals.js';
import type { FundFigure, FundingFacts } from './figures.js';
import { isMoney, isPercent, lastKindWord } from './vocabulary.js';

export interface RowRestatement {
  /** The row label as the table writes it. */
  label: string;
  q: Quantity;
  at: SpanRef;
  /** The table cells of that row and kind (one per table that lists the row; part-payments.ts: a part's 拨付 cells). */
  cells: Array<{ q: Quantity; at: SpanRef }>;
}

/** What may stand between the kind word and the amount: "决算1,832.76万元", "执行率仅72.65%". */
const BETWEEN = /^(?:的)?(?:资金|经费|金额|总额|数|额|为|是|达|达到|共|共计|计|仅|仅为|只有|约|了|：|:)*$/;
/** What may stand before the label in its clause. */
const LEAD = /^(?:其中[：:]?|全年|本年|年度|当年|部门|单位)*/;

/** The restatements of `funding`'s item rows (the fact store hands its funding facts). */
export function extractRowRestatements(doc: Document, funding: FundingFacts = extractFunding(doc)): RowRestatement[] {
  // the rows by label: only item rows (categories, programmes) whose table gives a unit
  const rows = new Map<string, Stated<FundFigure>[]>();
  for (const f of funding.figures) {
    if (f.origin !== 'table' || f.source !== 'item' || !isStated(f) || !f.unitKnown) continue;
    if (f.label.length < 3 || MONEY_TOTAL_LABEL.test(f.label)) continue;
    rows.set(f.label, [...(rows.get(f.label) ?? []), f]);
  }
  if (!rows.size) return [];
  const out: RowRestatement[] = [];
  for (const b of doc.blocks) {
    if (b.kind !== 'paragraph' || b.role === 'toc' || b.role === 'title') continue;
    const text = b.text;
    for (const q of findQuantities(text)) {
      if (!isMoney(q) && !isPercent(q)) continue;
      const clause = clauseBefore(text, q.start);
      if (COMPARED.test(clause)) continue; // "较上年基本支出决算…": another year's
      const kw = lastKindWord(clause);
      if (!kw || !BETWEEN.test(clause.slice(kw.end))) continue;
      const before = clause.slice(0, kw.start).replace(LEAD, '').replace(/的$/, '');
      // "知识产权保护经费执行率": the kind word took the label's last word (经费执行率)
      const overlap = /^(?:预算|资金|经费)/.exec(clause.slice(kw.start, kw.end))?.[0] ?? '';
      const label = rows.has(before) ? before : before + overlap;
      const cells = (rows.get(label) ?? []).filter(
        (f) =>
          f.kind === kw.w.kind &&
          (f.kind !== 'budget' || f.variant === (kw.w.variant ?? 'plain')) &&
          isMoney(f.q) === isMoney(q),
      );
      if (cells.length) out.push({ label, q, at: { block: b.index, start: q.start, end: q.end }, cells });
    }
  }
  return out;
}
