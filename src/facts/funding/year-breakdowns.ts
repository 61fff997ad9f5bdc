// An amount broken down by year in one sentence: "2021—2024年，省财政累计安排专项资金26,900.00万元，
// 其中2021年6,000.00万元、2022年6,500.00万元、2023年7,100.00万元、2024年7,400.00万元". The parts are
// each one year's figure (facts about the whole leave them out), so they are read here, as a breakdown.
import type { Block, Document, Paragraph, SpanRef, Table } from '../../model/document.js';
import { cellAt } from '../../structure/grid.js';
import { findQuantities, parseQuantity, type Quantity } from '../lang/numbers.js';
import { clauseBefore, sentencesOf } from '../lang/boundaries.js';
import { COMPARED } from '../lang/other-year.js';
import { findYears, inBookTitle, inDocumentNumber, isCutoffDate, rangeOf } from '../lang/years.js';
import { consistent } from '../tolerance.js';
import { LIST_TOTAL_AFTER, YEAR_TOTAL_HEAD } from '../lang/totals.js';
import { headerKind, tableUnit, YEAR_COLUMN_HEAD as YEAR_HEAD } from './tables.js';
import type { FundKind } from './figures.js';
import { type FundSubject, fundSubject, isMoney, isPercent, isRate, lastKindWord } from './vocabulary.js';

export interface StatedAmount {
  q: Quantity;
  at: SpanRef;
  /** The kind its column names ("2023年到位": arrived); none for a year's whole amount. */
  kind?: FundKind;
}

export interface YearBreakdown {
  total: StatedAmount;
  /** Each year's amount, with the kind its words name ("2023年到位…": arrived) when they name one. */
  parts: Array<StatedAmount & { year: number }>;
  /**
   * When the whole is a fund's stated in the sentence before ("专项债券共分5批次发行，其中…"): each year's amount of
   * that fund as a table by year gives it in the fund's own column (表3 "专项债券资金"), never its 合计 column
   * (bonds + county). A year written otherwise is looked for there, not among the tables' 合计.
   */
  fundYears?: Map<number, StatedAmount[]>;
}

/** What may stand between two parts: a separator, the year, and a few words ("2022年度预算", "2023年下达"). */
const PART_LABEL = /^[：:]?[、，,；;]?\s*((?:19|20)\d{2})年度?[\u4e00-\u9fff]{0,8}?$/;

export function yearBreakdowns(doc: Document): YearBreakdown[] {
  const out: YearBreakdown[] = [];
  // "1.资金安排。项目三年共安排资金…，其中2022年度…": a run-in heading's paragraph is body text after its heading
  const runIn = new Set(doc.sections.filter((s) => s.runIn).map((s) => s.block));
  for (const b of doc.blocks) {
    if (b.kind !== 'paragraph' || !(b.role === 'body' || (b.role === 'heading' && runIn.has(b.index)))) continue;
    if (!/其中|合计|共计|总计|累计|共/.test(b.text)) continue;
    const qs = findQuantities(b.text).filter(isMoney);
    let qi = 0; // quantities come in order: one pass over them for all sentences
    const sentences = sentencesOf(b.text);
    for (const [i, [ss, se]] of sentences.entries()) {
      while (qi < qs.length && qs[qi].start < ss) qi++;
      const inSentence: Quantity[] = [];
      for (let j = qi; j < qs.length && qs[j].end <= se; j++) inSentence.push(qs[j]);
      const k = b.text.slice(ss, se).indexOf('其中') + ss;
      if (COMPARED.test(b.text.slice(ss, se))) continue;
      if (k < ss) {
        const closed = closedList(b, ss, inSentence);
        if (closed) out.push(closed);
        continue;
      }
      const parts: YearBreakdown['parts'] = [];
      let from = k + 2;
      for (const q of inSentence.filter((x) => x.start >= k)) {
        const m = PART_LABEL.exec(b.text.slice(from, q.start));
        if (!m) break;
        const kind = lastKindWord(m[0])?.w.kind;
        parts.push({
          q,
          at: { block: b.index, start: q.start, end: q.end },
          year: Number(m[1]),
          ...(kind && { kind }),
        });
        from = q.end;
      }
      // a breakdown names each year once, and at least two of them
      if (parts.length < 2 || new Set(parts.map((p) => p.year)).size !== parts.length) continue;
      const own = inSentence.filter((q) => q.end <= k).at(-1);
      if (own) {
        out.push({ total: { q: own, at: { block: b.index, start: own.start, end: own.end } }, parts });
        continue;
      }
      // the sentence before: in this paragraph, or the last of the one before (a text file's line may open a paragraph)
      const before = i > 0 ? { p: b, s: sentences[i - 1] } : lastSentence(doc.blocks[b.index - 1]);
      const lead = b.text.slice(ss, k);
      const years = parts.map((p) => p.year);
      const total = before ? wholeBefore(before.p.index, before.p.text, before.s, lead, years) : null;
      if (total) out.push({ total, parts, fundYears: fundColumnByYear(doc, fundSubject(lead)!) });
    }
  }
  return out;
}

/**
 * "到位情况为：2022年5,200.00万元、2023年4,600.00万元、2024年4,750.00万元，合计14,550.00万元": a list of year parts
 * closed by its sum (LIST_TOTAL_AFTER right after the last part). The first part opens a clause (after "：", "，");
 * each names its year once, at least two of them.
 */
function closedList(b: Paragraph, ss: number, inSentence: Quantity[]): YearBreakdown | null {
  const text = b.text;
  let parts: YearBreakdown['parts'] = [];
  let from = -1; // where the words of the next part begin: the last part's end, -1 before any
  for (const q of inSentence) {
    if (parts.length >= 2 && LIST_TOTAL_AFTER.test(text.slice(from, q.start))) {
      if (new Set(parts.map((p) => p.year)).size !== parts.length) return null;
      return { total: { q, at: { block: b.index, start: q.start, end: q.end } }, parts };
    }
    // a part continues the list, or opens one at its clause's start (from the mark before it: "：2022年")
    let m = from >= 0 ? PART_LABEL.exec(text.slice(from, q.start)) : null;
    if (!m) {
      const opening = Math.max(ss, text.slice(ss, q.start).search(/[：:，,、；][^：:，,、；]*$/) + ss);
      m = PART_LABEL.exec(text.slice(opening, q.start));
      parts = [];
    }
    from = q.end;
    if (!m) continue;
    const kind = lastKindWord(m[0])?.w.kind;
    parts.push({ q, at: { block: b.index, start: q.start, end: q.end }, year: Number(m[1]), ...(kind && { kind }) });
  }
  return null;
}

/**
 * "资金来源为地方政府专项债券资金18,000.00万元…。专项债券共分5批次发行，其中2022年度…": a breakdown whose own
 * sentence states no whole before "其中" breaks down the previous sentence's amount of the fund its words name
 * (`lead`, "专项债券共分5批次发行") and of the same kind (none, 预算, 支出 …) — the one such amount, or several that
 * agree ("18,000.00万元（1.80亿元）"). Nothing when the lead names no fund or several, when the previous sentence
 * compares or is dated outside the parts' years ("2021年度县级安排前期经费…"), or its amounts of that fund differ.
 */
function wholeBefore(
  block: number,
  text: string,
  [ps, pe]: [number, number],
  lead: string,
  years: number[],
): StatedAmount | null {
  const subject = fundSubject(lead);
  const prev = text.slice(ps, pe);
  if (!subject || COMPARED.test(prev) || !yearsWithin(prev, years)) return null;
  const kind = kindOf(lead);
  const found: Quantity[] = [];
  let from = ps;
  // amounts and rates only: a year ("2022—2024年下达…") is words of the clause
  const figures = findQuantities(prev).filter((x) => isMoney(x) || isPercent(x));
  for (const q of figures.map((x) => ({ ...x, start: x.start + ps, end: x.end + ps }))) {
    // the words of this amount alone: from its clause's start or the figure before it ("（1.80亿元）" names nothing)
    const label = clauseBefore(text, q.start, from);
    from = q.end;
    if (!isMoney(q) || fundSubject(label) !== subject || kindOf(label) !== kind) continue;
    found.push(q);
  }
  if (!found.length || !found.every((q) => consistent(q, found[0]))) return null;
  return { q: found[0], at: { block, start: found[0].start, end: found[0].end } };
}

/**
 * The kind of amount a clause names, for matching a whole to its years: a fund's 下达 ("下达专项债券资金18,000.00万元",
 * the quota assigned) is the fund's amount as such, of no kind apart, so that two that differ ("计划18,000.00万元，
 * 下达17,500.00万元") leave the whole uncertain.
 */
function kindOf(label: string): FundKind | null {
  const w = lastKindWord(label)?.w;
  return w && w.variant !== 'allotted' ? w.kind : null;
}

/** A fund's amounts by year in a table with the years as rows ("年度 | 专项债券资金 | 县级配套资金 | 合计"): its one column. */
function fundColumnByYear(doc: Document, subject: FundSubject): Map<number, StatedAmount[]> {
  const out = new Map<number, StatedAmount[]>();
  for (const t of doc.tables) {
    if (t.rows < 3 || t.reading.confidence !== 'good') continue;
    const head = Array.from({ length: t.cols }, (_, c) => cellAt(t, 0, c)?.text.replace(/\s/g, '') ?? '');
    if (!/^(?:年度|年份)/.test(head[0])) continue;
    const cols = head.flatMap((h, c) => (c > 0 && !YEAR_TOTAL_HEAD.test(h) && fundSubject(h) === subject ? [c] : []));
    if (cols.length !== 1) continue;
    const col = cols[0];
    const unit = /[(（]元[)）]/.test(head[col]) ? '元' : (tableUnit(doc, t)?.unit ?? '万元');
    for (let r = 1; r < t.rows; r++) {
      const label = /^((?:19|20)\d{2})年度?$/.exec(cellAt(t, r, 0)?.text.replace(/\s/g, '') ?? '');
      const cell = cellAt(t, r, col);
      if (!label || !cell || cell.row !== r || cell.col !== col) continue;
      const q = parseQuantity(/元$/.test(cell.text.trim()) ? cell.text : `${cell.text.trim()}${unit}`);
      if (!q || !isMoney(q)) continue;
      const year = Number(label[1]);
      const a = { q, at: { block: t.index, cell: { row: r, col }, start: 0, end: cell.text.length } };
      out.set(year, [...(out.get(year) ?? []), a]);
    }
  }
  return out;
}

/** The last sentence of a body paragraph. */
function lastSentence(b: Block | undefined): { p: Paragraph; s: [number, number] } | null {
  if (b?.kind !== 'paragraph' || b.role !== 'body') return null;
  const s = sentencesOf(b.text).at(-1);
  return s ? { p: b, s } : null;
}

/** Whether the years `text` is dated by (a year, a span, "截至2024年末") take in every one of `years`; true when it names none. */
function yearsWithin(text: string, years: number[]): boolean {
  let lo = Infinity;
  let hi = -Infinity;
  for (const y of findYears(text)) {
    if (inDocumentNumber(text, y) || inBookTitle(text, y)) continue;
    const [a, b] = rangeOf(text, y) ?? (isCutoffDate(text, y) ? [-Infinity, y.value] : [y.value, y.value]);
    lo = Math.min(lo, a, b);
    hi = Math.max(hi, a, b);
  }
  return lo === Infinity || years.every((y) => y >= lo && y <= hi);
}

/**
 * Each year's whole amount as a table by year gives it: a row headed "2023年" in a table whose header has
 * a 合计 (or 总计) column ("年度 | 传承人补助 | … | 合计"), the amount in that column, in the unit the table
 * or its header names (万元 when it names none: the unit tables of funds are written in).
 */
export function yearTotalsInTables(doc: Document): Map<number, StatedAmount[]> {
  const out = new Map<number, StatedAmount[]>();
  const add = (year: number, a: StatedAmount) => out.set(year, [...(out.get(year) ?? []), a]);
  for (const t of doc.tables) {
    if (t.rows < 3 || t.reading.confidence !== 'good') continue;
    yearColumnTotals(doc, t, add);
    yearKindColumnTotals(doc, t, add);
    const head = Array.from({ length: t.cols }, (_, c) => cellAt(t, 0, c)?.text.replace(/\s/g, '') ?? '');
    const col = head.findIndex((h) => YEAR_TOTAL_HEAD.test(h));
    if (col <= 0 || !/^(?:年度|年份)/.test(head[0])) continue;
    const unit = /[(（]元[)）]/.test(head[col]) ? '元' : '万元';
    for (let r = 1; r < t.rows; r++) {
      const label = /^((?:19|20)\d{2})年度?$/.exec(cellAt(t, r, 0)?.text.replace(/\s/g, '') ?? '');
      const cell = cellAt(t, r, col);
      const q =
        label && cell && cell.row === r
          ? parseQuantity(cell.text.includes('元') ? cell.text : `${cell.text}${unit}`)
          : null;
      if (!label || !q || !isMoney(q)) continue;
      add(Number(label[1]), { q, at: { block: t.index, cell: { row: r, col }, start: 0, end: cell!.text.length } });
    }
  }
  return out;
}

/**
 * A table whose header pairs each year with a kind ("资金来源 | 2023年计划 | 2023年到位 | 2024年计划 | 2024年到位 |
 * … | 合计" over its sources): the 合计 row under each "YYYY年<kind>" column, that year's amount of that kind
 * (到位 of 2023: 14,935.28), for a sentence's "其中2023年到位…" to be checked against. Each kind must name each of
 * its years once, and at least two; the unit must be stated, as in a table of years as columns.
 */
function yearKindColumnTotals(doc: Document, t: Table, add: (year: number, a: StatedAmount) => void): void {
  const heads = t.cells.flatMap((c) => {
    const m = c.row === 0 && c.col > 0 ? YEAR_KIND_HEAD.exec(c.text.replace(/\s/g, '')) : null;
    const kind = m ? headerKind(m[2])?.kind : undefined;
    return m && kind && !isRate(kind) ? [{ cell: c, year: Number(m[1]), kind }] : [];
  });
  let totalRow = t.rows - 1;
  while (totalRow > 0 && !YEAR_TOTAL_HEAD.test(cellAt(t, totalRow, 0)?.text.replace(/\s/g, '') ?? '')) totalRow--;
  const unit = tableUnit(doc, t)?.unit ?? null;
  if (totalRow === 0 || !unit) return;
  for (const kind of new Set(heads.map((h) => h.kind))) {
    const ofKind = heads.filter((h) => h.kind === kind);
    if (ofKind.length < 2 || new Set(ofKind.map((h) => h.year)).size !== ofKind.length) continue;
    for (const { cell: head, year } of ofKind) {
      const cell = cellAt(t, totalRow, head.col);
      if (!cell || cell.row !== totalRow || cell.col !== head.col || cell.colSpan !== 1) continue;
      const text = cell.text.trim();
      const q = parseQuantity(/元$/.test(text) ? text : `${text}${unit}`);
      if (!q || !isMoney(q)) continue;
      add(year, {
        q,
        kind,
        at: { block: t.index, cell: { row: totalRow, col: head.col }, start: 0, end: cell.text.length },
      });
    }
  }
}

/** "2023年到位", "2024年度实际支出": a year's column of one kind. */
const YEAR_KIND_HEAD = /^((?:19|20)\d{2})年度?([\u4e00-\u9fff]{1,8})$/;

/**
 * The same with the years as columns ("资金来源 | 2023年度 | 2024年度 | 合计"): the 合计 row under each year
 * column. A year spanning several columns ("2023年度" over 预算 | 支出) gives its budget column's. The unit
 * must be stated (in the header, over it, or for the table): a column of years may as well count people.
 */
function yearColumnTotals(doc: Document, t: Table, add: (year: number, a: StatedAmount) => void): void {
  const years = t.cells.filter((c) => c.row === 0 && c.col > 0 && YEAR_HEAD.test(c.text.replace(/\s/g, '')));
  // a table by year names each year once, and at least two of them
  const named = years.map((c) => Number(YEAR_HEAD.exec(c.text.replace(/\s/g, ''))![1]));
  if (years.length < 2 || new Set(named).size !== named.length) return;
  let totalRow = t.rows - 1;
  while (totalRow > 0 && !YEAR_TOTAL_HEAD.test(cellAt(t, totalRow, 0)?.text.replace(/\s/g, '') ?? '')) totalRow--;
  if (totalRow === 0) return;
  const tUnit = tableUnit(doc, t)?.unit ?? null;
  years.forEach((head, k) => {
    let col = head.col;
    // "2023年度" over "预算 | 支出" (a flattened span leaves it over 预算 alone): the budget column under it,
    // when exactly one is; a sub-header of another kind is not the year's amount
    const kinds = [...Array(head.colSpan).keys()].map((i) => ({
      c: head.col + i,
      kind: headerKind(cellAt(t, head.row + head.rowSpan, head.col + i)?.text ?? '')?.kind,
    }));
    if (head.colSpan > 1 || kinds[0].kind) {
      const budget = kinds.filter((x) => x.kind === 'budget');
      if (budget.length !== 1) return;
      col = budget[0].c;
    }
    const cell = cellAt(t, totalRow, col);
    if (!cell || cell.row !== totalRow || cell.col !== col || cell.colSpan !== 1) return;
    const unit = /[(（](万?元)[)）]/.exec(head.text)?.[1] ?? tUnit;
    const text = cell.text.trim();
    const q = /元$/.test(text) ? parseQuantity(text) : unit ? parseQuantity(`${text}${unit}`) : null;
    if (!q || !isMoney(q)) return;
    add(named[k], { q, at: { block: t.index, cell: { row: totalRow, col }, start: 0, end: cell.text.length } });
  });
}
