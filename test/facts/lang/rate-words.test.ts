// The one family of rate headers (lang/rate-words.ts): what the totals checks leave out, what a formula column must
// name, and what makes a growth-rate column's bare figure a percent.
import { describe, expect, it } from 'vitest';
import { RATE_HEAD, rateNamesAgree } from '../../../src/facts/lang/rate-words.js';
import { keysMatch, targetNamesMatch } from '../../../src/facts/lang/indicator-names.js';
import { RATE_HEAD as TABLE_RATE_HEAD } from '../../../src/facts/funding/table-cells.js';

describe('a header of rates or shares', () => {
  it('names a rate, a share or a percent', () => {
    for (const h of [
      '增减率（%）',
      '执行率',
      '预算执行率',
      '占比',
      '付款比例',
      '比重',
      '增长（％）',
      '2024年比2023年增长率',
    ])
      expect(RATE_HEAD.test(h), h).toBe(true);
  });
  it('is not an amount, a count or an average', () => {
    for (const h of ['增减额（万元）', '预算数', '2024年决算数', '实有人数', '人均补助（元）', '合计'])
      expect(RATE_HEAD.test(h), h).toBe(false);
  });
  it('is the family the table checks read', () => {
    expect(TABLE_RATE_HEAD).toBe(RATE_HEAD);
  });
});

describe('a money’s rate named bare ("执行率92.63%")', () => {
  it('is the budget’s own: the same rate named by its money', () => {
    for (const long of ['预算执行率', '部门预算执行率', '资金到位率', '项目资金使用率'])
      expect(rateNamesAgree(long.slice(-3), long), long).toBe(true);
    expect(targetNamesMatch('执行率', '预算执行率')).toBe(true);
    expect(keysMatch('到位率', '资金到位率')).toBe(true);
  });
  it('is no rate an indicator’s name makes of another thing', () => {
    expect(rateNamesAgree('执行率', '政府采购执行率')).toBe(false);
    expect(targetNamesMatch('执行率', '政府采购执行率')).toBe(false);
    expect(keysMatch('执行率', '合同执行率')).toBe(false);
  });
  it('leaves every other rate word as it was (开工率 ≈ 重大项目开工率)', () => {
    expect(rateNamesAgree('开工率', '重大项目开工率')).toBe(true);
    expect(targetNamesMatch('开工率', '重大项目开工率')).toBe(true);
  });
});
