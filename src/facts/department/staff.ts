// A department's staff as its prose states it ("核定编制163名", "年末实有在职人员152人") and as its staffing
// tables total it (表 各单位人员编制情况 / 按编制类别: the 合计 row of a 编制数 or 实有人数 column), each with
// its measure (编制 posts vs 实有 people on the rolls) and its year, so the two can be compared only where
// they count the same thing. 编外, 离退休, 空编 and a category's posts ("其中行政编制32名") are other things.
// A table by post under year-end groups ("2024年末" over 编制内 | 编制外 | 合计) gives 实有 people of that year-end
// in each group's 合计 column (yearEndColumns).
import { Decimal } from 'decimal.js';
import type { Document, SpanRef, Table } from '../../model/document.js';
import { figure, span, textAt, unitOf } from '../funding/table-cells.js';
import type { ColumnTotal } from '../funding/table-totals.js';
import { CLAUSE_BREAK } from '../lang/boundaries.js';
import { findQuantities, isStated, type Quantity } from '../lang/numbers.js';
import { COLUMN_TOTAL_LABEL } from '../lang/totals.js';
import { findYears, inDocumentNumber, type EvaluatedYears } from '../lang/years.js';
import { LAST_DAY } from '../lang/dates.js';

/** 编制: posts approved (核定编制); 实有: people on the rolls (实有在职人员). */
export type StaffMeasure = '编制' | '实有';

export interface StaffStatement {
  measure: StaffMeasure;
  /** The year the sentence dates the count to ("截至2024年12月31日，…", "2023年末实有…"). */
  year: number;
  q: Quantity;
  span: SpanRef;
}

export interface StaffColumn {
  measure: StaffMeasure;
  /** The year its header names ("2024年末实有人数"), else the table's current year ("年末实有在职人数"). */
  year: number;
  header: string;
  total: { q: Quantity; span: SpanRef };
  /** The rows' labels (units, 编制类别): a paragraph naming one speaks of that row, not the whole. */
  rows: string[];
  /** The 合计 is its rows' sum: when it is not, which figure is wrong is count/column-total's to say. */
  adds: boolean;
}

export interface StaffFacts {
  statements: StaffStatement[];
  columns: StaffColumn[];
}

// "实有在职人员152人", "在职人员178人", "实有人数150人", "年末实有在职35人"; not 人次
const PRESENT =
  /(?:实有(?:在职|在编)?|在职)(?:人员|人数|职工)?(?:总数)?(?:为|共|共计|合计|达)?(\d[\d,]*)(?:人|名)(?!次)/g;
// "核定编制163名", "核定行政和事业编制186名", "编制数163个"
const POSTS = /编制(?:数|总数)?(?:为|共|共计|合计)?(\d[\d,]*)(?:名|人|个)(?!次)/g;
// before 编制: a category's posts ("行政编制32名", "参照公务员法管理事业编制26名"), unless it is "核定X和Y编制"
const CATEGORY_BEFORE = /(?:行政|事业|参公|工勤|机关|[一二]类|管理)$/;
const JOINED_CATEGORIES = /核定[\u4e00-\u9fff]{1,8}(?:和|及|与)[\u4e00-\u9fff]{1,8}$/;
// not the people on the rolls: "离退休在职…", "编外…", "非在职"
const OTHER_PEOPLE = /(?:离|退休|编外|非|聘用)$/;
/** A subject that is one member, not the department: "该单位为公益一类事业单位，核定编制38名". */
const MEMBER_SUBJECT = /该(?:单位|中心|站|所|队|院|馆|科|股)/;

/** A header's measure: "编制合计", "核定编制数" → 编制; "年末实有在职人数", "2023年末实有人数" → 实有. */
export function headerMeasure(header: string): StaffMeasure | null {
  // under a header of two rows (table-totals.ts names the column "实有人数·小计"): the group's measure in its
  // total column only — "实有人数·行政" counts one category's people, not the staff
  const [group, own] = header.split('·');
  if (own !== undefined) return /^(?:小计|合计|总计)$/.test(own.replace(/\s/g, '')) ? headerMeasure(group) : null;
  const h = header
    .replace(/（[^）]*）|\([^)]*\)/g, '')
    .replace(/\s+/g, '')
    .replace(/^(?:\d{4}年度?)?(?:年末|年底|末)?/, '');
  if (/年初|离|退休|编外|空编|聘用/.test(h)) return null;
  if (/^(?:核定|批复)?编制(?:数|合计|总数|人数)?(?:合计)?$/.test(h)) return '编制';
  if (/^实有/.test(h)) return '实有';
  return null;
}

const headerYear = (header: string): number | null => {
  const m = /^\s*((?:19|20)\d{2})年/.exec(header);
  return m ? Number(m[1]) : null;
};

/**
 * The year of a table's undated columns: after the years its dated columns of the same measure name
 * ("年末实有在职人数" beside "2023年末实有人数": 2024), else the latest year the table names ("核定编制数" beside
 * "2024年末实有人数"); null when the table names none.
 */
function currentYear(cols: ColumnTotal[]): number | null {
  const dated = cols.filter((c) => headerYear(c.header) !== null);
  const latest = (cs: ColumnTotal[]) => (cs.length ? Math.max(...cs.map((c) => headerYear(c.header)!)) : null);
  for (const c of cols) {
    const measure = headerMeasure(c.header);
    if (!measure || headerYear(c.header) !== null) continue;
    const before = latest(dated.filter((d) => headerMeasure(d.header) === measure));
    if (before !== null) return before + 1;
  }
  return latest(dated);
}

/**
 * The staff columns' totals: each 合计 of a column whose header names 编制 or 实有, dated by its header or,
 * without a year, as the table's current year: the evaluated year when known, else as the headers tell it
 * (currentYear); undated where neither is known.
 */
export function staffColumns(totals: ColumnTotal[], evaluated: EvaluatedYears | null): StaffColumn[] {
  const out: StaffColumn[] = [];
  const byTable = new Map<Table, ColumnTotal[]>();
  for (const c of totals) {
    if (c.scope !== 'table' || c.kind !== 'count') continue;
    byTable.set(c.table, [...(byTable.get(c.table) ?? []), c]);
  }
  for (const cols of byTable.values()) {
    const current = evaluated ? evaluated.to : currentYear(cols);
    for (const c of cols) {
      const measure = headerMeasure(c.header);
      const year = headerYear(c.header) ?? current;
      if (!measure || year === null) continue;
      const parts = c.parts.filter(isStated).map((p) => p.q);
      out.push({
        measure,
        year,
        header: c.header,
        total: c.total,
        rows: c.parts.map((p) => p.label.trim()),
        // people are counted exactly: 16 + 11 + 27 is 54, not 55 within rounding
        adds: parts.length > 0 && parts.reduce((a, q) => a.plus(q.value), new Decimal(0)).eq(c.total.q.value),
      });
    }
  }
  return out;
}

/** A header group naming a year-end: "2024年末", "2023年底", "2024年12月31日". */
const YEAR_END_GROUP = new RegExp(String.raw`^((?:19|20)\d{2})年(?:末|底|${LAST_DAY})(?:[（(]人[)）])?$`);
/** Under it, the people in posts and outside them, and their sum. */
const IN_POSTS = /^(?:编制内|在编)(?:人员|人数)?$/;
const GROUP_TOTAL = /^(?:合计|小计|总计)$/;

/**
 * A staffing table whose first header row names year-ends and whose second splits each into 编制内 / 编制外 / 合计
 * (a two-row header, which the column totals do not read): each group's 合计 column counts the people on the rolls
 * (实有) at that year-end, against the table's 合计 row. The group of a column is the last year-end named at or
 * before it in the first row (a span, or pandoc's span written once with the covered cells left empty).
 */
export function yearEndColumns(doc: Document): StaffColumn[] {
  const out: StaffColumn[] = [];
  for (const t of doc.tables) {
    if (t.rows < 4 || t.cols < 4) continue;
    const unit = unitOf(doc, t);
    if (unit !== null && !/^(?:人|名)$/.test(unit)) continue;
    const group = (c: number): number | null => {
      for (let k = c; k >= 1; k--) {
        const head = textAt(t, 0, k).replace(/\s/g, '');
        if (!head) continue;
        const m = YEAR_END_GROUP.exec(head);
        return m ? Number(m[1]) : null;
      }
      return null;
    };
    let totalRow = t.rows - 1;
    while (totalRow >= 3 && !COLUMN_TOTAL_LABEL.test(textAt(t, totalRow, 0).replace(/\s/g, ''))) totalRow--;
    if (totalRow < 3) continue;
    const body = Array.from({ length: totalRow - 2 }, (_, i) => i + 2);
    for (let c = 1; c < t.cols; c++) {
      const year = group(c);
      if (year === null || !GROUP_TOTAL.test(textAt(t, 1, c).replace(/\s/g, ''))) continue;
      // a staffing group: one of its columns counts the people in posts
      const siblings = [...Array(t.cols).keys()].filter((k) => k >= 1 && group(k) === year);
      if (!siblings.some((k) => IN_POSTS.test(textAt(t, 1, k).replace(/\s/g, '')))) continue;
      const total = figure(textAt(t, totalRow, c));
      const parts = body.map((r) => figure(textAt(t, r, c)));
      if (!total || parts.some((q) => q === undefined)) continue;
      out.push({
        measure: '实有',
        year,
        header: `${textAt(t, 0, siblings[0])}${textAt(t, 1, c)}`,
        total: { q: total, span: span(t, totalRow, c) },
        rows: body.map((r) => textAt(t, r, 0)),
        adds: parts
          .filter((q): q is Quantity => q != null)
          .reduce((a, q) => a.plus(q.value), new Decimal(0))
          .eq(total.value),
      });
    }
  }
  return out;
}

/** The nearest year before `at` in its sentence (up to 。！？: a "；" does not end the date's reach). */
function yearBefore(text: string, at: number): number | null {
  let from = at;
  while (from > 0 && !/[。！？]/.test(text[from - 1])) from--;
  const seg = text.slice(from, at);
  const years = findYears(seg).filter((y) => !inDocumentNumber(seg, y));
  return years.at(-1)?.value ?? null;
}

/** The clause before a figure, up to it. */
function clauseBefore(text: string, at: number): string {
  let from = at;
  while (from > 0 && !CLAUSE_BREAK.test(text[from - 1])) from--;
  return text.slice(from, at);
}

/**
 * The department's staff counts its paragraphs state: dated, and about the whole — not in a paragraph that
 * names one of the tables' rows (a unit's paragraph "1.沛县农业技术推广中心。该单位…核定编制38名"), not a
 * member's ("该单位"), not a part ("其中…").
 */
export function staffStatements(doc: Document, rowLabels: string[]): StaffStatement[] {
  const out: StaffStatement[] = [];
  const members = rowLabels.filter((l) => l.length >= 2 && !/编制|合计|总计|小计/.test(l));
  // "1.沛县农业技术推广中心。该单位…": a run-in heading's paragraph is body text after its heading
  const runIn = new Set(doc.sections.filter((s) => s.runIn).map((s) => s.block));
  for (const b of doc.blocks) {
    if (b.kind !== 'paragraph' || !(b.role === 'body' || (b.role === 'heading' && runIn.has(b.index)))) continue;
    const text = b.text;
    const found: Array<{ measure: StaffMeasure; at: number; numAt: number }> = [];
    for (const m of text.matchAll(PRESENT)) {
      if (OTHER_PEOPLE.test(text.slice(0, m.index))) continue;
      found.push({ measure: '实有', at: m.index!, numAt: m.index! + m[0].indexOf(m[1]) });
    }
    for (const m of text.matchAll(POSTS)) {
      const before = text.slice(0, m.index);
      if (CATEGORY_BEFORE.test(before) && !JOINED_CATEGORIES.test(clauseBefore(text, m.index!))) continue;
      found.push({ measure: '编制', at: m.index!, numAt: m.index! + m[0].indexOf(m[1]) });
    }
    for (const f of found) {
      const clause = clauseBefore(text, f.at);
      if (/其中|年初/.test(clause)) continue;
      const upTo = text.slice(0, f.at);
      if (members.some((l) => upTo.includes(l)) || MEMBER_SUBJECT.test(upTo)) continue;
      const year = yearBefore(text, f.at);
      if (year === null) continue;
      const q = findQuantities(text.slice(f.numAt)).at(0);
      if (!q || q.start !== 0) continue;
      const start = f.numAt;
      const shifted = { ...q, start, end: start + (q.end - q.start) };
      out.push({ measure: f.measure, year, q: shifted, span: { block: b.index, start, end: shifted.end } });
    }
  }
  return out;
}

export function staffFacts(doc: Document, totals: ColumnTotal[], evaluated: EvaluatedYears | null): StaffFacts {
  const columns = [...staffColumns(totals, evaluated), ...yearEndColumns(doc)];
  return {
    columns,
    statements: columns.length
      ? staffStatements(
          doc,
          columns.flatMap((c) => c.rows),
        )
      : [],
  };
}
