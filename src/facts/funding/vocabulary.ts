// The words that name a funding figure: its kind (到位率 before 到位), its source, a category
// of spending, and what may stand around a kind word and its amount in a sentence.
import type { Quantity } from '../lang/numbers.js';
import { CARRY_OVER, SPENDING_CATEGORY } from '../lang/money-parts.js';
import { isPlaces } from '../lang/places.js';
import type { BudgetVariant, FundKind, FundSource } from './figures.js';

// ---------------------------------------------------------------- vocabulary

export interface KindWord {
  re: RegExp;
  kind: FundKind;
  variant?: BudgetVariant;
}

// Longer words first where one contains another (到位率 before 到位).
const KIND_WORDS: KindWord[] = [
  { re: /到位率/g, kind: 'arrivalRate' },
  // 支出进度: the word 财政部's rules for bond projects use ("支出进度=累计支出债券资金/发行债券资金"); 进度 before 率
  // would leave "支出" the spending: the longer word is matched whole
  {
    re: /(?:预算|资金|经费|债券资金)?(?:执行率|使用率|支出率|支付率|执行进度|支出进度|支付进度)/g,
    kind: 'executionRate',
  },
  // "年初预算7,080.00万元，年中追加…后调整为7,712.30万元，…执行率98.52%", "全年预算调整为9,202.55万元": the budget as
  // adjusted (a rate's base), the word taking what was adjusted or why before it ("预算", "…后") as its own
  {
    re: /调整后(?:的)?预算|调整预算|变更后预算|(?:(?:全年|年度)?预算|[^，。；\d]{0,20}?后)?调整(?:为|至)/g,
    kind: 'budget',
    variant: 'adjusted',
  },
  { re: /年初预算|年初批复预算/g, kind: 'budget', variant: 'initial' },
  {
    re: /计划投资额?|计划资金|计划安排|预算(?!执行|编制|绩效|管理)|批复金额|项目总投资|总投资/g,
    kind: 'budget',
    variant: 'plain',
  },
  // "全市共下达城乡义务教育补助经费94,907.27万元", "下达资金5,971.03万元": a transfer fund's whole as the level above
  // assigns it (its budget; what the county 到位s is measured against it). Not "下达日期", "下达文件" (a header or a
  // document's), which name no amount: those fail FILLER and the header test as any other word after a kind word
  { re: /下达/g, kind: 'budget', variant: 'allotted' },
  { re: /实际到位|到位/g, kind: 'arrived' },
  { re: /实际使用|使用|实际支出|支出|已支付|支付|实际执行|执行数|执行|决算数?/g, kind: 'spent' }, // 决算数: the final accounts' spending
  { re: /结余|结转|节余|剩余/g, kind: 'balance' },
];

/**
 * 拨付: what the fund's manager paid out, to a 批次, a sub-fund, a recipient. No kind word of KIND_WORDS: a part's
 * 拨付 is often stated with no part named ("全年拨付82.00万元" under "（五）科技特派员"), and read as the whole's it
 * was compared with the whole (part-payments.ts reads it only for a part, against that part's row or column).
 * Not a plan ("应拨付", "计划拨付", "尚未拨付"): PAID_NOT.
 */
export const PAID_WORD = /(?:实际|已|累计|共|全部)?拨付(?:给|到|至)?/g;
export const PAID_NOT = /(?:未|应|计划|待|需|拟|将|可)$/;
/** A header naming a column of what was paid: "实际拨付", "拨付金额", "已拨付资金（万元）". */
export const PAID_HEAD = /^(?:实际|已|累计)?拨付(?:资金|金额|数|额|经费)?$/;
/**
 * A caption naming a table of payments alone: "专项资金分批次拨付情况", "资金拨付明细表" (not "资金拨付及使用情况": a
 * caption with a kind word of its own holds other kinds too): its 合计 column is each row's payment, each named
 * column's 合计 row that part's.
 */
export const PAID_CAPTION = /拨付(?:情况|明细)/;
/** A part's name as a clause or a label writes it, its fund noun aside: "研发投入后补助资金" and "研发投入后补助" name one part. */
export const partNameKey = (name: string) =>
  name
    .replace(/\s/g, '')
    .replace(/[（(][^）)]*[）)]$/, '')
    .replace(/(?:资金|经费)$/, '');

export const SOURCE_WORDS: Array<[RegExp, FundSource]> = [
  [/中央/, 'central'],
  // an autonomous region's layer (内蒙古: "自治区财政补助资金", 自治区级) stands where a province's does; its 区 is no
  // county's ("自治区财政" holds 区财政)
  [/省|自治区/, 'province'],
  // 市县 together is one source; 市级 and 县级 apart are two (a breakdown lists both)
  [/市县|县区|市、县/, 'cityCounty'],
  // 州 (an autonomous prefecture) and 盟 (内蒙古's league: 盟级, "盟市财政") stand where 市 does
  [/市级|市财政|州级|州财政|盟级|盟市|盟财政/, 'city'],
  // 旗 is 内蒙古's county ("旗县财政资金", 旗级)
  [/县级|(?<!自治)区级|县财政|(?<!自治)区财政|旗县|旗级|旗财政/, 'county'],
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
  // "其他项目" is a row of projects, not the source "其他资金"; "其他商品和服务支出", "其他农业农村支出", "其他对个人和
  // 家庭的补助" are accounts of the budget classification that 其他 only opens, not money from another source
  [/(?:其他|其它)(?!项目|(?!资金|来源|渠道)[\u4e00-\u9fff]+(?:支出|补助|费用)$)/, 'other'],
];

/**
 * The money a sentence is about, by the word that names it: "专项债券共分5批次发行" and "资金来源为地方政府专项债券
 * 资金18,000.00万元" are the bonds'; "项目批复总投资20,400.00万元" the project's investment; "县级配套资金分年度安排"
 * one source's. A whole in one sentence is the whole of the next one's breakdown, and a spending's rate is over its
 * whole, only when both name the same (a source is one of SOURCE_WORDS).
 */
export type FundSubject = FundSource | 'bond' | 'investment';

/** The bonds ("地方政府专项债券资金", "专项债资金", "债券资金"; not "专项债务", a debt, nor 债券利息 alone). */
const BOND = /(?:地方政府)?(?:专项债券|专项债(?!务))(?:资金)?|(?<!专项)债券资金/g;
const INVESTMENT = /(?:项目)?(?:总投资|投资总额)/g;

/** The words naming a fund of `subject`, its 资金 with them ("县级配套资金", "地方政府专项债券资金"). */
export function fundWordRe(subject: FundSubject): RegExp {
  if (subject === 'bond' || subject === 'investment')
    return new RegExp((subject === 'bond' ? BOND : INVESTMENT).source, 'g');
  const core = SOURCE_WORDS.filter(([, s]) => s === subject)
    .map(([re]) => re.source)
    .join('|');
  return new RegExp(`(?:${core})(?:级)?(?:财政)?(?:配套|补助)?(?:资金|经费)?`, 'g');
}

/** The one fund `text` names, or null when it names none or more than one ("专项债券和县级配套资金"). */
export function fundSubject(text: string): FundSubject | null {
  const named = new Set<FundSubject>();
  let rest = text;
  for (const [re, subject] of [
    [BOND, 'bond'],
    [INVESTMENT, 'investment'],
  ] as const) {
    if (!new RegExp(re.source).test(rest)) continue;
    named.add(subject);
    rest = rest.replace(re, '，');
  }
  // a source as a fund: "县级配套资金", "中央财政资金" (a source word with a fund noun; "资金来源为" names none, nor a
  // unit: "集宁区财政局", "自治区住房和城乡建设厅")
  const s = /资金|经费|配套|补助|财政(?!局|厅)/.test(rest) ? sourceOf(rest) : null;
  if (s) named.add(s);
  return named.size === 1 ? [...named][0] : null;
}

/** "按收入性质分：", "按支出性质分：": the dimension a split's first row opens with. */
const DIMENSION = /^按[\u4e00-\u9fff]{1,6}分[：:]?/;
/**
 * A department's spending categories: "“三公”经费预算34.50万元，决算29.18万元", "其中基本支出执行1,980.40万元，
 * 执行率98.53%" are that category's figures, not the department's whole. (项目支出 is among them in a
 * department's report only: DEPARTMENT_CATEGORY.)
 */
export const CATEGORY = SPENDING_CATEGORY;

export const MONEY_UNIT = /^(?:元|千元|万元|百万元|亿元)$/;
/** What may stand between a kind word and its amount in a sentence ("实际到位资金57万元", "预算安排120.5万元"). */
/** What may stand before a kind word: nothing, or the project itself — not "全年教育支出", "一般公共预算支出" (other money). */
export const PREFIX_OK =
  /(?:^|项目|资金|经费|专项|本级|全年|年度|本年|当年|累计|实际|共|共计|合计|已|财政|日|底|止|时|末|期)$/;
/** "三项重点项目预算", "各项目支出": several programmes' money, not the document's figure. */
export const SOME_PROJECTS = /(?:[一二三四五六七八九十两\d]+[项个类]|重点|各|主要|其他)[\u4e00-\u9fff]{0,4}项目$/;
/**
 * "支持全市校舍维修改造项目96个，…计划投资3,662.52万元", "评价期内共实施重点项目30个，预算合计…": a sentence that
 * counts projects before its first amount states those projects' money, not the document's.
 */
export const COUNTED_PROJECTS =
  /项目(?:共|合计|总计)?[一二三四五六七八九十两\d]+[个项]|[一二三四五六七八九十两\d]+[个项][\u4e00-\u9fff]{0,8}项目/;
/**
 * Rates whose name defines them by two amounts a clause states beside them: 核减率 (审减率) = 核减 ÷ 送审, a
 * settlement audit's cut over what was submitted; 节约率 = 节约额 ÷ 招标控制价, a tender's saving over its ceiling
 * (not over 中标价). `part` and `whole` are how each amount's own clause ends ("三标段送审", "核减").
 */
export const DEFINED_RATES: ReadonlyArray<{ rate: RegExp; part: RegExp; whole: RegExp }> = [
  {
    rate: /^(?:综合|总体|整体|平均)?(?:核减|审减)率(?:为|是|达)?$/,
    part: /(?:核减|审减)(?:金额|额|资金)?(?:为|是)?$/,
    whole: /送审(?:金额|价|额|造价|资金)?(?:为|是)?$/,
  },
  {
    rate: /^(?:综合|总体|整体|平均)?(?:节约|节支)率(?:为|是|达)?$/,
    part: /(?:节约|节支)(?:金额|额|资金)?(?:为|是)?$/,
    whole: /(?:招标)?(?:控制价|最高限价)(?:金额)?(?:为|是)?$/,
  },
];

export const FILLER =
  /^(?:的)?(?:资金|经费|金额|总额|总金额|数|额|数额|安排|合计|共计|总计|累计|共|计|为|是|达|达到|仅|仅为|只有|了|：)*$/;

/**
 * "全市共下达城乡义务教育补助经费94,907.27万元", "预算安排沧州市城乡义务教育补助经费…万元": the fund's own name
 * (a place before it aside) between a kind word and its amount names the whole, as 资金 does there.
 */
export function ownFundBetween(between: string, project: string | null): boolean {
  if (!project || project.length < 4) return false;
  const at = between.indexOf(project);
  if (at < 0) return false;
  // what may stand before the name: filler words ("安排"), then its place ("沧州市")
  const lead = between.slice(0, at);
  const leadOk = [...Array(lead.length + 1).keys()].some(
    (i) => FILLER.test(lead.slice(0, i)) && (i === lead.length || isPlaces(lead.slice(i))),
  );
  return leadOk && FILLER.test(between.slice(at + project.length));
}

/** "，分别占": what opens each part's share after the last part ("分别占63.54%、18.27%、5.43%和12.76%"). */
const EACH_SHARE = /^[，,]?(?:各|依次)?分别(?:占|占比|占比为|占总额的|占合计的)$/;
/** What stands between two shares of such a list. */
const SHARE_SEPARATOR = /^(?:、|，|,|和|及|与)$/;

/**
 * The shares a sentence gives its `count` parts right after the last of them ("…县级资金12,106.59万元，分别占63.54%、
 * 18.27%、5.43%和12.76%"), in order; null when it gives none or not one for each.
 */
export function eachShare(text: string, lastPartEnd: number, quantities: Quantity[], count: number): Quantity[] | null {
  const after = quantities.filter((q) => q.start >= lastPartEnd);
  if (after.length < count || !EACH_SHARE.test(text.slice(lastPartEnd, after[0].start))) return null;
  const shares = after.slice(0, count);
  if (!shares.every(isPercent)) return null;
  for (let i = 1; i < count; i++)
    if (!SHARE_SEPARATOR.test(text.slice(shares[i - 1].end, shares[i].start))) return null;
  return shares;
}

export function sourceOf(label: string): FundSource | null {
  // "按收入性质分：财政拨款": the dimension a row opens is no part of its label
  const l = label.replace(/^其中[：:]?/, '').replace(DIMENSION, '');
  // "中央和省级资金405万元", "中央、省、市三级补助资金": several levels above together
  const above = [/中央/, /省|自治区/, /市级|市财政|(?<![县区])市(?![县区])/].filter((re) => re.test(l)).length;
  if (above >= 2 && !/县|(?<!自治)区级|旗级/.test(l)) return 'upper';
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
  // "年末结转和结余": a stock carried into the next year, no 结余 of this year's budget
  if (best?.w.kind === 'balance' && carriedOver(label, best.end)) return null;
  return best;
}

export const isRate = (k: FundKind) => k === 'arrivalRate' || k === 'executionRate';
export const isMoney = (q: Quantity) => q.unit !== null && MONEY_UNIT.test(q.unit);
export const isPercent = (q: Quantity) => q.unit === '%';

/** Whether a carry-over phrase ("年初结转和结余") ends at `end` of `label`. */
function carriedOver(label: string, end: number): boolean {
  const re = new RegExp(CARRY_OVER.source, 'g');
  for (let m = re.exec(label); m; m = re.exec(label)) if (m.index + m[0].length === end) return true;
  return false;
}
