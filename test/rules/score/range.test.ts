import range from '../../../rules/score/range.js';
import { ruleTester } from '../../rule-tester.js';
import { OTHER_TEMPLATE } from './texts.js';

/** A deduction in the "本指标满分3分…扣减0.3分，本指标得X分" form of a third-party report. */
const deduction = (got: string) =>
  `二、指标分析\n\n（一）组织实施\n\n（1）管理制度健全性（B21）。本指标满分3分。制度中未明确移交责任，扣减0.3分，本指标得${got}分。\n`;

export const cases = ruleTester(range, {
  base: OTHER_TEMPLATE,
  valid: [{ name: 'a deduction is exact: 3分 less 扣减0.3分 is 2.7', text: deduction('2.7') }],
  invalid: [
    {
      name: '扣X分，得Y分 that does not leave Y = 分值 − X',
      replace: ['制度执行不到位，扣3分，得12分。', '制度执行不到位，扣2分，得12分。'],
      errors: [{ messageId: 'deduction', data: { max: '15分', deducted: '2分' }, expected: '13分', at: '12分' }],
    },
    {
      name: 'a score above its 分值',
      text: '二、指标分析\n\n（一）决策（指标分值10分，评价得分12分）\n\n（二）过程（指标分值10分，评价得分8分）\n',
      errors: [{ messageId: 'exceeds', actual: '12分' }],
    },
    {
      name: 'a deduction is exact: 3分 less 扣减0.3分 is 2.7, not a written 2.6',
      text: deduction('2.6'),
      errors: [{ messageId: 'deduction', actual: '2.6分', expected: '2.7分' }],
    },
  ],
});
