// Funding figures stated in sentences: "预算120万元，到位100万元，执行率83.33%", a total and its
// parts by source ("其中中央资金50万元、省级资金30万元").
import type { Paragraph, SpanRef } from '../../model/document.js';
import { findQuantities, type FindQuantities } from '../lang/numbers.js';
import type { EvaluatedYears } from '../lang/years.js';
import { clauseBefore, clauseStart, sentencesOf } from '../lang/boundaries.js';
import { COMPARED, datedElsewhere, openedByAnotherYear } from '../lang/other-year.js';
import { namesPartOfYear } from '../lang/periods.js';
import { sampledBefore } from '../lang/samples.js';
import type { FundBreakdown, FundFigure, FundSource } from './figures.js';
import {
  CATEGORY,
  FILLER,
  PREFIX_OK,
  SOME_PROJECTS,
  SOURCE_WORDS,
  COUNTED_PROJECTS,
  eachShare,
  fundSubject,
  isMoney,
  isPercent,
  isRate,
  lastKindWord,
  ownFundBetween,
  sourceOf,
} from './vocabulary.js';

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

export function figuresFromParagraph(
  p: Paragraph,
  out: FundFigure[],
  breakdowns: FundBreakdown[],
  year: EvaluatedYears | null,
  project: string | null,
  // the words naming a part of the whole's money: a department's report adds its programmes' (项目支出)
  categories: RegExp = CATEGORY,
  find: FindQuantities = findQuantities,
): void {
  const text = p.text;
  const qs = find(text);
  // where the sentence begins when "；" only parts its clauses
  let whole = 0;
  // "（一）旗县配套资金未全部到位。商都县应到位…，实际到位…": the fund a run-in heading names is its paragraph's
  let runIn: FundSource | null = null;
  for (const [ss, se] of sentencesOf(text)) {
    if (ss === 0 || !text.slice(0, ss).trim()) {
      runIn = runInSource(
        text.slice(ss, se),
        qs.some((q) => q.start >= ss && q.end <= se),
      );
      if (runIn) continue;
    }
    if (text[ss - 1] !== '；') whole = ss;
    const inSentence = qs.filter((q) => q.start >= ss && q.end <= se);
    let lastTotal: FundFigure | null = null;
    let prevFigure: FundFigure | null = null;
    let afterQizhong = false;
    let prevEnd = ss;
    const group = `p${p.index}:${ss}`;
    // the one source the sentence is about: its first clause's, or a later clause's that opens with one
    // ("中央、省级和市级资金全部到位，县级资金应到位12,106.59万元，实际到位11,953.08万元，到位率98.73%")
    let subject = subjectSource(text.slice(ss, se)) ?? runIn;
    // a sentence about one spending category ("“三公”经费预算34.50万元，决算29.18万元") or several programmes
    // ("其中高标准农田建设、动物防疫…5个重点项目全年预算3,981.40万元，执行3,834.14万元") gives none of the whole's figures
    const firstAmount = inSentence.find(isMoney);
    if (firstAmount && aboutAPart(text.slice(ss, firstAmount.start).replace(/其中[：:]?/, ''), categories)) continue;
    // "…支持全市校舍维修改造项目96个，…按期完工率95.83%；计划投资3,662.52万元": projects counted before "；" are
    // still the subject after it
    // (a sample's projects, "抽查了…等3个子项目，抽查投资…", are the sample's: its scope says so, not this)
    if (
      firstAmount &&
      COUNTED_PROJECTS.test(text.slice(whole, firstAmount.start)) &&
      !sampledBefore(text, whole, firstAmount.start)
    )
      continue;
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
      // "全年支出中，10月至12月支出3,827.59万元": a quarter's, a half-year's or some months' figure is no year's
      if (
        COMPARED.test(clause) ||
        datedElsewhere(clause, year) ||
        openedByAnotherYear(text, ss, q.start, year) ||
        namesPartOfYear(clause)
      ) {
        // "其中2023年度支出1,308.84万元，执行率94.84%": a rate right after another year's amount is that year's too
        if (money) lastAmountTaken = false;
        continue;
      }
      const kw = lastKindWord(label);
      const src = sourceOf(label);
      // a later clause that opens with one source is about it, whatever came before ("中央、省级和市级资金全部到位，
      // 县级资金应到位…": a list of sources with no amount says nothing of the clause after it); not a 其中 list's item
      // (the clause opens with the source's own figure: "县级资金应到位", "县级配套资金实际到位", not "省财政追加…")
      if (
        money &&
        from > ss &&
        /[，：]/.test(text[from - 1]) &&
        from === clauseStart(text, q.start, ss) &&
        !afterQizhong
      )
        subject = (kw && SOURCE_FIGURE.test(label.slice(0, kw.start)) && subjectSource(label)) || subject;
      if (money) {
        // an amount with a kind word that is not read as the project's was named after something else
        // ("项目支出执行…"); one with none ("工业倍增升级工作经费57万元，资金使用率100%") leaves the rate the project's
        lastAmountTaken = !kw;
        // "其中基本支出2,998.20万元、项目支出5,125.86万元": the category may end in the kind word itself
        if (categories.test(kw ? label.slice(0, kw.end) : label)) continue;
      } else if (!lastAmountTaken && kw && isRate(kw.w.kind) && !sourceOf(label) && !/项目|部门|整体|总/.test(label))
        continue;
      // "其中基本支出执行率98.76%，项目支出执行率95.24%": a category's rate
      else if (kw && categories.test(label.slice(0, kw.start))) continue;
      const at: SpanRef = { block: p.index, start: q.start, end: q.end };
      const base = {
        label,
        q,
        unitKnown: true,
        at,
        origin: 'text' as const,
        group,
        order: [p.index, 0, 0, q.start],
        scope: null,
      };
      if (
        kw &&
        (FILLER.test(label.slice(kw.end)) || ownFundBetween(label.slice(kw.end), project)) &&
        PREFIX_OK.test(label.slice(0, kw.start)) &&
        !SOME_PROJECTS.test(label.slice(0, kw.start)) &&
        !otherFund(label.slice(0, kw.start), project)
      ) {
        if (isRate(kw.w.kind) !== !money) continue;
        const part = afterQizhong && lastTotal !== null && lastTotal.kind === kw.w.kind && src !== null;
        // "县级资金到位66.5万元": a source named before the kind word makes it that source's amount;
        // "其中县级配套资金到位1,200万元，到位率77.92%": a rate right after a source's part is that source's
        // (not after a list of every source: "其中中央60万元，省级40万元，县级20万元，资金到位率100%" is the whole's)
        const partsSoFar = lastTotal ? (breakdowns.find((b) => b.total === lastTotal)?.parts.length ?? 0) : 0;
        const partBefore =
          isRate(kw.w.kind) && prevFigure?.source && prevFigure.source !== 'item' && partsSoFar <= 1
            ? prevFigure.source
            : null;
        // "县级配套资金应到位1,652万元，实际到位1,196万元": a later clause of a sentence about one source is that source's
        const inherited =
          subject && (from > ss || subject === runIn) && !/项目|合计|总|全部|整体|其中/.test(label) ? subject : null;
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
      const namedGrant =
        sourceOf(rest) === src && rest.length <= 24 && /(?:资金|补助|经费|拨款|补贴|公益金)$/.test(rest);
      if (money && src && afterQizhong && lastTotal && (FILLER.test(rest.replace(sourceRe(src), '')) || namedGrant)) {
        const f: FundFigure = { ...base, kind: lastTotal.kind, variant: lastTotal.variant, source: src };
        out.push(f);
        prevFigure = f;
        lastAmountTaken = true;
        addPart(breakdowns, lastTotal, f);
      }
    }
    // "…县级资金12,106.59万元，分别占63.54%、18.27%、5.43%和12.76%": the parts' shares of the whole
    const b = lastTotal && breakdowns.find((x) => x.total === lastTotal);
    const lastPart = b?.parts.at(-1);
    if (b && lastPart && b.parts.length >= 2) {
      const shares = eachShare(text, lastPart.at.end ?? 0, inSentence, b.parts.length);
      if (shares) b.shares = shares;
    }
  }
}

/** Whether the words before a sentence's first amount name a part: a spending category, or several programmes. */
function aboutAPart(lead: string, categories: RegExp): boolean {
  if (categories.test(lead)) return true;
  const kw = lastKindWord(lead);
  // "…5个重点项目全年预算": the kind word's own prefix (全年, 年度) aside
  return !!kw && SOME_PROJECTS.test(lead.slice(0, kw.start).replace(/(?:全年|年度|本年|当年|累计)$/, ''));
}

/** A paragraph's numbering: "（一）", "1.", "二、". */
const NUMBERED = /^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十\d]{1,3}\s*[.、．])/;

/**
 * The one source a run-in heading names ("（一）旗县配套资金未全部到位。"): a numbered first sentence with no figure,
 * about one source's fund.
 */
function runInSource(sentence: string, hasFigure: boolean): FundSource | null {
  if (hasFigure || !NUMBERED.test(sentence)) return null;
  const s = fundSubject(sentence.replace(NUMBERED, ''));
  return s === 'bond' || s === 'investment' ? null : s;
}

/** A clause's words before its kind word when they name one source's money: "县级资金应", "县级配套资金实际". */
const SOURCE_FIGURE = /^[\u4e00-\u9fff]{1,6}?(?:资金|经费|财政)(?:应|实际|已)?$/;

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
