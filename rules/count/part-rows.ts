// "施工共划分为6个标段" agrees with the tables that list the 标段 by ordinal (一标段 … 五标段): the facts
// (src/facts/part-series.ts) hold the claims and each table's series. A table listing more parts than claimed
// proves the claim short; a claim beyond every table is reported only when at least two tables list the same
// number (one table may list only some of them).
import type { Rule } from '../../src/model/rule.js';

const rule: Rule = {
  meta: {
    id: 'count/part-rows',
    description: {
      'zh-CN': '“共划分为N个标段”与逐个列出各标段（一标段、二标段……）的表格行数一致',
      en: 'A stated number of 标段 (contract lots) agrees with the tables that list them one by one',
    },
    defaultSeverity: 'error',
    messages: {
      rows: {
        'zh-CN': '称共有{actual}个{noun}，但表格逐个列出的{noun}为{expected}个',
        en: 'Says there are {actual} {noun}, but the tables list {expected} one by one',
      },
    },
  },
  check(ctx) {
    const { claims, tables } = ctx.facts.partSeries;
    for (const c of claims) {
      const counts = tables.filter((t) => t.noun === c.noun).map((t) => t.count);
      if (!counts.length) continue;
      const most = Math.max(...counts);
      const agreed = counts.length >= 2 && counts.every((n) => n === most);
      if (c.count === most || (c.count > most && !agreed)) continue;
      ctx.report({
        messageId: 'rows',
        data: { actual: c.count, expected: most, noun: c.noun },
        expected: `${most}个`,
        actual: `${c.count}个`,
        locations: [c.span],
      });
    }
  },
};

export default rule;
