import { expect, it } from 'vitest';
import rowRestated from '../../../rules/money/row-restated.js';
import { fixture, readFixture, runRule, SEED, SEED_FORMATS } from '../../helpers.js';
import { applyReplace, ruleTester } from '../../rule-tester.js';
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

// A fund paid out by sub-fund and by 批次, checked by hand: 表1 460.00 + 270.00 = 730.00 (执行率 460 ÷ 500 = 92.00%,
// 270 ÷ 300 = 90.00%, 730 ÷ 800 = 91.25%); 表2 第一批次 200.00 + 120.00 = 320.00, 第二批次 260.00 + 150.00 = 410.00,
// 合计 460.00 / 270.00 / 730.00, the same as 表1's 实际拨付.
const PAYMENTS = [
  '青原市2024年度科技创新专项资金绩效评价报告',
  '',
  '一、项目基本情况',
  '',
  '专项资金年初预算800.00万元，实际拨付730.00万元。',
  '',
  '表1 专项资金分类预算及执行情况（单位：万元）',
  '',
  '序号\t支持方向\t年初预算\t实际拨付\t结余\t执行率',
  '1\t企业研发后补助\t500.00\t460.00\t40.00\t92.00%',
  '2\t人才引进奖励\t300.00\t270.00\t30.00\t90.00%',
  '合计\t—\t800.00\t730.00\t70.00\t91.25%',
  '',
  '专项资金分两个批次拨付。第一批次于2024年6月10日拨付320.00万元；第二批次于2024年11月5日拨付410.00万元。',
  '',
  '表2 专项资金分批次拨付情况（单位：万元）',
  '',
  '批次\t拨付日期\t研发后补助\t人才引进奖励\t合计',
  '第一批次\t2024年6月10日\t200.00\t120.00\t320.00',
  '第二批次\t2024年11月5日\t260.00\t150.00\t410.00',
  '合计\t—\t460.00\t270.00\t730.00',
  '',
  '二、绩效分析',
  '',
  '（一）企业研发后补助',
  '',
  '经核定，全年向30家企业拨付研发后补助资金460.00万元。',
  '',
  '（二）人才引进奖励',
  '',
  '全年拨付270.00万元。',
  '',
  '（三）项目管理',
  '',
  '市科技局按季度调度资金拨付进度。',
  '',
].join('\n');
/** The payments report with a sentence added to 二（三）'s paragraph. */
const paymentsWith = (sentence: string) =>
  applyReplace(PAYMENTS, ['调度资金拨付进度。', `调度资金拨付进度。${sentence}`]);

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
        name: "a part's 拨付 agrees with its row and column; the whole's, and one with no part named, are compared with no part",
        text: paymentsWith('其中向5所高校拨付资金120.00万元，全年累计拨付730.00万元。'),
      },
      {
        name: "a 批次's one sub-fund (a cell, not the 批次's row), a 批次 the table lacks, a plan, another year",
        text: paymentsWith(
          '第二批次拨付研发后补助260.00万元。第三批次拨付100.00万元。2023年拨付研发后补助资金380.00万元。',
        ),
        replace: ['经核定，', '按计划应拨付研发后补助资金500.00万元，经核定，'],
      },
      {
        name: "a sentence whose own subject is not the section's part",
        text: applyReplace(PAYMENTS, ['资金460.00万元。', '资金460.00万元。其中高新技术企业拨付200.00万元。']),
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
        name: "a 批次's 拨付 against its row of the table of payments (its 合计 column)",
        text: PAYMENTS,
        replace: ['拨付410.00万元', '拨付401.00万元'],
        errors: [
          {
            messageId: 'differs',
            at: '401.00万元',
            expected: '410万元',
            actual: '401.00万元',
            also: ['410.00'],
            message: '“第二批次”此处为401.00万元，表中该行为410万元',
          },
        ],
      },
      {
        name: "a sub-fund's 拨付, named without its \"企业\" and with its 资金, against its column's 合计 and the heading's row",
        text: PAYMENTS,
        replace: ['资金460.00万元', '资金406.00万元'],
        errors: [{ messageId: 'differs', at: '406.00万元', expected: '460万元', also: ['460.00', '460.00'] }],
      },
      {
        name: "a 拨付 with no part named, under its part's heading",
        text: PAYMENTS,
        replace: ['全年拨付270.00万元', '全年拨付207.00万元'],
        errors: [{ messageId: 'differs', at: '207.00万元', expected: '270万元', also: ['270.00', '270.00'] }],
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
