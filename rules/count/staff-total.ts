// A staff count the text states ("年末实有在职人员152人", "核定编制163名") against the 合计 of the staffing
// tables' column of the same measure and year (src/facts/department/staff.ts): said only when every such table agrees
// (by unit and by 编制类别) and totals its rows: a table that does not total is count/column-total's.
import type { Rule } from '../../src/model/rule.js';

const rule: Rule = {
  meta: {
    id: 'count/staff-total',
    description: {
      'zh-CN': '正文所述部门编制数、实有人数与人员编制表同口径、同年度列的合计一致',
      en: "The department's approved posts and staff on the rolls stated in the text agree with the staffing tables' total of the same measure and year",
    },
    defaultSeverity: 'error',
    messages: {
      posts: {
        'zh-CN': '正文称{year}年核定编制{actual}名，但人员编制表“{header}”列合计为{expected}',
        en: 'The text gives {actual} approved posts (编制) for {year}, but the staffing table\'s "{header}" column totals {expected}',
      },
      present: {
        'zh-CN': '正文称{year}年实有人数为{actual}人，但人员编制表“{header}”列合计为{expected}',
        en: 'The text gives {actual} staff on the rolls (实有) for {year}, but the staffing table\'s "{header}" column totals {expected}',
      },
    },
  },
  check(ctx) {
    const { statements, columns } = ctx.facts.staff;
    for (const s of statements) {
      const same = columns.filter((c) => c.measure === s.measure && c.year === s.year);
      if (!same.length) continue;
      // the tables must total their rows and agree among themselves; else which figure is wrong is unknown
      const total = same[0].total.q.value;
      if (!same.every((c) => c.adds && c.total.q.value.eq(total)) || s.q.value.eq(total)) continue;
      const expected = total.toFixed(0);
      ctx.report({
        messageId: s.measure === '编制' ? 'posts' : 'present',
        data: {
          year: String(s.year),
          actual: s.q.value.toFixed(0),
          expected,
          header: same[0].header,
        },
        expected,
        actual: s.q.text,
        locations: [s.span, ...same.map((c) => c.total.span)],
      });
    }
  },
};

export default rule;
