// Dates that do not exist: 2月30日, 11月31日, 13月, 2023年2月29日 (not a leap year); the dates as lang/dates.ts reads them.
import { spanIn } from '../../src/facts/identity/places.js';
import { findYears, inDocumentNumber } from '../../src/facts/lang/years.js';
import { dateProblem, findDates, lastDayOf } from '../../src/facts/lang/dates.js';
import type { Rule } from '../../src/model/rule.js';

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
      for (const d of findDates(p.text, findYears(p.text))) {
        const kind = dateProblem(d);
        if (!kind) continue;
        const actual = p.text.slice(d.start, d.end);
        // the month's last day, in the year the date or the text before it gives ("2024年2月19日至2月30日")
        const year = d.year ?? lastYearBefore(p.text, d.start);
        const last = lastDayOf(d.month, year);
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
