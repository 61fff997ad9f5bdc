// "Is this figure another year's?": a sentence or clause dated by a year the report does not
// evaluate, or set against another year ("较上年", "与2023年相比"). Every fact that must leave
// another year's figures out asks here.
import { sentenceEnd, sentenceStart, sentencesOf } from './boundaries.js';
import { MONTH_DAY } from './dates.js';
import {
  evaluatedYears,
  findYears,
  inBookTitle,
  inDocumentNumber,
  isCutoffDate,
  rangeOf,
  type EvaluatedYears,
  type YearMention,
} from './years.js';

/** "较上年增长", "与2023年相比", "同比", "比上一年度": a clause set against another year (its figure is that year's or a change). */
export const COMPARED = /较|相比|同比|比上年|比去年|比上一?年度|比(?:19|20)\d{2}年/;

/**
 * "与上年相比，…", "较上年度", "去年": what, before a figure in its sentence, makes it last year's.
 */
const LAST_YEAR_BEFORE = /与上一?年度?相比|较上一?年度?|比上一?年度?|上年度|去年/;

/**
 * "较上年提高5.34个百分点", "与去年相比", and "2023年度…自评得分96.85分，本年提高1.71分" (this year set
 * against the one stated): a sentence that compares two years, so a year it names is the other one.
 */
const SET_AGAINST_LAST_YEAR =
  /较上年|比上年|与上年相比|同上年相比|较上一?年度|比上一?年度|与上一?年度相比|较去年|与去年相比|比去年|本年度?(?:提高|提升|下降|降低|增加|减少|增长)/;

/** "2023年度项目预算执行率为83.16%": a clause dated by a year that is not the report's is another year's figure
 *  (in a report on a programme's span, one year's part); "截至2024年12月31日" dates no figure. */
export function datedElsewhere(clause: string, when: number | EvaluatedYears | null): boolean {
  return datesOtherYears(clause, 0, clause.length, evaluatedYears(when));
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

/** "2023年12月底以来", "2023年同期": what after a year (its month and day, lang/dates.ts MONTH_DAY) compares with it or counts from it. */
const COMPARED_AFTER = new RegExp(
  String.raw`^(?:${MONTH_DAY})?(?:底|末)?(?:相比|比较|同期|以来|以前|之前|起|开始|至今|的基础上|基数|水平)`,
);

/** True when the year is compared with (较2023年, 与2023年相比, 比上年, 2023年同期) or counted from. */
export function isComparison(text: string, y: YearMention): boolean {
  const [before, after] = clauseAround(text, y.start);
  const tail = after.slice(y.after - y.start);
  if (/(较|比|相比|对比|同比|环比)$/.test(before) || /(较|比|相比|对比|低于|高于|多于|少于)[^较比]{0,6}$/.test(before))
    return true;
  if (/(与|和|跟|同)$/.test(before) && /(相比|比较|持平|相当)/.test(tail)) return true;
  return COMPARED_AFTER.test(tail);
}

/**
 * "年初有2023年结转资金1,580.47万元", "2022年度结余资金", "2023年末结存": a year directly followed by 结转 / 结余 / 结存
 * (after its 年 or 年度, a 末 or 底, "及以前年度") names money carried over from that year, not the evaluated fund
 * dated wrong. Only the year right before the word: "2022年城镇保障性安居工程专项资金结余" is the fund dated 2022.
 */
export function namesCarryOver(text: string, y: YearMention): boolean {
  return /^(?:末|底)?(?:及(?:以前|之前)年度?)?(?:的)?(?:结转|结余|结存|节余)/.test(text.slice(y.after));
}

/**
 * The sentence holding the year compares this year with the last ("2023年度项目预算执行率为83.16%，
 * 2024年度较上年提高5.34个百分点", "与上年相比，…该项目2023年度资金重点绩效评价得分为87.65分"): last year's
 * figures stated for comparison.
 */
export function inComparingSentence(text: string, y: YearMention): boolean {
  const from = sentenceStart(text, y.start);
  const to = sentenceEnd(text, y.after);
  return SET_AGAINST_LAST_YEAR.test(text.slice(from, to));
}

/** The clause says the year is not what the report evaluates: "2020年度项目资金不在本次评价范围内", "…不纳入本次评价". */
export function outsideScope(text: string, y: YearMention): boolean {
  const [, after] = clauseAround(text, y.start);
  return /不在|不属于|不纳入|未纳入|不包括|之外|以外/.test(after);
}

/**
 * What the sentence says up to `at` is about another year than the report's: it is dated by one
 * ("…该项目2023年度资金重点绩效评价得分为87.65分") or set against last year ("与上年相比，…").
 * In a report on a programme's span, a sentence dated by one year of it is that year's part, not the
 * whole ("2022年度预算3000万元"). Cut-off dates (截至2024年12月31日), document numbers, titles of documents
 * and spans that hold the evaluated years do not date it.
 */
export function aboutAnotherYear(text: string, at: number, when: number | EvaluatedYears | null): boolean {
  const from = sentenceStart(text, at);
  const before = text.slice(from, at);
  if (LAST_YEAR_BEFORE.test(before)) return true;
  return datesOtherYears(text, from, at, evaluatedYears(when));
}

/**
 * "2021年度，全县安排同类农村饮水安全巩固提升资金预算3,650.00万元，实际支出3,412.75万元": a sentence that opens with
 * a year (text[from] is the sentence's start) is about that year, across its clauses, up to `at` — unless another
 * year is named before `at`, which dates what follows it instead.
 */
export function openedByAnotherYear(
  text: string,
  from: number,
  at: number,
  when: number | EvaluatedYears | null,
): boolean {
  const e = evaluatedYears(when);
  if (e === null) return false;
  const o = openingYear(text, from, at);
  return o !== null && datesOtherYears(text, o.from, o.y.after, e);
}

/**
 * "2024年全市优良天数326天，优良天数比例为88.07%" in a report on 2022—2024: the one year of the evaluated span that opens
 * the sentence (or that its 当年 refers back to), as `openedByAnotherYear` reads it; null in a one-year report, and for a
 * sentence opened by a span or by a year outside the evaluated ones.
 */
export function spanYearOpening(
  text: string,
  from: number,
  at: number,
  when: number | EvaluatedYears | null,
): number | null {
  const e = evaluatedYears(when);
  if (e === null || e.from === e.to) return null;
  const o = openingYear(text, from, at);
  if (o === null || !datesOtherYears(text, o.from, o.y.after, e) || rangeOf(text, o.y)) return null;
  return o.y.value >= e.from && o.y.value <= e.to ? o.y.value : null;
}

/**
 * The year that dates the sentence from `from` up to `at` by opening it (text's offsets), with where its dating is read
 * from: the sentence's start, or for "当年…" the earlier sentence whose opening year it refers back to.
 */
function openingYear(text: string, from: number, at: number): { y: YearMention; from: number } | null {
  // a "sentence" longer than this is no sentence a year opens (and reading it again for every figure would be quadratic)
  if (at - from > OPENING_REACH) return null;
  const ys = findYears(text.slice(from, at));
  if (ys.length === 0) {
    // "2022年，专项资金到位5,200.00万元…。当年支出5,056.97万元": 当年 / 同年 / 该年 opening a sentence is the year
    // that opened an earlier sentence of the paragraph
    return SAME_YEAR_OPENING.test(text.slice(from, at)) ? yearReferredBack(text, from) : null;
  }
  if (ys.length !== 1 || !SENTENCE_OPENING.test(text.slice(from, from + ys[0].start))) return null;
  return { y: { ...ys[0], start: ys[0].start + from, end: ys[0].end + from, after: ys[0].after + from }, from };
}

/** "当年支出…", "同年12月…", "该年度…": a sentence opened by a word that names the year stated before it. */
const SAME_YEAR_OPENING = /^[\s\d一二三四五六七八九十（）().．、]*(?:当年|同年|该年|是年)/u;

/** How many sentences back the year 当年 refers to may stand. */
const BACK_REACH = 4;

/**
 * The year 当年 refers back to: the year opening the nearest earlier sentence that names a year ("2022年，专项资金
 * 到位…；加上上年结转…。当年支出…"), a sentence opened by 当年 in between keeping it. A nearer sentence naming a year
 * elsewhere than at its opening leaves 当年 unknown: null.
 */
function yearReferredBack(text: string, from: number): { y: YearMention; from: number } | null {
  const sentences = sentencesOf(text.slice(0, from)).reverse().slice(0, BACK_REACH);
  for (const [s, end] of sentences) {
    if (end - s > OPENING_REACH) return null;
    const ys = findYears(text.slice(s, end));
    if (!ys.length) continue;
    if (!SENTENCE_OPENING.test(text.slice(s, s + ys[0].start))) return null;
    return { y: { ...ys[0], start: ys[0].start + s, end: ys[0].end + s, after: ys[0].after + s }, from: s };
  }
  return null;
}

/** How far into a sentence its opening year still dates a figure, in characters. */
const OPENING_REACH = 400;

/**
 * What may stand before a sentence's opening year: its numbering, 在/从/自/于 or 截至 (a cut-off dates a figure only
 * before the evaluated years: `datesOtherYears`), and a lead that sets the sentence
 * against last year ("与上年相比，2022年度全市下达…": the sentence states the other side of the comparison).
 */
const SENTENCE_OPENING =
  /^[\s\d一二三四五六七八九十（）().．、]*(?:(?:与|同|和|跟)(?:上一?年度?|去年)相比[，,]?|相比(?:上一?年度?|去年)[，,]?)?(?:[在从自于]|(?:截至|截止)(?:到|于)?)?$/u;

/**
 * "2023年度项目预算执行率为83.16%": a clause (text[from, to)) dated by a year that is not the evaluated
 * one, or by one year of an evaluated span, states another year's figure.
 */
export function datesOtherYears(text: string, from: number, to: number, e: EvaluatedYears | null): boolean {
  if (e === null) return false;
  return findYears(text.slice(from, to)).some((y) => {
    const shifted = { ...y, start: y.start + from, end: y.end + from, after: y.after + from };
    if (inDocumentNumber(text, shifted) || inBookTitle(text, shifted)) return false;
    // "截至2024年12月31日" dates no figure; "截至2021年底，全县农村自来水普及率88.60%" in a report on 2022—2024 states one
    // from before the evaluated years (a baseline)
    if (isCutoffDate(text, shifted)) return y.value < e.from;
    const range = rangeOf(text, shifted);
    if (range) return !(range[0] <= e.from && e.to <= range[1]);
    return e.from === e.to ? y.value !== e.from : true;
  });
}
