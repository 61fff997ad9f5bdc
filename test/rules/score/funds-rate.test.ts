// The national 自评表's funds row scores 执行率 × 分值.
import fundsRate from '../../../rules/score/funds-rate.js';
import { ruleTester } from '../../rule-tester.js';

/** A 自评表 whose 年度资金总额 row states the given 执行率 and 得分 (分值 10). */
const formWith = (rate: string, score: string) =>
  [
    '某市2024年度健身设施建设补助项目绩效自评报告',
    [
      '项目名称\t某市2024年度健身设施建设补助项目',
      '项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分',
      `\t年度资金总额\t600.00\t680.00\t652.80\t10\t${rate}\t${score}`,
      '绩效指标\t一级指标\t二级指标\t三级指标\t分值\t得分',
      '\t产出指标\t数量指标\t健身路径数量\t90\t90',
      `总分\t\t\t\t100\t`,
      '',
    ].join('\n'),
  ].join('\n\n');

export const cases = ruleTester(fundsRate, {
  base: formWith('96.00%', '9.60'),
  valid: [
    {
      name: 'within the written precision (96.72% × 10 = 9.67)',
      replace: [
        ['96.00%', '96.72%'],
        ['9.60', '9.67'],
      ],
    },
    {
      name: 'within the written precision (96.7% × 10 ≈ 9.67)',
      replace: [
        ['96.00%', '96.7%'],
        ['9.60', '9.67'],
      ],
    },
    {
      name: 'full marks from over 100%',
      replace: [
        ['96.00%', '102.50%'],
        ['9.60', '10.00'],
      ],
    },
    { name: 'a whole-number score is left alone (a local tier scheme: 执行率≥95%得满分)', replace: ['\t9.60', '\t10'] },
  ],
  invalid: [
    {
      name: 'a funds score that 执行率 × 分值 does not give (96.00% × 10 = 9.60, not 9.06)',
      replace: ['\t9.60', '\t9.06'],
      errors: [{ messageId: 'score', at: '9.06', expected: '9.60分', also: ['96.00%', '10'] }],
    },
  ],
});
