// A table column that states a growth or change rate between two of the table's own columns: "2024年比2023年增长率"
// beside 2023年 | 2024年, a bare "增减率" beside 2022年度 | 2023年度, "比上年增长率" beside 上年 | 本年. The facts hold which
// two columns the rate compares (the later and its base), so a rule can recompute each row's rate as
// (later − earlier) ÷ earlier. A column whose two years are not both the table's, or are several columns each
// (2024年预算数 | 2024年决算数), has no reading: the rate is not about two columns we can name.
import type { Table } from '../../model/document.js';
import { textAt } from './table-cells.js';
import { RATE_HEAD } from '../lang/rate-words.js';

export interface GrowthColumn {
  table: Table;
  /** The rate column and the row holding its header; the rows below it are the ones it states a rate for. */
  col: number;
  headerRow: number;
  header: string;
  /** The column compared ("2024年") and its base ("2023年"): rate = (later − earlier) ÷ earlier. */
  later: number;
  earlier: number;
}

/** A growth or change rate: "增长率", "增减率", "增幅", "变动率", "同比增长（%）"; not 占比, not an amount ("增减额"). */
const GROWTH_HEAD = /(?:增长|增减|变动|变化|下降)(?:率|幅度?)|增幅|同比(?:增长|增减)?[(（]?[%％]/;
/** The header names both years, the base after 比/较: "2024年比2023年增长率", "2023年较2022年增减率". */
const TWO_YEARS = /((?:19|20)\d{2})年?度?(?:比|较|相比|对比)((?:19|20)\d{2})年?/;
const YEAR = /(?:19|20)\d{2}(?=年)/g;
/** A column of the current year or the one before it, by word: "本年收入合计", "上年决算数". */
const THIS_YEAR = /本年|本期|当年/;
const LAST_YEAR = /上年|上期|去年/;
/** The header row is among the first rows (a pandoc table may open with an empty one). */
const HEADER_ROWS = 3;

const clean = (s: string) => s.replace(/\s/g, '');

/**
 * The time of a column by its header: its one year, or 本年 / 上年 (after every year the table names, and before
 * 本年); null for a column of no time, of several years, or a rate itself ("2024年执行率", "2024年占比（%）",
 * "2024年比例": lang/rate-words.ts RATE_HEAD, the one family of rate headers).
 */
function timeOf(head: string): number | null {
  if (!head || GROWTH_HEAD.test(head) || RATE_HEAD.test(head)) return null;
  const years = head.match(YEAR) ?? [];
  if (years.length === 1) return Number(years[0]);
  if (years.length) return null;
  if (THIS_YEAR.test(head)) return 10_000;
  if (LAST_YEAR.test(head)) return 9_999;
  return null;
}

function readColumn(t: Table, r: number, c: number): GrowthColumn | null {
  const header = clean(textAt(t, r, c));
  if (!GROWTH_HEAD.test(header)) return null;
  const times = new Map<number, number[]>();
  for (let k = 0; k < t.cols; k++) {
    const time = k === c ? null : timeOf(clean(textAt(t, r, k)));
    if (time !== null) times.set(time, [...(times.get(time) ?? []), k]);
  }
  // the one column of a time, or none
  const only = (time: number) => {
    const cols = times.get(time) ?? [];
    return cols.length === 1 ? cols[0] : null;
  };
  const named = TWO_YEARS.exec(header);
  let later: number | null;
  let earlier: number | null;
  if (named) {
    later = only(Number(named[1]));
    earlier = only(Number(named[2]));
  } else {
    // a bare rate: the table's two columns of a time, and no third (which two it compares is then unknown)
    if (header.match(YEAR) || times.size !== 2 || [...times.values()].some((cs) => cs.length !== 1)) return null;
    // 上年 beside a dated column: which comes first is not told
    if (times.has(9_999) && !times.has(10_000)) return null;
    const [a, b] = [...times.keys()].sort((x, y) => x - y);
    earlier = only(a);
    later = only(b);
  }
  return later !== null && earlier !== null && later !== earlier
    ? { table: t, col: c, headerRow: r, header, later, earlier }
    : null;
}

/** Every growth-rate column of the document's tables whose two columns are found. */
export function growthColumns(tables: readonly Table[]): GrowthColumn[] {
  const out: GrowthColumn[] = [];
  for (const t of tables) {
    for (let r = 0; r < Math.min(HEADER_ROWS, t.rows - 1); r++) {
      for (let c = 0; c < t.cols; c++) {
        const g = readColumn(t, r, c);
        if (g) out.push(g);
      }
    }
  }
  return out;
}

/**
 * A table column whose header states its formula as two of the table's own columns: "付款比例（已付款÷合同价）",
 * "完成率（实际完成÷计划）", "到位率（A/B）". The facts hold both columns, so a rule can recompute each row's rate as
 * numerator ÷ denominator — from the columns the header names, never from another amount of the same row
 * (合同价, 送审价, 审定价 and 已付款 are four amounts of one contract).
 */
export interface RatioColumn {
  table: Table;
  col: number;
  headerRow: number;
  header: string;
  numerator: number;
  denominator: number;
}

/** "比例（已付款÷合同价）", "（A/B）": the two names of the formula in the header's brackets. */
const FORMULA = /[（(]([^（）()÷/／]+)[÷/／]([^（）()÷/／]+)[）)]/;
/** A column's name without its unit: "已付款（万元）" is 已付款. */
const bareName = (head: string) => clean(head).replace(/[（(](?:单位[:：])?[^（）()]*元[）)]$/, '');

function readRatio(t: Table, r: number, c: number): RatioColumn | null {
  const header = clean(textAt(t, r, c));
  const m = FORMULA.exec(header);
  if (!m || !RATE_HEAD.test(header.slice(0, m.index) + header.slice(m.index + m[0].length))) return null;
  // each name the header of exactly one other column of the same row
  const only = (name: string) => {
    const cols = [...Array(t.cols).keys()].filter((k) => k !== c && bareName(textAt(t, r, k)) === name);
    return cols.length === 1 ? cols[0] : null;
  };
  const numerator = only(m[1]);
  const denominator = only(m[2]);
  return numerator !== null && denominator !== null && numerator !== denominator
    ? { table: t, col: c, headerRow: r, header, numerator, denominator }
    : null;
}

/** Every column of the document's tables whose header states its formula over two of the table's columns. */
export function ratioColumns(tables: readonly Table[]): RatioColumn[] {
  const out: RatioColumn[] = [];
  for (const t of tables) {
    for (let r = 0; r < Math.min(HEADER_ROWS, t.rows - 1); r++) {
      for (let c = 0; c < t.cols; c++) {
        const x = readRatio(t, r, c);
        if (x) out.push(x);
      }
    }
  }
  return out;
}
