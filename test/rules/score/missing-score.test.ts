import missingScore from '../../../rules/score/missing-score.js';
import { ruleTester } from '../../rule-tester.js';
import { OTHER_TEMPLATE } from './texts.js';

export const cases = ruleTester(missingScore, {
  base: OTHER_TEMPLATE,
  valid: [],
  invalid: [
    {
      name: 'an empty 得分 cell while the table states a total',
      replace: ['①到位及时（15分）\t15', '①到位及时（15分）\t'],
      errors: [{ messageId: 'noScore', actual: '（空）', table: { row: 3, col: 5 } }],
    },
  ],
});
