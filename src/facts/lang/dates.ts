// Dates as reports write them: "2024年3月5日", "二〇二四年二月二十九日", "3月5日", "12月", "2024-03-05", "2024.3.5",
// "2024/3/5"; and the month (and day) that may follow a year in a span or a cut-off ("2021年1月1日至2023年12月31日",
// "截至2023年十二月底"). Only the shapes: whether a year is the evaluated one is lang/years.ts and year-dates.ts.
import type { YearMention } from './years.js';
import { cnNumeralValue } from '../../structure/numbering.js';

/** "1月1日", "12月": a month in digits and maybe its day, as written after a year ("2021年1月1日至2023年12月31日"). */
export const MONTH_DAY = String.raw`\d{1,2}月(?:\d{1,2}日)?`;

/** "12月", "十二月": a month in digits or numerals, as a cut-off date writes it after its year ("截至2023年十二月底"). */
export const MONTH = String.raw`(?:\d{1,2}|[一二三四五六七八九十]{1,3})月`;

/** "1月1日", "01月01日", "1月1": a year's first day, opening a period of whole years ("2021年1月1日至2024年12月31日"). */
export const FIRST_DAY = String.raw`0?1月0?1日?`;

/** "12月31日": a year's last day, closing a period of whole years or dating a year-end ("2024年12月31日（人）"). */
export const LAST_DAY = String.raw`12月31日?`;

const CN = '[一二三四五六七八九十〇零]';
/**
 * "2月30日", "二月三十日", "3月5号", "13月" (a month, its day if written) or "2024-03-05", "2024.3.5", "2024/3/5" (year, month,
 * day); not inside a longer figure ("1.5月", "2024.1.1.2").
 */
const DATE = new RegExp(
  `(?<![\\d.])(\\d{1,2}|${CN}{1,2})月(?:(\\d{1,2}|${CN}{1,3})[日号])?|((?:19|20)\\d{2})[-/.](\\d{1,2})[-/.](\\d{1,2})(?![\\d.])`,
  'g',
);

/** A date as written: its year (when written with it), month, day (when written), and where it lies. */
export interface DateMention {
  year: number | null;
  month: number;
  day: number | null;
  start: number;
  end: number;
}

const num = (s: string | undefined): number | null =>
  s === undefined ? null : /^\d+$/.test(s) ? Number(s) : cnNumeralValue(s.replace(/[〇零]/g, ''));

/**
 * Every date of a text, months and days as written (13月 and 2月30日 included: whether they exist is `dateProblem`).
 * `years` are the text's years as lang/years.ts findYears reads them: a year followed by 年 right where a month begins
 * is the date's ("2023年2月29日", "二〇二三年二月二十九日").
 */
export function findDates(text: string, years: readonly YearMention[]): DateMention[] {
  const out: DateMention[] = [];
  const yearAt = new Map(years.filter((y) => text.slice(y.end, y.after) === '年').map((y) => [y.after, y]));
  for (const m of text.matchAll(DATE)) {
    if (m[3]) {
      // a lone day "0" that ends its line is a date a narrow cell wrapped ("2022-08-0" / "5"), not day 0
      if (m[5] === '0' && m.index! + m[0].length === text.trimEnd().length) continue;
      out.push({
        year: Number(m[3]),
        month: Number(m[4]),
        day: Number(m[5]),
        start: m.index!,
        end: m.index! + m[0].length,
      });
      continue;
    }
    const year = yearAt.get(m.index!);
    const month = num(m[1]);
    const day = num(m[2]);
    // "12个月", "三月份" stay months; a bare "13月" counts only after a year or before a day
    if (month === null || (!year && m[2] === undefined)) continue;
    out.push({ year: year?.value ?? null, month, day, start: year?.start ?? m.index!, end: m.index! + m[0].length });
  }
  return out;
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** The last day of a month (1–12); February's only when its year is known. */
export function lastDayOf(month: number, year: number | null): number | null {
  if (month !== 2) return DAYS[month - 1] ?? null;
  return year === null ? null : isLeap(year) ? 29 : 28;
}

/** What makes a date impossible: a month outside 1–12, or a day its month has not (29 February of a known non-leap year). */
export function dateProblem(d: DateMention): 'month' | 'day' | null {
  if (d.month < 1 || d.month > 12) return 'month';
  if (d.day === null) return null;
  const max = d.month === 2 && d.year !== null && !isLeap(d.year) ? 28 : DAYS[d.month - 1];
  return d.day < 1 || d.day > max ? 'day' : null;
}
