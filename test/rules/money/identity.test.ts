import { describe, expect, it } from 'vitest';
import rule from '../../../rules/money/identity.js';
import { docFromText, readFixture, runRule, SEED, SEED_FORMATS } from '../../helpers.js';
import { broken, body, FUNDING_OK, selfEvalFundsBlock } from './common.js';

describe('money/identity', () => {
  it('is quiet on consistent figures in 万元 and 元 (120.5 − 118 = 2.5; 118 / 120.5 = 97.9%)', () => {
    expect(runRule(rule, docFromText(FUNDING_OK))).toEqual([]);
  });

  it('fires at a 结转 that is not 到位 − 支出', () => {
    const f = runRule(rule, broken('结转资金2.5万元', '结转资金5万元'));
    expect(f).toHaveLength(1);
    expect(f[0].locations[0].text).toBe('5万元');
    expect(f[0].expected).toBe('2.5万元');
  });

  it('fires at an 执行率 that is neither 支出/到位 nor 支出/预算', () => {
    const f = runRule(rule, broken('预算执行率97.9%', '预算执行率95%'));
    expect(f).toHaveLength(1);
    expect(f[0].locations[0].text).toBe('95%');
    expect(f[0].actual).toBe('95%');
  });

  it('accepts 执行率 over the budget when no 到位 is stated', () => {
    expect(runRule(rule, body('年初预算安排120.5万元，全年实际支出118万元，预算执行率97.9%。'))).toEqual([]);
    expect(runRule(rule, body('年初预算安排120.5万元，全年实际支出118万元，预算执行率92.9%。'))).toHaveLength(1);
  });

  it('fires at a 到位率 that is not 到位 / 预算', () => {
    const f = runRule(rule, body('项目预算80万元，实际到位资金60万元，资金到位率80%。'));
    expect(f).toHaveLength(1);
    expect(f[0].expected).toBe('75.0%');
    expect(runRule(rule, body('项目预算80万元，实际到位资金60万元，资金到位率75%。'))).toEqual([]);
  });

  it('fires when 到位 exceeds 预算 unless the budget was raised', () => {
    const f = runRule(rule, body('项目预算80万元，实际到位资金90万元。'));
    expect(f.map((x) => x.locations[0].text)).toEqual(['90万元']);
    expect(runRule(rule, body('项目预算80万元，年中追加10万元，实际到位资金90万元。'))).toEqual([]);
  });

  it('checks 结余 row by row in a table, in 元', () => {
    const doc = body(['单位：元', '', '项目\t到位数\t支出数\t结余数', '合计\t500000\t480000\t30000', ''].join('\n'));
    const f = runRule(rule, doc);
    expect(f).toHaveLength(1);
    expect(f[0].locations[0].table).not.toBeNull();
    expect(f[0].expected).toBe('20000元');
  });

  // The seed: 预算57万元, 到位57万元 (到位率100%), 使用57万元, 结余0万元, 执行率100% — all consistent.
  it.each(SEED_FORMATS)('seed (%s): no finding', async (fmt) => {
    expect(runRule(rule, await readFixture(SEED[fmt]))).toEqual([]);
  });
});

describe('money/identity on the national 自评表', () => {
  const form = (rate: string) => body(selfEvalFundsBlock(rate));
  it('is quiet when 执行率 = 全年执行数 ÷ 全年预算数', () => {
    expect(runRule(rule, form('96.72%'))).toEqual([]);
  });
  it('fires at a wrong 执行率 and shows it against 全年预算数, not 年初预算数', () => {
    const f = runRule(rule, form('96.27%'));
    expect(f.map((x) => [x.actual, x.expected])).toEqual([['96.27%', '96.72%']]);
    expect(f[0].message).toContain('5286.4万元');
  });
});
