// Dates that do not exist: 2月30日, 11月31日, 13月, 2023年2月29日 (not a leap year); the dates the fact store holds (facts/identity/written-dates.ts).
import { spanIn } from '../../src/facts/identity/places.js';
import { dateProblem, lastDayOf } from '../../src/facts/lang/dates.js';
import type { Rule } from '../../src/model/rule.js';

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
    for (const d of ctx.facts.dates) {
      const kind = dateProblem(d);
      if (!kind) continue;
      const p = d.place;
      const actual = p.text.slice(d.start, d.end);
      // the month's last day, in the year the date or the text before it gives ("2024年2月19日至2月30日")
      const last = lastDayOf(d.month, d.inYear);
      const expected = kind === 'day' && last !== null ? `${d.month}月${last}日` : undefined;
      ctx.report({
        messageId: kind,
        data: { actual },
        actual,
        ...(expected ? { expected } : {}),
        locations: [spanIn(p, d.start, d.end)],
      });
    }
  },
};

export default rule;
