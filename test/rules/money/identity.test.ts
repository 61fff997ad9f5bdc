import { expect, it } from 'vitest';
import moneyIdentity from '../../../rules/money/identity.js';
import { readFixture, runRule, SEED, SEED_FORMATS } from '../../helpers.js';
import { ruleTester } from '../../rule-tester.js';
import { allRules } from '../../../rules/index.js';
import { span, YEARS } from '../identity/inline.js';
import { bodyText, FUNDING_OK, selfEvalFundsBlock } from './common.js';

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
        name: "a report on a programme's span: one year's amount is not the programme's; no rule fires",
        text: span(`${YEARS}2023年度项目资金到位3100万元。`),
        with: allOthers,
      },
    ],
    invalid: [
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
