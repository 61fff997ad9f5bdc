// Year mentions in a text (2024年, 2024年度, 24年, 二〇二四年) and the contexts
// that make a year legitimately different from the evaluated one: document
// numbers, policy titles, comparisons, multi-year spans.
import { MONTH, MONTH_DAY } from './dates.js';

export interface YearMention {
  value: number; // four digits
  start: number; // offsets of the year in the text (the digits, without 年)
  end: number;
  /** Offset just after 年 / 年度. */
  after: number;
  form: 'full' | 'short' | 'chinese';
}

const CN_DIGIT: Record<string, number> = {
  〇: 0,
  零: 0,
  '○': 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

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
    if (
      !m[2] &&
      !/^\s?[-—–~～至到]\s?(?:19|20)\d{2}年/.test(text.slice(end)) &&
      !/[〔［\[]$/.test(text.slice(0, m.index))
    )
      continue;
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
    if (v >= 1900 && v < 2100)
      out.push({ value: v, start: m.index!, end: m.index! + 4, after: m.index! + m[0].length, form: 'chinese' });
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

/** A range of years a year is one end of: "2021-2025年", "2021年1月1日至2023年12月31日". */
export interface YearRange {
  from: number;
  to: number;
  /** Which end of the range the year is. */
  end: 'from' | 'to';
  /**
   * Where the range ends when the year opens it: just after the second year with its 年度 or month and day
   * ("2020年至2024年12月31日"), so a finding on a stale span quotes it whole; the year's own end when it closes it.
   */
  until: number;
}

// "2021年1月1日至2023年12月31日": a span's ends may carry their month and day (lang/dates.ts MONTH_DAY)
const RANGE_AFTER = new RegExp(
  String.raw`^(?:年度?)?(?:${MONTH_DAY})?\s?[-—–~～至到]\s?((?:19|20)\d{2})年(?:度|${MONTH_DAY})?`,
);
const RANGE_BEFORE = new RegExp(String.raw`((?:19|20)\d{2})(?:年度?)?(?:${MONTH_DAY})?\s?[-—–~～至到]\s?$`);

/** The range a year is part of (2021-2025年, 2021年至2025年), or null. */
export function yearRange(text: string, y: YearMention): YearRange | null {
  // "2021年1月1日至2023年12月31日" is a span of years too
  const after = RANGE_AFTER.exec(text.slice(y.end));
  if (after) return { from: y.value, to: Number(after[1]), end: 'from', until: y.end + after[0].length };
  const before = RANGE_BEFORE.exec(text.slice(0, y.start));
  if (before) return { from: Number(before[1]), to: y.value, end: 'to', until: y.end };
  return null;
}

/** The ends of the range the year is part of (2021-2025年 → [2021, 2025]), or null. */
export function rangeOf(text: string, y: YearMention): [number, number] | null {
  const r = yearRange(text, y);
  return r ? [r.from, r.to] : null;
}

/** What follows a cut-off date's year: its month ("12月", "十二月", lang/dates.ts MONTH), 底 or 末. */
const CUTOFF_AFTER = new RegExp(String.raw`^(?:${MONTH}|底|末)`);

/** A year written as a cut-off date: 截止2023年12月31日, 截至2023年底. */
export function isCutoffDate(text: string, y: YearMention): boolean {
  return (
    /(截止|截至)(到|于)?$/.test(text.slice(Math.max(0, y.start - 4), y.start)) && CUTOFF_AFTER.test(text.slice(y.after))
  );
}
