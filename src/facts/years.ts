// Year mentions in a text (2024年, 2024年度, 24年, 二〇二四年) and the contexts
// that make a year legitimately different from the evaluated one: document
// numbers, policy titles, comparisons, multi-year spans.

export interface YearMention {
  value: number; // four digits
  start: number; // offsets of the year in the text (the digits, without 年)
  end: number;
  /** Offset just after 年 / 年度. */
  after: number;
  form: 'full' | 'short' | 'chinese';
}

const CN_DIGIT: Record<string, number> = { 〇: 0, 零: 0, '○': 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/**
 * The years a report evaluates: one year (from = to), or a programme's span when the report
 * evaluates it whole ("某省2021—2024年农村饮水安全巩固提升项目绩效评价报告").
 */
export interface EvaluatedYears {
  from: number;
  to: number;
}

/** A single year as the span it is; null stays null. */
export function evaluatedYears(when: number | EvaluatedYears | null): EvaluatedYears | null {
  return when === null ? null : typeof when === 'number' ? { from: when, to: when } : when;
}

/** "2021—2024年" as a span. */
export function spanText(e: EvaluatedYears): string {
  return e.from === e.to ? `${e.from}年` : `${e.from}—${e.to}年`;
}

/** Every year written as a year (followed by 年), in order. */
export function findYears(text: string): YearMention[] {
  const out: YearMention[] = [];
  for (const m of text.matchAll(/(?<!\d)((?:19|20)\d{2})(年度|年)?/g)) {
    // a bare number is a year only before 年, inside 〔〕 (document number) or in a range before one
    const end = m.index! + m[1].length;
    if (!m[2] && !/^\s?[-—–~～至到]\s?(?:19|20)\d{2}年/.test(text.slice(end)) && !/[〔［\[]$/.test(text.slice(0, m.index))) continue;
    out.push({ value: Number(m[1]), start: m.index!, end, after: end + (m[2]?.length ?? 0), form: 'full' });
  }
  // "24年" / "24年度": two digits, not part of a longer number, not a count of years ("5年", "近10年")
  for (const m of text.matchAll(/(?<![\d.％%])(\d{2})(年度|年)(?![来以内间前后代底末初]|[一二三四五六七八九十]月?)/g)) {
    const v = Number(m[1]);
    const before = text.slice(Math.max(0, m.index! - 1), m.index);
    if (v < 10 || v > 49 || /[近约逾超达第共满过这那每连续数前后余]/.test(before)) continue;
    out.push({ value: 2000 + v, start: m.index!, end: m.index! + 2, after: m.index! + m[0].length, form: 'short' });
  }
  for (const m of text.matchAll(/([一二][〇零○九][〇零○一二三四五六七八九]{2})(年度|年)/g)) {
    const v = Number([...m[1]].map((c) => CN_DIGIT[c]).join(''));
    if (v >= 1900 && v < 2100) out.push({ value: v, start: m.index!, end: m.index! + 4, after: m.index! + m[0].length, form: 'chinese' });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** True when the year sits in a document number: 赣财绩〔2022〕5号, 财预[2021]12号, （2023）3号. */
export function inDocumentNumber(text: string, y: YearMention): boolean {
  return /[〔［\[（]$/.test(text.slice(0, y.start)) && /^[〕］\]）]\s?第?\d*号?/.test(text.slice(y.end));
}

/** True when an unclosed 《 precedes the year in the same text: a policy or plan title. */
export function inBookTitle(text: string, y: YearMention): boolean {
  const before = text.slice(0, y.start);
  return before.lastIndexOf('《') > before.lastIndexOf('》');
}

/** The other end of a range the year is part of (2021-2025年, 2021年至2025年), or null. */
export function rangeOf(text: string, y: YearMention): [number, number] | null {
  // "2021年1月1日至2023年12月31日" is a span of years too
  const after = /^(?:年度?)?(?:\d{1,2}月(?:\d{1,2}日)?)?\s?[-—–~～至到]\s?((?:19|20)\d{2})年/.exec(text.slice(y.end));
  if (after) return [y.value, Number(after[1])];
  const before = /((?:19|20)\d{2})(?:年度?)?(?:\d{1,2}月(?:\d{1,2}日)?)?\s?[-—–~～至到]\s?$/.exec(text.slice(0, y.start));
  if (before) return [Number(before[1]), y.value];
  return null;
}

/** The clause the year stands in: from the previous clause mark to the next one. */
function clauseAround(text: string, at: number): [string, string] {
  const marks = /[，。；！？;]|,(?!\d)/g; // not the thousands comma of "1,180.00万元"
  let from = 0;
  for (const m of text.slice(0, at).matchAll(marks)) from = m.index! + 1;
  const rest = text.slice(at).search(marks);
  const to = rest < 0 ? text.length : at + rest;
  return [text.slice(from, at), text.slice(at, to)];
}

/** True when the year is compared with (较2023年, 与2023年相比, 比上年, 2023年同期) or counted from. */
export function isComparison(text: string, y: YearMention): boolean {
  const [before, after] = clauseAround(text, y.start);
  const tail = after.slice(y.after - y.start);
  if (/(较|比|相比|对比|同比|环比)$/.test(before) || /(较|比|相比|对比|低于|高于|多于|少于)[^较比]{0,6}$/.test(before)) return true;
  if (/(与|和|跟|同)$/.test(before) && /(相比|比较|持平|相当)/.test(tail)) return true;
  return /^(?:\d{1,2}月(?:\d{1,2}日)?)?(?:底|末)?(?:相比|比较|同期|以来|以前|之前|起|开始|至今|的基础上|基数|水平)/.test(tail);
}

/**
 * The sentence holding the year compares this year with the last ("2023年度项目预算执行率为83.16%，
 * 2024年度较上年提高5.34个百分点", "与上年相比，…该项目2023年度资金重点绩效评价得分为87.65分"): last year's
 * figures stated for comparison.
 */
export function inComparingSentence(text: string, y: YearMention): boolean {
  let from = y.start;
  while (from > 0 && !'。；！？'.includes(text[from - 1])) from--;
  let to = y.after;
  while (to < text.length && !'。；！？'.includes(text[to])) to++;
  // "2023年度部门整体支出自评得分96.85分，本年提高1.71分": this year set against the one stated
  return /较上年|比上年|与上年相比|同上年相比|较上一?年度|比上一?年度|与上一?年度相比|较去年|与去年相比|比去年|本年度?(?:提高|提升|下降|降低|增加|减少|增长)/.test(text.slice(from, to));
}

/** The clause says the year is not what the report evaluates: "2020年度项目资金不在本次评价范围内", "…不纳入本次评价". */
export function outsideScope(text: string, y: YearMention): boolean {
  const [, after] = clauseAround(text, y.start);
  return /不在|不属于|不纳入|未纳入|不包括|之外|以外/.test(after);
}

/** A year written as a cut-off date: 截止2023年12月31日, 截至2023年底. */
export function isCutoffDate(text: string, y: YearMention): boolean {
  return /(截止|截至)(到|于)?$/.test(text.slice(Math.max(0, y.start - 4), y.start)) && /^(\d{1,2}月|[一二三四五六七八九十]{1,3}月|底|末)/.test(text.slice(y.after));
}

/**
 * What the sentence says up to `at` is about another year than the report's: it is dated by one
 * ("…该项目2023年度资金重点绩效评价得分为87.65分") or set against last year ("与上年相比，…").
 * In a report on a programme's span, a sentence dated by one year of it is that year's part, not the
 * whole ("2022年度预算3000万元"). Cut-off dates (截至2024年12月31日), document numbers, titles of documents
 * and spans that hold the evaluated years do not date it.
 */
export function aboutAnotherYear(text: string, at: number, when: number | EvaluatedYears | null): boolean {
  let from = at;
  while (from > 0 && !'。；！？'.includes(text[from - 1])) from--;
  const before = text.slice(from, at);
  if (/与上一?年度?相比|较上一?年度?|比上一?年度?|上年度|去年/.test(before)) return true;
  return datesOtherYears(text, from, at, evaluatedYears(when));
}

/**
 * "2021年度，全县安排同类农村饮水安全巩固提升资金预算3,650.00万元，实际支出3,412.75万元": a sentence that opens with
 * a year (text[from] is the sentence's start) is about that year, across its clauses, up to `at` — unless another
 * year is named before `at`, which dates what follows it instead.
 */
export function openedByAnotherYear(text: string, from: number, at: number, when: number | EvaluatedYears | null): boolean {
  const e = evaluatedYears(when);
  if (e === null) return false;
  // a "sentence" longer than this is no sentence a year opens (and reading it again for every figure would be quadratic)
  if (at - from > OPENING_REACH) return false;
  const ys = findYears(text.slice(from, at));
  if (ys.length !== 1 || !SENTENCE_OPENING.test(text.slice(from, from + ys[0].start))) return false;
  return datesOtherYears(text, from, from + ys[0].after, e);
}

/** How far into a sentence its opening year still dates a figure, in characters. */
const OPENING_REACH = 400;

/** What may stand before a sentence's opening year: its numbering, 在/从/自/于. */
const SENTENCE_OPENING = /^[\s\d一二三四五六七八九十（）().．、]*[在从自于]?$/u;

/**
 * "2023年度项目预算执行率为83.16%": a clause (text[from, to)) dated by a year that is not the evaluated
 * one, or by one year of an evaluated span, states another year's figure.
 */
export function datesOtherYears(text: string, from: number, to: number, e: EvaluatedYears | null): boolean {
  if (e === null) return false;
  return findYears(text.slice(from, to)).some((y) => {
    const shifted = { ...y, start: y.start + from, end: y.end + from, after: y.after + from };
    if (inDocumentNumber(text, shifted) || inBookTitle(text, shifted) || isCutoffDate(text, shifted)) return false;
    const range = rangeOf(text, shifted);
    if (range) return !(range[0] <= e.from && e.to <= range[1]);
    return e.from === e.to ? y.value !== e.from : true;
  });
}
