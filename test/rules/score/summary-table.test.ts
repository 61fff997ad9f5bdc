import summaryTable from '../../../rules/score/summary-table.js';
import { ruleTester } from '../../rule-tester.js';
import { OTHER_TEMPLATE } from './texts.js';

// 权重 | 指标得分 | 得分率 under a two-row header. Read by hand: 效益 scores 24 of the 25 its heading
// gives; 24 / 25 = 96.00%.
const twoRowRates = (rate: string) =>
  [
    '某项目绩效评价报告',
    '',
    '三、自评得分情况',
    '',
    '指标名称\t权重\t自评结果\t',
    '\t\t指标得分\t得分率',
    '产出指标\t75%\t75\t100.00%',
    `效益指标\t25%\t24\t${rate}`,
    '合计\t100%\t99\t99.00%',
    '',
    '（一）产出指标（共75分，得75分）',
    '',
    '产出良好。',
    '',
    '（二）效益指标（共25分，得24分）',
    '',
    '效益良好。',
    '',
  ].join('\n');

export const cases = ruleTester(summaryTable, {
  base: OTHER_TEMPLATE,
  valid: [
    {
      name: '32.80% of a 2-decimal rate is within precision, 33% of 1/3 too',
      text: '评价指标\t分值\t得分\t得分率\n决策\t3\t1\t33%\n过程\t3\t1\t33.33%\n合计\t6\t2\t33.3%\n',
    },
    { name: 'a rate under a two-row header that agrees with the 分值 the headings state', text: twoRowRates('96.00%') },
  ],
  invalid: [
    {
      name: '得分率 recomputed: 18 ÷ 20 is 90%, not 85%',
      replace: ['A1 决策\t20%\t20\t18\t90%', 'A1 决策\t20%\t20\t18\t85%'],
      errors: [{ messageId: 'rate', actual: '85%', at: '85%' }],
    },
    {
      name: '权重 recomputed: 30 of 100 is 30%, not 25%',
      replace: ['A2 过程\t30%', 'A2 过程\t25%'],
      errors: [{ messageId: 'weight', actual: '25%', at: '25%' }],
    },
    {
      name: '得分率 recomputed with the 分值 the headings state (24 ÷ 25 = 96.00%)',
      text: twoRowRates('92.00%'),
      errors: [{ messageId: 'rate', actual: '92.00%', expected: '96.00%' }],
    },
  ],
});
