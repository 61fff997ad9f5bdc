import criteriaPoints from '../../../rules/score/criteria-points.js';
import { ruleTester } from '../../rule-tester.js';
import { OTHER_TEMPLATE } from './texts.js';

export const cases = ruleTester(criteriaPoints, {
  base: OTHER_TEMPLATE,
  valid: [],
  invalid: [
    {
      name: 'the points of a 评分标准 against the row 分值 (5 + 8 ≠ 15)',
      replace: ['①有制度（5分）②执行有效（10分）', '①有制度（5分）②执行有效（8分）'],
      errors: [{ messageId: 'points', actual: '13分', expected: '15分' }],
    },
  ],
});
