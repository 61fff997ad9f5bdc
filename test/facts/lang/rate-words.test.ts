// The one family of rate headers (lang/rate-words.ts): what the totals checks leave out, what a formula column must
// name, and what makes a growth-rate column's bare figure a percent.
import { describe, expect, it } from 'vitest';
import { RATE_HEAD } from '../../../src/facts/lang/rate-words.js';
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
