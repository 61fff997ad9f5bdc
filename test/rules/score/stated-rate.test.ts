// A 得分率 in prose beside its 得分 and 满分.
import statedRate from '../../../rules/score/stated-rate.js';
import { ruleTester } from '../../rule-tester.js';

const report = (sentence: string) => `某项目绩效评价报告\n\n四、评价指标分析\n\n${sentence}`;
const SENTENCE = '产出指标满分40分，得37.86分，得分率94.65%。';

export const cases = ruleTester(statedRate, {
  base: report(SENTENCE),
  valid: [
    { name: 'written with fewer decimals: 94.7% stands for 94.65–94.75', replace: ['94.65%', '94.7%'] },
    {
      name: 'two indicators: whose rate it is is unclear',
      text: report('决策、过程指标各得20分，得分率100%，满分20分。'),
    },
    { name: 'no score in the sentence', text: report('产出指标满分40分，得分率94.65%。') },
    {
      name: 'full marks exact, the score as written: 22.12 ÷ 25 = 88.48%',
      text: report('效益指标满分25分，得22.12分，得分率88.48%。'),
    },
    { name: "the rate is another sentence's", text: report('产出指标满分40分，得37.86分。效益指标得分率90%。') },
  ],
  invalid: [
    {
      name: 'digits swapped: 37.86 ÷ 40 = 94.65%, not 96.45%',
      replace: ['94.65%', '96.45%'],
      errors: [{ messageId: 'rate', at: '96.45%', actual: '96.45%', expected: '94.65%' }],
    },
    {
      name: '分值 10, 得分 9: 90%, not 80%',
      text: report('该指标分值10分，评价得分9分，得分率为80%。'),
      errors: [{ messageId: 'rate', at: '80%', actual: '80%', expected: '90%' }],
    },
    {
      name: 'full marks are exact: 22.12 ÷ 25 = 88.48%, not 88.84% (25 read as 24.5–25.5 let it pass)',
      text: report('效益指标满分25分，得22.12分，得分率88.84%。'),
      errors: [{ messageId: 'rate', at: '88.84%', actual: '88.84%', expected: '88.48%' }],
    },
    {
      name: '权重 20, 扣1分，得19分: 95.00%, not 90.00%',
      text: report('效益指标权重20分，扣1分，得19分，得分率90.00%。'),
      errors: [{ messageId: 'rate', at: '90.00%', actual: '90.00%', expected: '95.00%' }],
    },
  ],
});
