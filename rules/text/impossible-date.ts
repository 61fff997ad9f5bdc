// Dates that do not exist: 2月30日, 11月31日, 13月, 2023年2月29日 (not a leap year).
import { spanIn } from '../../src/facts/identity/places.js';
import { findYears, inDocumentNumber } from '../../src/facts/lang/years.js';
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
    `(?<![\\d.])(\\d{1,2}|${CN}{1,2})月(?:(\\d{1,2}|${CN}{1,3})[日号])?|((?:19|20)\\d{2})[-/.](\\d{1,2})[-/.](\\d{1,2})(?![\\d.])`,
    'g',
  );
  // the year a date is written with ("2023年2月29日", "二〇二三年二月二十九日"), by where the month begins: the lexicon's years
  const yearAt = new Map(
    findYears(text)
      .filter((y) => text.slice(y.end, y.after) === '年')
      .map((y) => [y.after, y]),
  );
  for (const m of text.matchAll(re)) {
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

function problem(d: DateParts): string | null {
  if (d.month < 1 || d.month > 12) return 'month';
  if (d.day === null) return null;
  const max = d.month === 2 && d.year !== null && !isLeap(d.year) ? 28 : DAYS[d.month - 1];
  return d.day < 1 || d.day > max ? 'day' : null;
}

/**
 * The year the text gives before a date without its own ("2024年2月19日至2月30日"): the last the lexicon reads, not a
 * document number's (〔2023〕5号), nor a two-digit one, which is as often a count of years ("服务期15年").
 */
function lastYearBefore(text: string, at: number): number | null {
  const before = text.slice(0, at);
  const years = findYears(before).filter((y) => y.form !== 'short' && !inDocumentNumber(before, y));
  return years.length ? years[years.length - 1].value : null;
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
