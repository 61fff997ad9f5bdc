// Amounts a sentence says were 拨付 (paid out) to one part of the fund — a 批次, a sub-fund, one group of
// recipients — against the table's row or column of that same part: "第三批次于2024年10月12日拨付5,275.25万元"
// against the row 第三批次 of a table captioned "…分批次拨付情况" (its 合计 column), "全年向48家企业拨付研发投入后
// 补助资金6,399.14万元" against that table's column 研发投入后补助 (its 合计 row) and, under the heading "（一）企业研发
// 投入后补助", the row of that name under "实际拨付". A 拨付 whose part is not known is compared with nothing: a part's
// payment often stands with no part named, and read as the whole's it is the whole's only by chance.
import type { Document, Paragraph, SpanRef, Table } from '../../model/document.js';
import type { PartScopes } from '../identity/part-scopes.js';
import type { EvaluatedYears } from '../lang/years.js';
import { clauseStart, sentenceStart } from '../lang/boundaries.js';
import { COMPARED, datedElsewhere } from '../lang/other-year.js';
import { numberedPartOpening } from '../lang/numbered-parts.js';
import { findQuantities, parseQuantity, scaleOf, type Quantity } from '../lang/numbers.js';
import { GROUP_SUBTOTAL_LABEL, MONEY_TOTAL_LABEL } from '../lang/totals.js';
import { rowLabel, textAt } from './table-cells.js';
import { tableUnit } from './tables.js';
import type { RowRestatement } from './row-restatements.js';
import {
  FILLER,
  MONEY_UNIT,
  PAID_CAPTION,
  PAID_HEAD,
  PAID_NOT,
  PAID_WORD,
  isMoney,
  lastKindWord,
  partNameKey,
} from './vocabulary.js';

/** One table cell that states what one part was paid: its part's key, the label the table gives it. */
interface PaidCell {
  key: string;
  label: string;
  q: Quantity;
  at: SpanRef;
}

/** A part's key, however its label is written: "第三批次" → "批次3", "研发投入后补助资金" → "研发投入后补助". */
export function paidPartKey(label: string): string {
  const l = label.replace(/\s/g, '');
  const numbered = numberedPartOpening(l);
  return numbered && numbered.name === l ? numbered.key : partNameKey(l);
}

/** A key too short to name one part ("补助", "资金"): compared with nothing. */
const named = (key: string) => key.length >= 3;

/** Headers of columns that are no part of the money: dates, document numbers, counts, rates. */
const NOT_A_PART_COLUMN = /日期|时间|文号|序号|编号|比例|率|数量|人数|户数|个数|家数|备注/;

/** The caption right before a table (a short paragraph, the unit line aside), or ''. */
function captionOf(doc: Document, t: Table): string {
  for (let b = t.index - 1; b >= Math.max(0, t.index - 2); b--) {
    const blk = doc.blocks[b];
    if (blk.kind !== 'paragraph') return '';
    const text = blk.text.replace(/\s/g, '');
    if (/^[（(]?单位[：:]/.test(text)) continue;
    return text.length <= 60 ? text : '';
  }
  return '';
}

/**
 * The cells of a table that state a part's payment: each row's under a "实际拨付" header, and in a table whose caption
 * names payments alone ("分批次拨付情况") each row's under its 合计 column and each named column's in its 合计 row.
 * A table in a place's or a programme's section is that one's: not read.
 */
function paidCells(doc: Document, t: Table, parts: PartScopes, whole: typeof parseQuantity): PaidCell[] {
  if (t.reading.confidence !== 'good' || t.rows < 3) return [];
  if (parts.placeOf(t.index) || parts.programmeOf(t.index)) return [];
  const caption = captionOf(doc, t);
  // "资金拨付及使用情况": a kind word of its own in the caption, so its columns are of several kinds
  const captionPaid = PAID_CAPTION.test(caption) && !lastKindWord(caption);
  const tUnit = tableUnit(doc, t)?.unit ?? null;
  const out: PaidCell[] = [];
  for (let c = 0; c < t.cols; c++) {
    const body = [...Array(t.rows).keys()].filter((r) => whole(textAt(t, r, c)) !== null);
    if (body.length < 2 || body[0] === 0) continue;
    const headText = t.cells[t.grid[body[0] - 1][c]].text.replace(/\s/g, '');
    const headUnit = /[（(](元|千元|万元|百万元|亿元)[）)]$/.exec(headText)?.[1] ?? null;
    const head = headText.replace(/[（(][^）)]*[）)]$/, '');
    const unit = headUnit ?? tUnit;
    if (!unit || !MONEY_UNIT.test(unit)) continue;
    // each row's payment: under 实际拨付, or under the 合计 of a table of payments
    const byRow = PAID_HEAD.test(head) || (captionPaid && MONEY_TOTAL_LABEL.test(head));
    // one part's payments across the rows (批次): its 合计 row is that part's
    const byColumn =
      captionPaid &&
      !byRow &&
      /^[\u4e00-\u9fff]{2,20}$/.test(head) &&
      !MONEY_TOTAL_LABEL.test(head) &&
      !NOT_A_PART_COLUMN.test(head) &&
      !lastKindWord(head);
    if (!byRow && !byColumn) continue;
    for (const r of body) {
      const q = whole(textAt(t, r, c))!;
      if (q.unit && !MONEY_UNIT.test(q.unit)) continue;
      const stated: Quantity = q.unit ? q : { ...q, unit, scale: scaleOf(unit) };
      const label = rowLabel(t, r).replace(/\s/g, '');
      const total = MONEY_TOTAL_LABEL.test(label);
      const at = { block: t.index, cell: { row: r, col: c } };
      if (byRow && !total && !GROUP_SUBTOTAL_LABEL.test(label) && named(paidPartKey(label)))
        out.push({ key: paidPartKey(label), label, q: stated, at });
      if (byColumn && total && named(paidPartKey(head)))
        out.push({ key: paidPartKey(head), label: head, q: stated, at });
    }
  }
  return out;
}

/**
 * What stands between 拨付 and its amount: null for nothing but filler ("拨付资金"), the part's key for a part's
 * name ("拨付研发投入后补助资金" → 研发投入后补助), undefined for anything else (not read).
 */
function nameAfterPaid(after: string): string | null | undefined {
  if (FILLER.test(after)) return null;
  for (let i = 2; i < after.length; i++)
    if (FILLER.test(after.slice(i))) {
      const name = after.slice(0, i);
      return /^[\u4e00-\u9fff]{2,20}$/.test(name) && named(partNameKey(name)) ? partNameKey(name) : undefined;
    }
  return /^[\u4e00-\u9fff]{3,20}$/.test(after) ? partNameKey(after) : undefined;
}

/**
 * What may open a sentence before its 拨付 when the part is the section's alone ("全年拨付82.00万元" under "（五）科技
 * 特派员"): a time, a cut-off date, words of extent; nothing that names another subject ("其中高新技术企业拨付…").
 */
const BARE_OPENING =
  /^(?:(?:截至|截止|到)?(?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:底|末|止)?[，,]?)?(?:全年|本年|年度|当年|年内|经核定[，,]?|共|共计|累计|已|实际|全部)*$/;

/** The key of the part a paragraph's own section heading names ("（一）企业研发投入后补助"), or null. */
function sectionKey(doc: Document, p: Paragraph): string | null {
  if (p.sectionId === null) return null;
  const key = paidPartKey(doc.sections[p.sectionId].title);
  return named(key) ? key : null;
}

/** The 拨付 amounts of parts the text states, each with the table cells of its part (`parts`: whose a figure is). */
export function extractPartPayments(
  doc: Document,
  parts: PartScopes,
  year: EvaluatedYears | null,
  whole: typeof parseQuantity = parseQuantity,
): RowRestatement[] {
  const byKey = new Map<string, PaidCell[]>();
  for (const t of doc.tables)
    for (const cell of paidCells(doc, t, parts, whole)) byKey.set(cell.key, [...(byKey.get(cell.key) ?? []), cell]);
  if (!byKey.size) return [];
  const out: RowRestatement[] = [];
  for (const b of doc.blocks) {
    if (b.kind !== 'paragraph' || b.role === 'toc' || b.role === 'title') continue;
    if (parts.placeOf(b.index) || parts.programmeOf(b.index)) continue;
    const text = b.text;
    for (const q of findQuantities(text)) {
      if (!isMoney(q)) continue;
      const from = clauseStart(text, q.start);
      const clause = text.slice(from, q.start);
      const paid = [...clause.matchAll(PAID_WORD)].at(-1);
      if (!paid) continue;
      // "应拨付…", "尚未拨付…": a plan or what is owed, not what was paid
      if (PAID_NOT.test(clause.slice(0, paid.index).replace(/\s/g, ''))) continue;
      if (COMPARED.test(clause) || datedElsewhere(clause, year)) continue;
      const after = nameAfterPaid(clause.slice(paid.index + paid[0].length).replace(/\s/g, ''));
      if (after === undefined) continue;
      // the part the clause opens with: "第三批次于2024年10月12日拨付…" (a sample's or a unit's figure is not a part's)
      const scope = parts.of(b.index, q.start);
      if (scope && !/^(?:part|place):/.test(scope)) continue;
      const opened = scope ? paidPartKey(scope.replace(/^(?:part|place):/, '')) : null;
      let keys: string[];
      if (opened) {
        // "第三批次拨付研发投入后补助…": one sub-fund of one 批次, a cell of the table, not a row
        if (after && !opened.endsWith(after)) continue;
        keys = [opened];
      } else if (after) {
        // "拨付研发投入后补助资金…" under "（一）企业研发投入后补助": the heading names the same part in full
        const heading = sectionKey(doc, b);
        keys = heading && heading !== after && heading.endsWith(after) ? [after, heading] : [after];
      } else {
        const lead = text.slice(sentenceStart(text, q.start), from + paid.index).replace(/\s/g, '');
        const heading = BARE_OPENING.test(lead) ? sectionKey(doc, b) : null;
        if (!heading) continue;
        keys = [heading];
      }
      const cells = keys.flatMap((k) => byKey.get(k) ?? []);
      if (!cells.length) continue;
      out.push({ label: cells[0].label, q, at: { block: b.index, start: q.start, end: q.end }, cells });
    }
  }
  return out;
}
