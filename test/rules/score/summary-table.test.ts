import summaryTable from '../../../rules/score/summary-table.js';
import { ruleTester } from '../../rule-tester.js';
import { ACROSS, OTHER_TEMPLATE, otherScoreRules } from './texts.js';

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
    {
      name: 'a summary laid out across (项目 | 决策 | 过程 | 产出 | 效益 | 合计 over 分值 / 得分 / 得分率) that agrees with itself and the sections; no score rule fires',
      text: ACROSS,
      with: otherScoreRules(summaryTable),
    },
    {
      // the 得分率 is right: 37.04 ÷ 40 = 92.60%; score/cross-source reports the 37.40
      name: 'a score the rest of the document outvotes, beside a rate that fits the score it agrees on',
      text: ACROSS,
      replace: ['得分\t13.50\t17.87\t37.04', '得分\t13.50\t17.87\t37.40'],
    },
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
    {
      name: '得分率 recomputed in a summary laid out across: 37.04 ÷ 40 is 92.60%, not 93.60%',
      text: ACROSS,
      replace: ['92.60%\t88.48%', '93.60%\t88.48%'],
      errors: [{ messageId: 'rate', actual: '93.60%', expected: '92.60%', at: '93.60%', also: ['37.04', '40'] }],
    },
    {
      name: '权重 recomputed in a summary laid out across: 40 of 100 is 40%, not 45%',
      text: ACROSS,
      replace: ['分值\t15\t20\t40\t25\t100', '分值\t15\t20\t40\t25\t100\n权重\t15%\t20%\t45%\t25%\t100%'],
      errors: [{ messageId: 'weight', actual: '45%', expected: '40%', at: '45%' }],
    },
  ],
});
