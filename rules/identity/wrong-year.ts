// A year earlier than the evaluated one where it dates the evaluated project or
// its period: "2023年X项目", "截止2023年12月31日", "2023年度预算", a cover period.
// Not reported: document numbers (〔2022〕5号), policy titles in 《》, comparisons
// (较2023年, 同比), spans that include the evaluated year (2021-2025年), and later
// years (the report is written after the year it evaluates).
import { sharedIdentity } from '../../src/facts/identity.js';
import { inBookTitle, inDocumentNumber, isComparison, inComparingSentence, isCutoffDate, rangeOf } from '../../src/facts/years.js';
import type { Rule } from '../../src/rule.js';

const PERIOD_KEY = /(?:年度|时间|期间|周期|时段)$/;
const NOT_PERIOD_KEY = /^(?:报告|编制|填报|报送|印发|出具|成立)/;
/** What a "YYYY年度" dates when it is the evaluated year's: budget, project, funds, targets. */
const DATES_PROJECT = /^(?:部门)?(?:预算|项目|资金|专项|绩效目标|绩效评价|经费|整体支出)/;

const rule: Rule = {
  meta: {
    id: 'identity/wrong-year',
    description: {
      'zh-CN': '年份与评价年度不符（项目年度、截止日期、评价期间）',
      en: 'A year other than the evaluated one dates the project or its period',
    },
    defaultSeverity: 'error',
    needsSegmenter: true,
    messages: {
      wrongYear: {
        'zh-CN': '此处年份为{actual}，而本报告评价的是{expected}',
        en: 'The year here is {actual}, but the report evaluates {expected}',
      },
    },
  },
  check(ctx) {
    const id = sharedIdentity(ctx);
    const Y = id.year;
    if (Y === null) return;
    const projectYears = new Set(id.mentions.projects.filter((m) => m.yearPrefix).map((m) => `${m.place.block}/${m.place.cell?.row}/${m.place.cell?.col}/${m.yearPrefix!.start}`));
    for (const y of id.mentions.years) {
      if (y.value >= Y) continue;
      const text = y.place.text;
      if (inDocumentNumber(text, y) || inBookTitle(text, y) || isComparison(text, y)) continue;
      if (y.value === Y - 1 && inComparingSentence(text, y)) continue;
      const range = rangeOf(text, y);
      if (range && range[0] <= Y && Y <= range[1]) continue;
      // the second end of a stale range was reported with the first
      if (range && range[1] === y.value && range[0] < Y && y.start > 0 && /[-—–~～至到]\s?$/.test(text.slice(0, y.start).replace(/\d{1,2}月\d{1,2}日?$/, ''))) continue;
      const key = `${y.place.block}/${y.place.cell?.row}/${y.place.cell?.col}/${y.start}`;
      const field = ctx.doc.cover.find((f) => f.block === y.place.block && f.valueStart <= y.start && y.start < f.valueEnd);
      const datesProject =
        projectYears.has(key) ||
        isCutoffDate(text, y) ||
        (y.place.role === 'cover' && !!field && PERIOD_KEY.test(field.key) && !NOT_PERIOD_KEY.test(field.key)) ||
        // "项目名称：2022年度…项目": the year that opens the project's name on the cover
        (y.place.role === 'cover' && !!field && /^项目(?:名称|全称)$/.test(field.key) && y.start === field.valueStart) ||
        (text.slice(y.end, y.after) === '年度' && DATES_PROJECT.test(text.slice(y.after))) ||
        y.place.role === 'title';
      if (!datesProject) continue;
      ctx.report({
        messageId: 'wrongYear',
        data: { actual: `${y.value}年`, expected: `${Y}年` },
        expected: `${Y}年`,
        actual: `${y.value}年`,
        locations: [{ block: y.place.block, ...(y.place.cell ? { cell: y.place.cell } : {}), start: y.start, end: y.after }],
      });
    }
  },
};

export default rule;
