// Dates that do not exist: 2月30日, 11月31日, 13月, 2023年2月29日 (not a leap year).
import { spanIn } from '../../src/facts/identity/places.js';
import { cnNumeralValue } from '../../src/structure/numbering.js';
import type { Rule } from '../../src/model/rule.js';

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Year (if written), month, day (if written), and where the date lies. */
interface DateParts {
  year: number | null;
  month: number;
  day: number | null;
  start: number;
  end: number;
}

const num = (s: string | undefined): number | null =>
  s === undefined ? null : /^\d+$/.test(s) ? Number(s) : cnNumeralValue(s.replace(/[〇零]/g, ''));

function findDates(text: string): DateParts[] {
  const out: DateParts[] = [];
  const CN = '[一二三四五六七八九十〇零]';
  const re = new RegExp(
    `(?:((?:19|20)\\d{2})年)?(?<![\\d.])(\\d{1,2}|${CN}{1,2})月(?:(\\d{1,2}|${CN}{1,3})[日号])?|((?:19|20)\\d{2})[-/.](\\d{1,2})[-/.](\\d{1,2})(?![\\d.])`,
    'g',
  );
  for (const m of text.matchAll(re)) {
    if (m[4]) {
      // a lone day "0" that ends its line is a date a narrow cell wrapped ("2022-08-0" / "5"), not day 0
      if (m[6] === '0' && m.index! + m[0].length === text.trimEnd().length) continue;
      out.push({
        year: Number(m[4]),
        month: Number(m[5]),
        day: Number(m[6]),
        start: m.index!,
        end: m.index! + m[0].length,
      });
      continue;
    }
    const month = num(m[2]);
    const day = num(m[3]);
    // "12个月", "三月份" stay months; a bare "13月" counts only after a year or before a day
    if (month === null || (!m[1] && m[3] === undefined)) continue;
    out.push({ year: m[1] ? Number(m[1]) : null, month, day, start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

function problem(d: DateParts): string | null {
  if (d.month < 1 || d.month > 12) return 'month';
  if (d.day === null) return null;
  const max = d.month === 2 && d.year !== null && !isLeap(d.year) ? 28 : DAYS[d.month - 1];
  return d.day < 1 || d.day > max ? 'day' : null;
}

function lastYearBefore(text: string, at: number): number | null {
  const years = [...text.slice(0, at).matchAll(/((?:19|20)\d{2})年/g)];
  return years.length ? Number(years[years.length - 1][1]) : null;
}

const rule: Rule = {
  meta: {
    id: 'text/impossible-date',
    description: { 'zh-CN': '不存在的日期（如2月30日、11月31日）', en: 'Dates that do not exist (2月30日, 11月31日)' },
    defaultSeverity: 'error',
    messages: {
      month: { 'zh-CN': '日期“{actual}”的月份不存在', en: 'The date "{actual}" has no such month' },
      day: {
        'zh-CN': '日期“{actual}”不存在（该月没有这一天）',
        en: 'The date "{actual}" does not exist (the month has no such day)',
      },
    },
  },
  check(ctx) {
    for (const p of ctx.facts.places) {
      for (const d of findDates(p.text)) {
        const kind = problem(d);
        if (!kind) continue;
        const actual = p.text.slice(d.start, d.end);
        // the month's last day, in the year the date or the text before it gives ("2024年2月19日至2月30日")
        const year = d.year ?? lastYearBefore(p.text, d.start);
        const last = d.month === 2 ? (year === null ? null : isLeap(year) ? 29 : 28) : DAYS[d.month - 1];
        const expected = kind === 'day' && last !== null ? `${d.month}月${last}日` : undefined;
        ctx.report({
          messageId: kind,
          data: { actual },
          actual,
          ...(expected ? { expected } : {}),
          locations: [spanIn(p, d.start, d.end)],
        });
      }
    }
  },
};

export default rule;
