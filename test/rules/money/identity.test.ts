import { expect, it } from 'vitest';
import moneyIdentity from '../../../rules/money/identity.js';
import { readFixture, runRule, SEED, SEED_FORMATS } from '../../helpers.js';
import { ruleTester } from '../../rule-tester.js';
import { allRules } from '../../../rules/index.js';
import { span, YEARS } from '../identity/inline.js';
import { bodyText, FUNDING_OK, selfEvalFundsBlock } from './common.js';

/**
 * A two-row header of per-year pairs ("2023年度 | 2024年度 | 两年合计", each over 预算 | 支出) and a rate
 * column after them (`pairs` the headers over the pairs, `rate` the training row's rate).
 */
const yearPairs = (pairs: string[], rate: string) => {
  const cols = pairs.length;
  const head = pairs.map((p) => `<td colspan="2">${p}</td>`).join('');
  const row = (label: string, cells: string[], r: string) =>
    `<tr><td>${label}</td>${cells.map((c) => `<td>${c}</td>`).join('')}<td>${r}</td></tr>`;
  const training = ['460.00', '435.00', '480.00', '456.10', '940.00', '891.10'].slice(0, cols * 2);
  const posts = ['430.00', '412.92', '450.00', '434.01', '880.00', '846.93'].slice(0, cols * 2);
  const total = ['890.00', '847.92', '930.00', '890.11', '1,820.00', '1,738.03'].slice(0, cols * 2);
  return [
    '# 某县2023—2024年就业补助资金绩效评价报告',
    '',
    '# 一、项目概况',
    '',
    '表3 分类别分年度资金预算及支出情况表（单位：万元）',
    '',
    `<table><tr><td rowspan="2">补贴类别</td>${head}<td rowspan="2">执行率</td></tr>` +
      `<tr>${pairs.map(() => '<td>预算</td><td>支出</td>').join('')}</tr>` +
      row('职业技能培训补贴', training, rate) +
      row('公益性岗位补贴', posts, cols === 3 ? '96.24%' : '96.45%') +
      row('合计', total, cols === 3 ? '95.50%' : '95.71%') +
      '</table>',
    '',
  ].join('\n');
};

/**
 * A 结转 roll-forward by year (AB's 表4 in small): 可用资金 = 上年结转 + 当年到位, 年末结转 = 可用 − 支出, carried to the
 * next row, 执行率 = 支出 ÷ 可用. By hand: 2022 1,000.00 − 900.00 = 100.00, 900 ÷ 1,000 = 90.00%; 2023 100.00 + 800.00
 * = 900.00, 900.00 − 850.00 = 50.00, 850 ÷ 900 = 94.44% (850 ÷ 800 would be 106.25%, 800 − 850 = −50).
 */
const ROLL_FORWARD = [
  '表4 专项资金结转情况（单位：万元）',
  '',
  '年度\t上年结转\t当年到位\t可用资金\t当年支出\t年末结转\t当年执行率',
  '2022年\t0.00\t1,000.00\t1,000.00\t900.00\t100.00\t90.00%',
  '2023年\t100.00\t800.00\t900.00\t850.00\t50.00\t94.44%',
  '',
].join('\n');

/** Every other rule, run with this one on a report on a programme's span. */
const allOthers = allRules.filter((r) => r.meta.id !== moneyIdentity.meta.id);

export const cases = ruleTester(
  moneyIdentity,
  {
    // consistent figures in 万元 and 元 (120.5 − 118 = 2.5; 118 / 120.5 = 97.9%)
    base: FUNDING_OK,
    valid: [
      {
        name: '执行率 over the budget when no 到位 is stated (118 / 120.5 = 97.9%)',
        text: bodyText('年初预算安排120.5万元，全年实际支出118万元，预算执行率97.9%。'),
      },
      {
        name: 'a 到位率 that is 到位 / 预算 (60 / 80 = 75%)',
        text: bodyText('项目预算80万元，实际到位资金60万元，资金到位率75%。'),
      },
      {
        name: '到位 over 预算 when the budget was raised',
        text: bodyText('项目预算80万元，年中追加10万元，实际到位资金90万元。'),
      },
      { name: 'the national 自评表: 执行率 = 全年执行数 ÷ 全年预算数', text: bodyText(selfEvalFundsBlock('96.72%')) },
      {
        name: 'a roll-forward table (上年结转 | 当年到位 | 可用资金 | …): its 结转 and rate are not 到位 − 支出 and 支出 ÷ 到位',
        text: bodyText(ROLL_FORWARD),
      },
      {
        name: "per-year pairs then 执行率: each row's rate is its 两年合计 pair's (891.10 / 940 = 94.80%), not 2023's",
        text: yearPairs(['2023年度', '2024年度', '两年合计'], '94.80%'),
        format: 'md',
      },
      {
        name: "a rate after two years' pairs and no pair of the whole: whose it is is not known, nothing is said",
        text: yearPairs(['2023年度', '2024年度'], '94.80%'),
        format: 'md',
      },
      {
        name: "a report on a programme's span: one year's amount is not the programme's; no rule fires",
        text: span(`${YEARS}2023年度项目资金到位3100万元。`),
        with: allOthers,
      },
      {
        // U: last year's sentence set against this year's ("与上年相比，2022年度…"): 83,062.31 ÷ 89,606.22 = 92.70%,
        // never over 2023's 到位 94,753.76 (87.66%); no rule fires
        name: 'a sentence led by "与上年相比，" and opened by last year states last year’s figures; no rule fires',
        text: [
          '# 沧州市2023年度城乡义务教育补助经费政策绩效评价报告',
          '',
          '# 一、基本情况',
          '',
          '2023年度全市下达资金94,907.27万元，到位94,753.76万元，实际支出91,052.88万元，执行率96.09%。' +
            '与上年相比，2022年度全市下达资金89,606.22万元，资金全部到位，实际支出83,062.31万元，执行率92.70%。' +
            '2023年度下达资金较2022年度增加5,301.05万元。',
          '',
        ].join('\n'),
        format: 'md',
        with: allOthers,
      },
      {
        // V's 2024 sentence in a one-year report: the rate is on the budget as adjusted ("…后调整为"), 7,598.42 ÷ 7,712.30
        // = 98.52%, never on 年初 7,080.00 (107.32%)
        name: 'a 执行率 after both 年初预算 and "…后调整为" is on the adjusted budget',
        text: bodyText(
          '2024年年初预算7,080.00万元，年中追加医疗设备购置资金后调整为7,712.30万元，全年执行7,598.42万元，执行率98.52%。',
        ),
      },
      {
        // V: a whole unit's report over 2022—2024 (the title's span): each year's budget and rate are that year's
        // (7,598.42 / 7,712.30 = 98.52%, on the adjusted budget), and the projects' sum is over the period; no rule
        // fires (read as one year: 98.81% recomputed over 2024's 7,598.42, 2023's 年初 voted against 2024's)
        name: "a whole unit's report over a span: each year's sentence is that year's; no rule fires",
        text: [
          '# 重庆市綦江区人民医院2022—2024年度单位整体支出绩效评价报告',
          '',
          '# 一、基本情况',
          '',
          '2024年年初预算7,080.00万元，年中追加后调整为7,712.30万元，全年执行7,598.42万元，执行率98.52%。' +
            '2023年年初预算6,650.00万元，调整为7,302.45万元，执行率98.81%；2022年执行率99.08%。' +
            '评价期内医院共实施重点项目30个，预算合计20,580.00万元，实际支出19,465.03万元。',
          '',
        ].join('\n'),
        format: 'md',
        with: allOthers,
      },
      {
        // R: "其中2023年度支出1,308.84万元，执行率94.84%" — a year's rate after its amount, inside the whole's
        // sentence (3000 / 3100 = 96.77%, 2976 / 3100 = 96.00%; the programme's 11400 / 12000 = 95%)
        name: "a rate right after one year's amount is that year's, not the programme's; no rule fires",
        text: span(
          YEARS.replace(
            '执行率95%。',
            '执行率95%，其中2023年度支出3000万元，执行率96.77%；2024年度支出2976万元，执行率96.00%。',
          ),
        ),
        with: allOthers,
      },
      {
        // U: 校舍维修改造项目's 计划投资 (含县级自筹) is those projects', never the fund's budget (94,753.76 ÷ 3,662.52)
        name: 'the 计划投资 of projects a sentence counts is theirs, not the budget (also after "；")',
        text: bodyText(
          '项目实际到位94,753.76万元，到位率99.84%。全市支持校舍维修改造项目96个，完工92个；计划投资3,662.52万元，完成投资3,445.76万元。',
        ),
      },
      {
        // U: a sub-fund the report lists ("包括A、B、C三项") opens its clause: 2,230.23 is not over the fund's 到位
        name: "a listed sub-fund's clause states its own 支出 and 执行率 (its 到位, named after it, is read as no one's)",
        text: [
          '沧州市2023年度城乡义务教育补助经费绩效评价报告',
          '经费包括公用经费补助资金、校舍安全保障长效机制资金、免费教科书资金三项。',
          '项目实际到位94,753.76万元，到位率99.84%。',
          '分补助项目看，校舍安全保障长效机制资金到位2,615.40万元，支出2,230.23万元，执行率85.27%；免费教科书资金到位10,312.50万元，支出10,024.69万元，执行率97.21%。',
        ].join('\n\n'),
      },
    ],
    invalid: [
      {
        // 7,598.42 ÷ 7,712.30 = 98.52% (the adjusted budget), not 90.00%
        name: 'a wrong 执行率 after both 年初预算 and "…后调整为" is recomputed on the adjusted budget',
        text: bodyText(
          '2024年年初预算7,080.00万元，年中追加医疗设备购置资金后调整为7,712.30万元，全年执行7,598.42万元，执行率90.00%。',
        ),
        errors: [{ messageId: 'rate', at: '90.00%', expected: '98.52%' }],
      },
      {
        // 91,052.88 ÷ 94,753.76 = 96.09%, not 90.00%: the lead does not make the evaluated year's sentence another year's
        name: 'a sentence led by "与上年相比，" and opened by the evaluated year is still checked',
        text: [
          '# 沧州市2023年度城乡义务教育补助经费政策绩效评价报告',
          '',
          '# 一、基本情况',
          '',
          '与上年相比，2023年度全市资金到位94,753.76万元，实际支出91,052.88万元，执行率90.00%。',
          '',
        ].join('\n'),
        format: 'md',
        errors: [{ messageId: 'rate', at: '90.00%', expected: '96.09%' }],
      },
      {
        // U's 献县 (#2): a county's clause after "如下：" is checked against its own figures (5,824.82 ÷ 5,965.54)
        name: 'a county\'s rate after "如下：" against that county\'s own 到位 and 支出',
        text: bodyText(
          '项目实际到位94,753.76万元，实际支出91,052.88万元，执行率96.09%。各县（市、区）资金使用情况如下：运河区下达资金5,971.03万元，到位资金5,965.54万元，实际支出5,824.82万元，执行率95.64%；新华区下达资金4,860.05万元，到位资金4,832.43万元，实际支出4,565.01万元，执行率94.47%。',
        ),
        errors: [{ messageId: 'rate', actual: '95.64%', expected: '97.64%' }],
      },
      {
        name: "per-year pairs then 执行率: a rate its row's 两年合计 pair does not give (891.10 / 940 = 94.80%)",
        text: yearPairs(['2023年度', '2024年度', '两年合计'], '94.60%'),
        format: 'md',
        errors: [{ messageId: 'rate', actual: '94.6%', expected: '94.80%' }],
      },
      {
        name: 'a 结转 that is not 到位 − 支出',
        replace: ['结转资金2.5万元', '结转资金5万元'],
        errors: [{ messageId: 'balance', at: '5万元', expected: '2.5万元' }],
      },
      {
        name: 'an 执行率 that is neither 支出/到位 nor 支出/预算',
        replace: ['预算执行率97.9%', '预算执行率95%'],
        errors: [{ messageId: 'rate', at: '95%', actual: '95%' }],
      },
      {
        name: '执行率 over the budget that the budget does not give (118 / 120.5 ≠ 92.9%)',
        text: bodyText('年初预算安排120.5万元，全年实际支出118万元，预算执行率92.9%。'),
        errors: [{ messageId: 'rate', actual: '92.9%' }],
      },
      {
        name: 'a 到位率 that is not 到位 / 预算',
        text: bodyText('项目预算80万元，实际到位资金60万元，资金到位率80%。'),
        errors: [{ messageId: 'rate', expected: '75.0%' }],
      },
      {
        name: '到位 over 预算 with no raise stated',
        text: bodyText('项目预算80万元，实际到位资金90万元。'),
        errors: [{ messageId: 'overBudget', at: '90万元' }],
      },
      {
        name: '结余 checked row by row in a table, in 元 (500000 − 480000 = 20000)',
        text: bodyText(['单位：元', '', '项目\t到位数\t支出数\t结余数', '合计\t500000\t480000\t30000', ''].join('\n')),
        errors: [{ messageId: 'balance', table: true, expected: '20000元' }],
      },
      {
        name: 'without a 上年结转 column a table by year keeps its 结转 = 到位 − 支出 (800.00 − 750.00 = 50.00)',
        text: bodyText(
          [
            '表4 专项资金结转情况（单位：万元）',
            '',
            '年度\t当年到位\t当年支出\t年末结转',
            '2022年\t1,000.00\t900.00\t100.00',
            '2023年\t800.00\t750.00\t60.00',
            '',
          ].join('\n'),
        ),
        errors: [{ messageId: 'balance', table: true, actual: '60万元', expected: '50万元' }],
      },
      {
        name: 'the national 自评表: a wrong 执行率, shown against 全年预算数, not 年初预算数',
        text: bodyText(selfEvalFundsBlock('96.27%')),
        errors: [{ messageId: 'rate', actual: '96.27%', expected: '96.72%', data: { denValue: '5286.4万元' } }],
      },
      {
        name: "a report on a programme's span: the programme's own rate still checked (11400 ÷ 12000 = 95%); no other rule fires",
        text: span(YEARS.replace('执行率95%', '执行率90%')),
        with: allOthers,
        errors: [{ messageId: 'rate', actual: '90%' }],
      },
    ],
  },
  () => {
    // The seed: 预算57万元, 到位57万元 (到位率100%), 使用57万元, 结余0万元, 执行率100% — all consistent.
    it.each(SEED_FORMATS)('seed (%s): no finding', async (fmt) => {
      expect(runRule(moneyIdentity, await readFixture(SEED[fmt]))).toEqual([]);
    });
  },
);
