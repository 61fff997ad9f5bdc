import grade from '../../../rules/score/grade.js';
import { ruleTester } from '../../rule-tester.js';
import { dept, form } from './forms.js';
import { OTHER_TEMPLATE } from './texts.js';

const noThresholds = '三、结论\n\n经评价，项目总得分88分，评价等级为“优”。\n';

// A department's form (98.6, 优) and a programme's (86.6, 良), a grade stated in the conclusion and one in the
// programme's section: each is the one system's it is about, said once.
const progGood = form(
  '项目名称',
  '某市2024年度健身设施建设补助项目',
  '8.6',
  [
    ['产出指标', '健身路径数量', 50, '45'],
    ['效益指标', '设施管护落实率', 40, '33'],
  ],
  '86.6',
);
const twoForms = (conclusion: string, prose = '该项目自评得分86.6分，自评等级为“良”。') =>
  [
    '某市体育局2024年度部门整体支出绩效自评报告',
    '一、部门整体支出绩效自评表',
    dept,
    '二、项目支出绩效自评表',
    progGood,
    '三、自评结论',
    conclusion,
    '四、健身设施建设补助项目',
    prose,
  ].join('\n\n');

export const cases = ruleTester(grade, {
  base: OTHER_TEMPLATE,
  valid: [
    // 80% written as a whole percent may be 79.5%–80.5%: 良 and 中 both stand
    {
      name: "a row grade at the edge of a threshold within the rate's precision (80% may be 79.5%: 中 stands)",
      replace: ['A3 产出\t50%\t50\t40\t80%\t良', 'A3 产出\t50%\t50\t40\t80%\t中'],
    },
    {
      name: 'an option moves the default thresholds (excellent: 85 puts 88 in 优)',
      text: noThresholds,
      options: { excellent: 85 },
    },
    {
      name: "a grade word before 及以上 / 以上 / 以下 is a floor, not the grade given (a platform's own assessment)",
      text: `${noThresholds.replace('评价等级为“优”', '评价等级为“良”')}\n平台年度绩效评估结论为合格及以上。另一平台评估结论为良好以上，个别结果为合格 以下。\n`,
    },
    {
      name: 'with two forms, a grade in a sentence stating no total is one form’s when that form’s total allows it',
      text: twoForms('经自评，部门整体支出绩效自评得分98.6分，自评等级为“优”。', '该项目自评等级为“良”。'),
    },
  ],
  invalid: [
    {
      name: 'the overall grade against the thresholds the report states (85 is 良)',
      replace: ['评价等级为“良”', '评价等级为“优”'],
      errors: [{ messageId: 'grade', actual: '优', expected: '良' }],
    },
    {
      name: 'a row grade against the thresholds the report states (90% is 优)',
      replace: ['A1 决策\t20%\t20\t18\t90%\t优', 'A1 决策\t20%\t20\t18\t90%\t中'],
      errors: [{ messageId: 'grade', actual: '中', expected: '优' }],
    },
    {
      name: 'with two forms, a grade against the total its own sentence states, reported once (98.6 is 优, not 中)',
      text: twoForms('经自评，部门整体支出绩效自评得分98.6分，自评等级为“中”。'),
      errors: [{ messageId: 'grade', actual: '中', expected: '优', also: ['98.6'] }],
    },
    {
      name: 'default thresholds when the report states none (88 is 良 below 90)',
      text: noThresholds,
      errors: [{ messageId: 'grade', actual: '优', expected: '良' }],
    },
  ],
});
