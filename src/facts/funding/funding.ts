// Funding figures (预算 / 到位 / 使用 / 结余, 到位率 / 执行率, the source breakdown)
// from sentences and from tables, extracted once per document for the money rules.
import type { Settings } from '../../rule.js';
import { Decimal } from 'decimal.js';
import type { Document, Paragraph, SpanRef, Table } from '../../model.js';
import { cellAt } from '../../structure/grid.js';
import { identityBasics, type IdentityBasics } from '../identity/identity.js';
import { figureScopes } from '../identity/programme-scopes.js';
import { partScopes, tableHeadingNames } from '../identity/part-scopes.js';
import { findQuantities, parseQuantity, scaleOf, type Quantity } from '../lang/numbers.js';
import type { EvaluatedYears } from '../lang/years.js';
import { clauseBefore, clauseStart, sentencesOf } from '../lang/boundaries.js';
import { COMPARED, datedElsewhere } from '../lang/other-year.js';
import { MONEY_TOTAL_LABEL, SUBTOTAL_LABEL } from '../lang/totals.js';

export type FundKind = 'budget' | 'arrived' | 'spent' | 'balance' | 'arrivalRate' | 'executionRate';
export type BudgetVariant = 'initial' | 'adjusted' | 'plain';
/** Where the money comes from; 'item' = a row of a table that is neither a source nor a total (a sub-project, a purpose). */
export type FundSource = 'central' | 'province' | 'cityCounty' | 'city' | 'county' | 'local' | 'other' | 'self' | 'upper' | 'current' | 'carried' | 'lottery' | 'item';

export interface FundFigure {
  kind: FundKind;
  /** Budget only: 年初预算 / 调整后预算 / plain 预算, 计划投资额. */
  variant: BudgetVariant | null;
  /** null = the whole amount; otherwise one part of it. */
  source: FundSource | null;
  /** The label as written (the table row label for a part). */
  label: string;
  /** null = an empty table cell where a figure belongs. */
  q: Quantity | null;
  /** False when a table gives no unit anywhere: compare only within that table. */
  unitKnown: boolean;
  at: SpanRef;
  origin: 'text' | 'table';
  /** Figures stated together: one sentence, or one column (or pair) of one table. */
  group: string;
  /** Position in reading order (block, row, col, offset) for tie-breaking. */
  order: number[];
  /** Whose figure: null for the report's own, else the programme's name (a report holding several 自评表). */
  scope: string | null;
}

/** One total and its parts by source, as one table column or one sentence states them. */
export interface FundBreakdown {
  total: FundFigure;
  parts: FundFigure[];
}

export interface FundingFacts {
  figures: FundFigure[];
  breakdowns: FundBreakdown[];
  /** The document says the budget was topped up / adjusted, so 到位 may exceed 预算. */
  budgetRaised: boolean;
}

// ---------------------------------------------------------------- vocabulary

export interface KindWord {
  re: RegExp;
  kind: FundKind;
  variant?: BudgetVariant;
}

// Longer words first where one contains another (到位率 before 到位).
const KIND_WORDS: KindWord[] = [
  { re: /到位率/g, kind: 'arrivalRate' },
  { re: /(?:预算|资金|经费)?(?:执行率|使用率|支出率|支付率)/g, kind: 'executionRate' },
  { re: /调整后(?:的)?预算|调整预算|变更后预算/g, kind: 'budget', variant: 'adjusted' },
  { re: /年初预算|年初批复预算/g, kind: 'budget', variant: 'initial' },
  { re: /计划投资额?|计划资金|计划安排|预算(?!执行|编制|绩效|管理)|批复金额|项目总投资|总投资/g, kind: 'budget', variant: 'plain' },
  { re: /实际到位|到位/g, kind: 'arrived' },
  { re: /实际使用|使用|实际支出|支出|已支付|支付|实际执行|执行数|执行|决算数?/g, kind: 'spent' }, // 决算数: the final accounts' spending
  { re: /结余|结转|节余|剩余/g, kind: 'balance' },
];

const SOURCE_WORDS: Array<[RegExp, FundSource]> = [
  [/中央/, 'central'],
  [/省/, 'province'],
  // 市县 together is one source; 市级 and 县级 apart are two (a breakdown lists both)
  [/市县|县区|市、县/, 'cityCounty'],
  [/市级|市财政|州级|州财政/, 'city'], // 州 (an autonomous prefecture) stands where 市 does
  [/县级|区级|县财政|区财政/, 'county'],
  [/本级/, 'local'],
  // "上级补助资金": the grants from above together (中央 + 省 + 市), against the county's own share
  [/上级/, 'upper'],
  // the national 自评表's split of 年度资金总额: this year's appropriation and last year's carry-over
  // the department form's "按收入性质分：财政拨款 / 其他资金" is the same split
  [/当年财政拨款|本年财政拨款|当年拨款|^财政拨款(?:资金)?$/, 'current'],
  [/上年结转/, 'carried'],
  // a lottery fund (县福彩公益金) is a source of its own beside the budget's
  [/福彩|体彩|彩票公益金/, 'lottery'],
  [/自筹|单位自有|社会资本/, 'self'],
  [/其他(?!项目)|其它(?!项目)/, 'other'], // "其他项目" is a row of projects, not the source "其他资金"
];

/** "按收入性质分：", "按支出性质分：": the dimension a split's first row opens with. */
const DIMENSION = /^按[\u4e00-\u9fff]{1,6}分[：:]?/;
/**
 * A department's spending categories: "“三公”经费预算34.50万元，决算29.18万元", "其中基本支出执行1,980.40万元，
 * 执行率98.53%" are that category's figures, not the department's whole. (项目支出 is not among them: in a
 * project's report "项目支出118万元" is the project's spending.)
 */
const CATEGORY = /三公|基本支出|人员经费|公用经费|机关运行经费|因公出国|公务接待|公务用车/;

const MONEY_UNIT = /^(?:元|千元|万元|百万元|亿元)$/;
/** What may stand between a kind word and its amount in a sentence ("实际到位资金57万元", "预算安排120.5万元"). */
/** What may stand before a kind word: nothing, or the project itself — not "全年教育支出", "一般公共预算支出" (other money). */
const PREFIX_OK = /(?:^|项目|资金|经费|专项|本级|全年|年度|本年|当年|累计|实际|共|共计|合计|已|财政|日|底|止|时|末|期)$/;
/** "三项重点项目预算", "各项目支出": several programmes' money, not the document's figure. */
const SOME_PROJECTS = /(?:[一二三四五六七八九十两\d]+[项个类]|重点|各|主要|其他)[\u4e00-\u9fff]{0,4}项目$/;
const FILLER = /^(?:的)?(?:资金|经费|金额|总额|总金额|数|额|数额|安排|合计|共计|总计|累计|共|计|为|是|达|达到|仅|仅为|只有|了|：)*$/;

export function sourceOf(label: string): FundSource | null {
  // "按收入性质分：财政拨款": the dimension a row opens is no part of its label
  const l = label.replace(/^其中[：:]?/, '').replace(DIMENSION, '');
  // "中央和省级资金405万元", "中央、省、市三级补助资金": several levels above together
  const above = [/中央/, /省/, /市级|市财政|(?<![县区])市(?![县区])/].filter((re) => re.test(l)).length;
  if (above >= 2 && !/县|区级/.test(l)) return 'upper';
  for (const [re, s] of SOURCE_WORDS) if (re.test(l)) return s;
  return null;
}

/** The kind word that ends last in `label` (the one nearest the figure). */
export function lastKindWord(label: string): { w: KindWord; end: number; start: number } | null {
  let best: { w: KindWord; end: number; start: number } | null = null;
  for (const w of KIND_WORDS) {
    w.re.lastIndex = 0;
    for (let m = w.re.exec(label); m; m = w.re.exec(label)) {
      const end = m.index + m[0].length;
      if (!best || end > best.end || (end === best.end && m.index < best.start)) best = { w, end, start: m.index };
    }
  }
  return best;
}

const isRate = (k: FundKind) => k === 'arrivalRate' || k === 'executionRate';
export const isMoney = (q: Quantity) => q.unit !== null && MONEY_UNIT.test(q.unit);
export const isPercent = (q: Quantity) => q.unit === '%';


/**
 * "草原监测及政策宣传培训资金结余7.14万元", "…培训经费实际支出52.86万元": money named after something other
 * than the project (one of its purposes or categories) is not the project's figure.
 */
function otherFund(prefix: string, project: string | null): boolean {
  // compared without a year or a place before them ("2022年度学生资助" is 蓬溪县学生资助专项资金's)
  const bare = (s: string) => {
    const t = s.replace(/^(?:19|20)\d{2}年度?/, '');
    const r = t.replace(/^[\u4e00-\u9fff]{1,6}?(?:省|市|县|区|旗|镇|乡)/, '');
    return r.length >= 2 ? r : t;
  };
  const m = /^(?:其中[：:]?)?(.*?)(?:专项资金|补助资金|资金|经费)$/.exec(prefix);
  if (!m) return false;
  const named = bare(m[1]);
  if (named.length <= 4) return false;
  const own = project ? bare(project.replace(/(?:项目|专项资金|补助资金|资金|经费)+$/, '')) : '';
  return !!own && !(own.includes(named) || named.includes(own));
}

function figuresFromParagraph(p: Paragraph, out: FundFigure[], breakdowns: FundBreakdown[], year: EvaluatedYears | null, project: string | null): void {
  const text = p.text;
  const qs = findQuantities(text);
  for (const [ss, se] of sentencesOf(text)) {
    const inSentence = qs.filter((q) => q.start >= ss && q.end <= se);
    let lastTotal: FundFigure | null = null;
    let prevFigure: FundFigure | null = null;
    let afterQizhong = false;
    let prevEnd = ss;
    const group = `p${p.index}:${ss}`;
    const subject = subjectSource(text.slice(ss, se));
    // a sentence about one spending category ("“三公”经费预算34.50万元，决算29.18万元") gives none of the whole's figures
    const firstAmount = inSentence.find(isMoney);
    if (firstAmount && CATEGORY.test(text.slice(ss, firstAmount.start).replace(/其中[：:]?/, ''))) continue;
    // whether the sentence's last amount was read as a figure of the project's: a rate right after one that was not
    // ("项目支出执行1,612.70万元，执行率92.14%" in a department's report) is that amount's, not the project's
    let lastAmountTaken = true;
    for (const q of inSentence) {
      // the label runs from the last clause break (or the previous figure) to this figure
      const from = clauseStart(text, q.start, prevEnd);
      const before = text.slice(prevEnd, q.start);
      if (/其中/.test(before)) afterQizhong = true;
      prevEnd = q.end;
      const label = text.slice(from, q.start);
      const money = isMoney(q);
      if (!money && !isPercent(q)) continue;
      // "较2023年决算数2,570.27万元下降5.2%": an amount compared with is another year's
      const clause = clauseBefore(text, q.start, ss);
      if (COMPARED.test(clause) || datedElsewhere(clause, year)) continue;
      const kw = lastKindWord(label);
      const src = sourceOf(label);
      if (money) {
        // an amount with a kind word that is not read as the project's was named after something else
        // ("项目支出执行…"); one with none ("工业倍增升级工作经费57万元，资金使用率100%") leaves the rate the project's
        lastAmountTaken = !kw;
        if (CATEGORY.test(kw ? label.slice(0, kw.start) : label)) continue;
      } else if (!lastAmountTaken && kw && isRate(kw.w.kind) && !sourceOf(label) && !/项目|部门|整体|总/.test(label)) continue;
      const at: SpanRef = { block: p.index, start: q.start, end: q.end };
      const base = { label, q, unitKnown: true, at, origin: 'text' as const, group, order: [p.index, 0, 0, q.start], scope: null };
      if (kw && FILLER.test(label.slice(kw.end)) && PREFIX_OK.test(label.slice(0, kw.start)) && !SOME_PROJECTS.test(label.slice(0, kw.start)) && !otherFund(label.slice(0, kw.start), project)) {
        if (isRate(kw.w.kind) !== !money) continue;
        const part = afterQizhong && lastTotal !== null && lastTotal.kind === kw.w.kind && src !== null;
        // "县级资金到位66.5万元": a source named before the kind word makes it that source's amount;
        // "其中县级配套资金到位1,200万元，到位率77.92%": a rate right after a source's part is that source's
        // (not after a list of every source: "其中中央60万元，省级40万元，县级20万元，资金到位率100%" is the whole's)
        const partsSoFar = lastTotal ? (breakdowns.find((b) => b.total === lastTotal)?.parts.length ?? 0) : 0;
        const partBefore = isRate(kw.w.kind) && prevFigure?.source && prevFigure.source !== 'item' && partsSoFar <= 1 ? prevFigure.source : null;
        // "县级配套资金应到位1,652万元，实际到位1,196万元": a later clause of a sentence about one source is that source's
        const inherited = subject && from > ss && !/项目|合计|总|全部|整体|其中/.test(label) ? subject : null;
        const ownSource = part ? src : (sourceOf(label.slice(0, kw.start)) ?? partBefore ?? inherited);
        const f: FundFigure = { ...base, kind: kw.w.kind, variant: kw.w.variant ?? null, source: ownSource };
        if (!part && afterQizhong && lastTotal && !isRate(kw.w.kind)) continue; // "其中支付设备款…": a part of unknown kind
        out.push(f);
        prevFigure = f;
        if (money) lastAmountTaken = true;
        if (part) addPart(breakdowns, lastTotal!, f);
        else if (!isRate(f.kind)) lastTotal = f;
        continue;
      }
      // "其中中央财政30万元": a source part of the amount just stated
      // ("其中：中央财政城镇保障性安居工程补助资金5,826万元": the source, then what the grant is called)
      const rest = label.replace(/^其中[：:]?/, '');
      const namedGrant = sourceOf(rest) === src && rest.length <= 24 && /(?:资金|补助|经费|拨款|补贴|公益金)$/.test(rest);
      if (money && src && afterQizhong && lastTotal && (FILLER.test(rest.replace(sourceRe(src), '')) || namedGrant)) {
        const f: FundFigure = { ...base, kind: lastTotal.kind, variant: lastTotal.variant, source: src };
        out.push(f);
        prevFigure = f;
        lastAmountTaken = true;
        addPart(breakdowns, lastTotal, f);
      }
    }
  }
}

/** The one source a sentence's first clause is about ("县级配套资金应到位…"), if it names exactly one and lists nothing. */
function subjectSource(sentence: string): FundSource | null {
  // a clause, not an item of a 、 list ("中央、省、市三级补助资金"); "（含上年结转28.00万元）" notes a part, it is no subject
  const first = sentence.replace(/（[^）]*）|\([^)]*\)/g, '').split(/[，,。；！？]/)[0];
  if (/其中|合计|总/.test(first)) return null;
  const named = SOURCE_WORDS.filter(([re]) => re.test(first)).map(([, s]) => s);
  return named.length === 1 ? named[0] : null;
}

function sourceRe(s: FundSource): RegExp {
  const core = SOURCE_WORDS.find(([, x]) => x === s)![0].source;
  return new RegExp(`^(?:${core})[^，、]{0,4}?(?=(?:财政|资金|补助|配套|级)*$)(?:财政|资金|补助|配套|级)*`);
}

function addPart(breakdowns: FundBreakdown[], total: FundFigure, part: FundFigure): void {
  let b = breakdowns.find((x) => x.total === total);
  if (!b) breakdowns.push((b = { total, parts: [] }));
  b.parts.push(part);
}

// ---------------------------------------------------------------- tables

interface TableUnit {
  unit: string | null;
  scale: Decimal;
}


function unitIn(text: string): TableUnit | null {
  const m = /(?:单位[：:]?\s*|（|\()(元|千元|万元|百万元|亿元)(?:）|\)|$|[，;；\s])/.exec(text);
  return m ? { unit: m[1], scale: scaleOf(m[1]) } : null;
}

/** The unit a table states once for all its figures: in any cell "单位：万元", or in the paragraph just before it. */
function tableUnit(doc: Document, t: Table): TableUnit | null {
  for (const c of t.cells) if (/单位/.test(c.text)) {
    const u = unitIn(c.text);
    if (u) return u;
  }
  for (let b = t.index - 1; b >= Math.max(0, t.index - 2); b--) {
    const blk = doc.blocks[b];
    if (blk.kind !== 'paragraph') break;
    if (/单位/.test(blk.text)) {
      const u = unitIn(blk.text);
      if (u) return u;
    }
  }
  return null;
}

/** The unit a spanning header states for the columns under it: "资金情况（元）" over 预算安排 | 实际到位. */
function unitAbove(t: Table, r: number, col: number): TableUnit | null {
  for (let rr = r - 1; rr >= 0; rr--) {
    const c = cellAt(t, rr, col);
    if (c) {
      const u = unitIn(c.text);
      if (u) return u;
    }
  }
  return null;
}

/** A header cell naming a funding kind: "计划投资额（万元）", "实际到位资金", "全年执行数", "结余". */
function headerKind(text: string): KindWord | null {
  const t = text.replace(/（[^）]*）|\([^)]*\)/g, '').replace(/\s/g, '');
  if (!t || t.length > 14 || /\d/.test(t)) return null;
  const kw = lastKindWord(t);
  if (!kw) return null;
  // the kind word must be most of the header: "实际使用情况", "预算数", not "资金使用合规性"
  const rest = t.slice(kw.end);
  if (!/^(?:资金|经费|金额|总额|数|额|情况|数额|金额合计|安排)?$/.test(rest)) return null;
  // "执行（%）", "到位(%)": a column in % is the rate of what it names, never an amount
  if (/[（(]\s*[%％]\s*[）)]|[%％]$/.test(text) && !isRate(kw.w.kind)) {
    if (kw.w.kind === 'spent') return RATE_OF.spent;
    if (kw.w.kind === 'arrived') return RATE_OF.arrived;
    return null;
  }
  return kw.w;
}

const RATE_OF = { spent: { re: /执行率/g, kind: 'executionRate' as const }, arrived: { re: /到位率/g, kind: 'arrivalRate' as const } };

const isNumberCell = (s: string) => parseQuantity(s) !== null && /^[≥≤><]?\s*-?[\d.,，]+\s*(?:%|元|千元|万元|亿元)?$/.test(s);

function cellQuantity(text: string, kw: KindWord, unit: TableUnit | null): { q: Quantity; unitKnown: boolean } | null {
  const q = parseQuantity(text.trim());
  if (!q) return null;
  if (isRate(kw.kind)) {
    if (q.unit === '%' || q.unit === null) return { q: { ...q, unit: '%', scale: new Decimal('0.01') }, unitKnown: true };
    return null;
  }
  if (q.unit && MONEY_UNIT.test(q.unit)) return { q, unitKnown: true };
  if (q.unit) return null;
  if (unit) return { q: { ...q, unit: unit.unit, scale: unit.scale }, unitKnown: true };
  return { q, unitKnown: false };
}

function distinctCellsEndingAt(t: Table, r: number): number[] {
  const ids: number[] = [];
  for (const id of t.grid[r] ?? []) if (!ids.includes(id) && t.cells[id].row + t.cells[id].rowSpan - 1 === r) ids.push(id);
  return ids;
}

function distinctCellsInRow(t: Table, r: number): number[] {
  const ids: number[] = [];
  for (const id of t.grid[r] ?? []) if (!ids.includes(id) && t.cells[id].row === r) ids.push(id);
  return ids;
}

function figuresFromTable(doc: Document, t: Table, out: FundFigure[], breakdowns: FundBreakdown[]): void {
  const tUnit = tableUnit(doc, t);
  const headerRows = new Set<number>();
  // Layout A: a header row of kinds (预算数 | 到位数 | 支出数 …), sources or items down the first column.
  for (let r = 0; r < t.rows - 1; r++) {
    // the header cells that end on this row: on a two-row header "到位率" spans both rows and
    // stands with "预算数 | 到位数" under "金额（万元）"
    const heads = distinctCellsEndingAt(t, r)
      .map((id) => ({ cell: t.cells[id], kw: headerKind(t.cells[id].text) }))
      .filter((h) => h.kw !== null && h.cell.text.trim() !== '');
    if (heads.length < 2) continue;
    const below = (h: (typeof heads)[number]) => cellAt(t, r + 1, h.cell.col)?.text ?? '';
    if (!heads.some((h) => isNumberCell(below(h))) || heads.some((h) => headerKind(below(h)))) continue;
    headerRows.add(r);
    // the row labels stand just left of the first kind column ("项目资金（万元）" may span the rows before them)
    const labelCol = Math.max(0, Math.min(...heads.map((h) => h.cell.col)) - 1);
    // "项目资金（万元）" in a label cell of the header row, left of the kinds: the unit of the whole block
    const rowLabelUnit = distinctCellsInRow(t, r)
      .map((id) => t.cells[id])
      .filter((c) => c.col <= labelCol || (c.row < r && c.col + c.colSpan <= labelCol + 1))
      .map((c) => unitIn(c.text))
      .find((u) => u !== null) ?? unitIn(cellAt(t, r, 0)?.text ?? '');
    if (heads.some((h) => h.cell.col === labelCol)) continue;
    const rows: Array<{ r: number; label: string; source: FundSource | null; isTotal: boolean }> = [];
    for (let rr = r + 1; rr < t.rows; rr++) {
      if (!heads.some((h) => isNumberCell(cellAt(t, rr, h.cell.col)?.text ?? ''))) break;
      const label = (cellAt(t, rr, labelCol)?.text ?? '').replace(/\s/g, '');
      rows.push({ r: rr, label, source: sourceOf(label), isTotal: MONEY_TOTAL_LABEL.test(label) });
    }
    // "非遗宣传展示 | 小计 | 2,600.00": where several 小计 rows (or one beside a 合计) close groups, each is its
    // group's subtotal, neither the table's total nor one more part of it
    const subtotals = rows.filter((x) => SUBTOTAL_LABEL.test(x.label));
    const nested = subtotals.length >= 2 || (subtotals.length > 0 && rows.some((x) => x.isTotal && !SUBTOTAL_LABEL.test(x.label)));
    const groupOf = (rr: number) => (labelCol > 0 ? (cellAt(t, rr, labelCol - 1)?.text ?? '').replace(/\s/g, '') : '') || `小计@${rr}`;
    if (nested) for (const x of subtotals) x.isTotal = false;
    const hasTotal = rows.some((x) => x.isTotal);
    // a table of programmes or spending categories ("项目名称 | 全年预算数 | 决算数", rows 食品安全抽检经费…,
    // 合计): its 合计 is their subtotal, not the document's total, and is compared with no other statement
    // (a table of categories, "支出类别 | … ", rows 基本支出 / 项目支出, adds up to the whole and keeps its total)
    const programmes = /项目|经费/.test(cellAt(t, r, labelCol)?.text ?? '');
    const itemsOnly = programmes && !rows.some((x) => x.source !== null && !x.isTotal) && rows.filter((x) => !x.isTotal).length >= 2;
    for (const h of heads) {
      const unit = unitIn(h.cell.text) ?? unitAbove(t, r, h.cell.col) ?? rowLabelUnit ?? tUnit;
      const group = `t${t.tableIndex}:r${r}c${h.cell.col}`;
      let total: FundFigure | null = null;
      const parts: FundFigure[] = [];
      for (const row of rows) {
        const subtotal = nested && SUBTOTAL_LABEL.test(row.label);
        const isTotal = !subtotal && (row.isTotal || (!hasTotal && rows.length === 1));
        const source: FundSource | null = subtotal ? null : isTotal ? (itemsOnly ? 'item' : null) : row.source ?? 'item';
        const cell = cellAt(t, row.r, h.cell.col)!;
        const cq = cell.text.trim() ? cellQuantity(cell.text, h.kw!, unit) : null;
        if (cell.text.trim() && !cq) continue;
        const f: FundFigure = {
          kind: h.kw!.kind,
          variant: h.kw!.variant ?? null,
          source,
          label: row.label,
          q: cq?.q ?? null,
          unitKnown: cq?.unitKnown ?? unit !== null,
          at: { block: t.index, cell: { row: row.r, col: h.cell.col } },
          origin: 'table',
          group,
          order: [t.index, row.r, h.cell.col, 0],
          scope: subtotal ? `part:${groupOf(row.r)}` : null,
        };
        out.push(f);
        if (subtotal) continue;
        if (isTotal) total = f;
        else parts.push(f);
      }
      if (total && parts.length && !isRate(h.kw!.kind)) breakdowns.push({ total, parts: parts.filter((p) => p.source !== 'item' || !rows.some((x) => x.source)) });
    }
  }
  // Layout B: label cell, value cell to its right ("计划投资额（万元） | 57"), sources in the rows below.
  for (let r = 0; r < t.rows; r++) {
    if (headerRows.has(r)) continue;
    const ids = distinctCellsInRow(t, r);
    ids.forEach((id, k) => {
      const cell = t.cells[id];
      const kw = headerKind(cell.text);
      if (!kw) return;
      // value columns: up to the next cell that holds a label
      let endCol = t.cols;
      for (let j = k + 1; j < ids.length; j++) {
        const tx = t.cells[ids[j]].text.trim();
        if (tx && !isNumberCell(tx)) {
          endCol = t.cells[ids[j]].col;
          break;
        }
      }
      const startCol = cell.col + cell.colSpan;
      if (startCol >= endCol) return;
      const unit = unitIn(cell.text) ?? tUnit;
      const valueIn = (rr: number): { col: number; text: string } | null | 'bad' => {
        let found: { col: number; text: string } | null = null;
        for (let c = startCol; c < endCol; c++) {
          const vc = cellAt(t, rr, c);
          if (!vc || vc.row !== rr || vc.col !== c) continue;
          const tx = vc.text.trim();
          if (!tx) continue;
          if (!isNumberCell(tx) || found) return 'bad';
          found = { col: c, text: tx };
        }
        return found;
      };
      const v = valueIn(r);
      if (v === 'bad' || v === null) return;
      // beside a rate's label, only a percentage is the rate: "资金到位率 | 4 | 得分=到位率×分值" is a scoring row
      if (isRate(kw.kind) && !/%$/.test(v.text)) return;
      const group = `t${t.tableIndex}:r${r}c${cell.col}`;
      const mk = (rr: number, col: number, text: string | null, label: string, source: FundSource | null): FundFigure | null => {
        const cq = text ? cellQuantity(text, kw, unit) : null;
        if (text && !cq) return null;
        return {
          kind: kw.kind,
          variant: kw.variant ?? null,
          source,
          label,
          q: cq?.q ?? null,
          unitKnown: cq?.unitKnown ?? unit !== null,
          at: { block: t.index, cell: { row: rr, col } },
          origin: 'table',
          group,
          order: [t.index, rr, col, 0],
          scope: null,
        };
      };
      const total = mk(r, v.col, v.text, cell.text, null);
      if (!total) return;
      out.push(total);
      const parts: FundFigure[] = [];
      for (let rr = r + cell.rowSpan; rr < t.rows; rr++) {
        const lc = cellAt(t, rr, cell.col);
        if (!lc || lc.row !== rr) break;
        const label = lc.text.replace(/\s/g, '');
        const source = sourceOf(label);
        if (!source || label.length > 12) break;
        const pv = valueIn(rr);
        if (pv === 'bad') break;
        // an empty part cell: where a figure belongs, in the column the total stands in
        const f = mk(rr, pv?.col ?? v.col, pv?.text ?? null, label, source);
        if (!f) break;
        out.push(f);
        parts.push(f);
      }
      if (parts.length && !isRate(kw.kind)) breakdowns.push({ total, parts });
    });
  }
}

// ---------------------------------------------------------------- the document

/** The funding figures; `identity` (the project's name and evaluated years) from the fact store, else derived from `settings`. */
export function extractFunding(doc: Document, settings: Readonly<Settings> = {}, identity: IdentityBasics = identityBasics(doc, settings)): FundingFacts {
  const figures: FundFigure[] = [];
  const breakdowns: FundBreakdown[] = [];
  let budgetRaised = false;
  const { evaluated: year, projectName } = identity;
  for (const b of doc.blocks) {
    if (b.kind === 'paragraph') {
      if (b.role === 'toc' || b.role === 'title') continue;
      if (/追加|调增|超额到位|增加预算|调整预算/.test(b.text)) budgetRaised = true;
      figuresFromParagraph(b, figures, breakdowns, year, projectName);
    } else figuresFromTable(doc, b, figures, breakdowns);
  }
  // whose each figure is; one whose sentence names several programmes is nobody's
  const scopeOf = figureScopes(doc);
  // within the project: a city's, or a sub-programme's that the funding tables name as a row
  const parts = partScopes(
    doc,
    [
      ...figures.flatMap((f) => (f.origin !== 'table' ? [] : f.source === 'item' ? [f.label] : f.scope?.startsWith('part:') ? [f.scope.slice(5)] : [])),
      ...tableHeadingNames(doc),
    ],
    [doc.title ?? '', ...doc.cover.map((c) => c.value), projectName ?? ''].join('|'),
  );
  const dropped = new Set<FundFigure>();
  for (const f of figures) {
    const scope = scopeOf(f.at.block, f.at.start);
    if (scope === undefined) dropped.add(f);
    else f.scope = scope ?? (f.origin === 'text' ? parts.of(f.at.block, f.at.start) : f.scope);
  }
  if (!dropped.size) return { figures, breakdowns, budgetRaised };
  return {
    figures: figures.filter((f) => !dropped.has(f)),
    breakdowns: breakdowns.filter((b) => !dropped.has(b.total) && !b.parts.some((p) => dropped.has(p))),
    budgetRaised,
  };
}
