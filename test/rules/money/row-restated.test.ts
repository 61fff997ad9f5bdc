import { expect, it } from 'vitest';
import rowRestated from '../../../rules/money/row-restated.js';
import { fixture, readFixture, runRule, SEED, SEED_FORMATS } from '../../helpers.js';
import { ruleTester } from '../../rule-tester.js';
import { bodyText } from './common.js';

// A department's spending by category (in 元) and by programme (in 万元), checked by hand:
// 基本支出 18,237,645.62元 = 1,823.76万元; 项目支出 6,128,904.15元 = 612.89万元, 执行率 6,128,904.15 / 6,843,700 = 89.56%;
// 知识产权保护经费 62.48 / 86.00 = 72.65%.
const TABLES = [
  '表1 支出预算执行情况（单位：元）',
  '',
  '支出类别\t全年预算数\t决算数\t执行率',
  '基本支出\t18,562,300.00\t18,237,645.62\t98.25%',
  '项目支出\t6,843,700.00\t6,128,904.15\t89.56%',
  '合计\t25,406,000.00\t24,366,549.77\t95.91%',
  '',
  '表2 主要项目支出情况（单位：万元）',
  '',
  '项目名称\t全年预算数\t决算数\t执行率',
  '食品安全监督抽检经费\t216.00\t198.36\t91.83%',
  '知识产权保护经费\t86.00\t62.48\t72.65%',
  '合计\t302.00\t260.84\t86.37%',
].join('\n');
const report = (text: string) => bodyText(`${TABLES}\n\n${text}`);

export const cases = ruleTester(
  rowRestated,
  {
    // right restatements in any unit, within the written precision
    base: report(
      '基本支出决算1,823.76万元，项目支出决算6,128,904.15元，项目支出执行率89.56%，其中知识产权保护经费执行率仅72.65%。基本支出决算约1824万元。',
    ),
    valid: [
      {
        name: 'the label only mentioned, or another kind or year meant',
        text: report(
          '基本支出占决算总额的74.85%。基本支出预算较2023年基本支出决算1,900万元有所下降，较上年基本支出决算1,900万元下降4.0%。食品安全监督抽检经费216.00万元全部用于抽检。',
        ),
      },
      {
        name: 'two tables give the row different values',
        text: bodyText(
          `${TABLES}\n\n表3 上年支出情况（单位：元）\n\n支出类别\t全年预算数\t决算数\t执行率\n基本支出\t17,000,000.00\t16,500,000.00\t97.06%\n项目支出\t5,000,000.00\t4,000,000.00\t80.00%\n\n基本支出决算1,650万元。`,
        ),
      },
    ],
    invalid: [
      {
        name: 'a category amount the text gets wrong, in another unit than the table (digits swapped)',
        text: report('从支出结构看，基本支出决算1,832.76万元，主要用于人员工资福利。'),
        errors: [
          {
            messageId: 'differs',
            at: '1,832.76万元',
            expected: '1823.76万元',
            actual: '1832.76万元',
            also: ['18,237,645.62'],
            message: '“基本支出”此处为1832.76万元，表中该行为1823.76万元',
          },
        ],
      },
      {
        name: "a programme's rate",
        replace: ['执行率仅72.65%', '执行率仅62.65%'],
        errors: [{ messageId: 'differs', actual: '62.65%' }],
      },
    ],
  },
  () => {
    const quiet = [
      ...SEED_FORMATS.map((f) => SEED[f]),
      ...SEED_FORMATS.map((f) => fixture('corrected', `seed-corrected.${f}`)),
      fixture('other', 'other-report.txt'),
    ];
    it.each(quiet)('%s: no finding', async (path) => {
      expect(runRule(rowRestated, await readFixture(path))).toEqual([]);
    });
  },
);
