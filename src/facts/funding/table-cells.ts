// What the cells of a table of amounts or counts hold, for the checks of its totals (table-totals.ts,
// table-groups.ts, subtotal-columns.ts): a cell's own text, its figure, the unit of the table or of a
// column's header, and whether a column is money, a count of people or things, or neither.
import type { Document, SpanRef, Table } from '../../model/document.js';
import { parseQuantity, type Quantity } from '../lang/numbers.js';
import { EXACT_DECIMALS } from '../lang/score-words.js';
import { isContinuedCaption } from '../../structure/continued-caption.js';

/** A column of rates, not amounts: "增减率（%）", "执行率", "占比", "比例" (the lexicon's family, lang/rate-words.ts). */
export { RATE_HEAD } from '../lang/rate-words.js';
/** A column of averages, not amounts: "次均救助（元）", "人均补助", "户均", "平均单价", "均价" — its 合计 row holds the
 *  average of all rows (3,203人次, 164.44万元 → 513元), never their sum. */
export const AVERAGE_HEAD = /次均|人均|户均|平均|均价/;
const MONEY_UNITS = /^(?:元|千元|万元|百万元|亿元)$/;
const COUNT_UNITS = /^(?:人|名|个|户|辆|次|家|所)$/;
/** Units of what is neither money nor people: "管网（公里）", "水表（只）", "加压泵站（座）". */
const OTHER_UNITS = /^(?:公里|千米|米|km|吨|立方米|方|亩|平方米|座|只|处|套|台|眼|口)$/;
/** Headers that count people or things without a stated unit: 编制数, 实有人数. */
const COUNT_HEAD = /人数|编制数|户数|个数|车辆数/;
/** An empty figure: "—", "-", "/" stand for none (zero in a sum). */
const DASH = /^[—–\-/－]+$/;

export type TotalKind = 'money' | 'count';

export const span = (t: Table, r: number, c: number): SpanRef => ({ block: t.index, cell: { row: r, col: c } });

/** The text a cell starts with at (r, c): '' where a cell merged from above or the left covers it. */
/** A cell's place as one string, to find it in a set. */
export const spanKey = (s: SpanRef) => `${s.block}:${s.cell?.row}:${s.cell?.col}`;

/** A row's label: its first cell in words ("施工一标段", "出院人次"), not a 序号. */
export const rowLabel = (t: Table, r: number) =>
  [...Array(t.cols).keys()].map((k) => textAt(t, r, k)).find((s) => /[\u4e00-\u9fff]/.test(s)) ?? '';

export const textAt = (t: Table, r: number, c: number) => {
  const cell = t.cells[t.grid[r][c]];
  return cell.row === r && cell.col === c ? cell.text.trim() : '';
};

/** A cell's figure: a number, null for a dash; undefined when it holds none. */
export function figure(text: string): Quantity | null | undefined {
  if (DASH.test(text)) return null;
  const q = parseQuantity(text);
  return q && !q.comparator && (q.unit === null || MONEY_UNITS.test(q.unit) || COUNT_UNITS.test(q.unit))
    ? q
    : undefined;
}

/** The unit the table states: "（单位：万元）" in a cell or in one of the two paragraphs before it. */
export function unitOf(doc: Document, t: Table): string | null {
  const texts = [...t.cells.map((c) => c.text)];
  for (let b = t.index - 1; b >= Math.max(0, t.index - 2); b--) {
    const blk = doc.blocks[b];
    if (blk.kind === 'paragraph') texts.push(blk.text);
  }
  for (const s of texts) {
    const m = /单位[：:]\s*([\u4e00-\u9fff]{1,3})/.exec(s);
    if (m && (MONEY_UNITS.test(m[1]) || COUNT_UNITS.test(m[1]))) return m[1];
  }
  return null;
}

/** The unit a header states at its end: "投资（万元）", "受益人口（人）"; null when it states none. */
const headUnit = (head: string) => /[（(]\s*([^（）()\s]{1,4})\s*[)）]\s*$/.exec(head)?.[1] ?? null;

/**
 * What a column of figures holds, from its headers (its own first, then the one spanning it) and then the
 * table's unit: "投资（万元）" money, "受益人口（人）" people; "管网（公里）" neither, whatever the table's unit.
 */
export function columnKind(heads: string[], tableUnit: string | null): TotalKind | null {
  for (const head of heads) {
    const own = headUnit(head);
    if (own && MONEY_UNITS.test(own)) return 'money';
    if (own && COUNT_UNITS.test(own)) return 'count';
    if (own && OTHER_UNITS.test(own)) return null;
  }
  if (tableUnit && MONEY_UNITS.test(tableUnit)) return 'money';
  if ((tableUnit && COUNT_UNITS.test(tableUnit)) || heads.some((h) => COUNT_HEAD.test(h))) return 'count';
  return null;
}

/**
 * "附件7（续）", "续表3", "表3（续）", "（续上表）": the paragraph before a table says it goes on from a piece
 * above (a page's piece the structure left unjoined, src/structure/reassemble.ts), so a 合计 in it totals the
 * whole table, not this piece's rows.
 */
export function continuesAbove(doc: Document, t: Table): boolean {
  const before = doc.blocks[t.index - 1];
  return before?.kind === 'paragraph' && isContinuedCaption(before.text);
}

/** A count of people is exact: 16 + 11 + 27 is 54, not "55 within rounding". */
export const exactFor = (kind: TotalKind) => (q: Quantity | null) =>
  q && kind === 'count' && q.decimals === 0 ? { ...q, decimals: EXACT_DECIMALS } : q;
