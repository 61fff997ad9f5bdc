// A table's growth-rate column recomputed from the two columns of its row it compares.
import growthRate from '../../../rules/money/growth-rate.js';
import { ruleTester } from '../../rule-tester.js';
import { withTable } from './tables.js';

/** V's 表7: "2024年比2023年增长率" beside 2022年 | 2023年 | 2024年 (1,253,731 ÷ 1,181,646 − 1 = 6.10%; 43,018 ÷ 41,275 − 1 = 4.22%). */
const WORKLOAD = withTable('表7 2022—2024年度主要业务量情况表', [
  '指标\t单位\t2022年\t2023年\t2024年\t2024年比2023年增长率',
  '门诊人次\t人次\t1,135,655\t1,181,646\t1,253,731\t6.10%',
  '出院人次\t人次\t38,642\t41,275\t43,018\t4.22%',
  '病床使用率\t%\t91.36%\t93.08%\t94.21%\t—',
]);

/** U's 表3: a bare "增减率" beside 2022年度 | 2023年度 (75,874.60 ÷ 71,534.52 − 1 = 6.07%), an amount column between. */
const BY_YEAR = withTable('表3 2022—2023年度资金情况表', [
  '补助项目\t2022年度（万元）\t2023年度（万元）\t增减额（万元）\t增减率',
  '公用经费补助资金\t71,534.52\t75,874.60\t4,340.08\t6.07%',
  '免费教科书资金\t9,839.23\t10,312.50\t473.27\t4.81%',
]);

/** S's 表4: "增减率" beside 本年收入合计 | 2023年收入合计, bare figures (3,674.65 ÷ 3,217.97 − 1 = 14.19%). */
const THIS_YEAR = withTable('表4 2024年度收入决算情况表（单位：万元）', [
  '单位名称\t财政拨款收入\t本年收入合计\t2023年收入合计\t增减率（%）',
  '局机关\t3,672.98\t3,674.65\t3,217.97\t14.19',
  '推广中心\t1,185.31\t1,190.71\t1,130.91\t5.29',
]);

export const cases = ruleTester(growthRate, {
  base: WORKLOAD,
  valid: [
    { name: "a bare 增减率 beside two years' columns that it bears out", text: BY_YEAR },
    { name: '本年 beside a dated column, rates as bare figures under 增减率（%）', text: THIS_YEAR },
    {
      name: 'a rate written to fewer decimals holds within its precision (6.1%)',
      replace: ['6.10%', '6.1%'],
    },
    {
      name: "a growth column whose two years are not both the table's (2024年比2022年, no 2022 column)",
      replace: [
        ['\t2022年\t2023年\t2024年\t2024年比2023年增长率', '\t2023年\t2024年\t2024年比2022年增长率'],
        ['\t1,135,655\t1,181,646\t1,253,731\t6.10%', '\t1,181,646\t1,253,731\t9.99%'],
        ['\t38,642\t41,275\t43,018\t4.22%', '\t41,275\t43,018\t9.99%'],
        ['\t91.36%\t93.08%\t94.21%\t—', '\t93.08%\t94.21%\t—'],
      ],
    },
    {
      name: 'a 占比 column is a share, not a growth rate',
      replace: [
        ['2024年比2023年增长率', '2024年占比'],
        ['6.10%', '96.68%'],
      ],
    },
    {
      name: 'two columns of one year (2024年预算数 | 2024年决算数): which two a bare 增减率 compares is unknown',
      text: withTable('表9 “三公”经费支出情况表（单位：万元）', [
        '项目\t2024年预算数\t2024年决算数\t2023年决算数\t增减率',
        '公务接待费\t6.80\t4.96\t5.84\t-30.00%',
      ]),
    },
    {
      name: "a 合计 its rows do not add up to: which figure is wrong is money/column-total's",
      text: withTable('表2 收入情况表（单位：万元）', [
        '收入来源\t2023年\t2024年\t2024年比2023年增长率',
        '财政补助收入\t7,215.60\t7,598.42\t5.31%',
        '事业收入\t56,907.15\t58,326.08\t2.49%',
        '合计\t64,158.75\t65,924.50\t2.90%',
      ]),
    },
  ],
  invalid: [
    {
      name: "a row's rate its two years do not give (43,018 ÷ 41,275 − 1 = 4.22%, not 4.82%)",
      replace: ['4.22%', '4.82%'],
      errors: [
        {
          messageId: 'rate',
          at: '4.82%',
          expected: '4.22%',
          message: '“出院人次”的“2024年比2023年增长率”为4.82%，但按（43,018 − 41,275）÷ 41,275计算为4.22%',
        },
      ],
    },
    {
      name: "a bare 增减率 against the two years' columns (6.07%, not 6.70%)",
      text: BY_YEAR.replace('6.07%', '6.70%'),
      errors: [{ messageId: 'rate', at: '6.70%', expected: '6.07%' }],
    },
    {
      name: '本年 against the dated (earlier) column, bare figures under 增减率（%）',
      text: THIS_YEAR.replace('14.19', '14.91'),
      errors: [{ messageId: 'rate', at: '14.91', expected: '14.19%' }],
    },
  ],
});
