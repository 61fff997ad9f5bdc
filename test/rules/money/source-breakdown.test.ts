import { describe, expect, it } from 'vitest';
import rule from '../../../rules/money/source-breakdown.js';
import consistency from '../../../rules/money/consistency.js';
import { docFromText, readFixture, runRule, SEED, SEED_FORMATS } from '../../helpers.js';
import { broken, body, FUNDING_OK } from './common.js';

describe('money/source-breakdown', () => {
  it('is quiet when every column and sentence adds up', () => {
    expect(runRule(rule, docFromText(FUNDING_OK))).toEqual([]);
  });

  it('fires at a sentence whose parts do not add up (60 + 40.5 + 25 ≠ 120.5)', () => {
    const f = runRule(rule, body('该项目实际到位资金120.5万元，其中：中央资金60万元，省级资金40.5万元，县级资金25万元。'));
    expect(f).toHaveLength(1);
    expect(f[0].actual).toBe('120.5万元');
    expect(f[0].expected).toBe('125.5万元');
  });

  it('leaves a part that the table states otherwise to money/consistency (县级 25 in the text, 20 in the table)', () => {
    const doc = broken('县级资金20万元', '县级资金25万元');
    expect(runRule(rule, doc)).toEqual([]);
    const c = runRule(consistency, doc);
    expect(c.map((x) => [x.actual, x.expected])).toEqual([['25万元', '200000元']]);
  });

  it('fires at a table column whose parts do not add up (columns in another order, 元)', () => {
    const f = runRule(rule, broken('县级资金\t175000', '县级资金\t185000'));
    expect(f).toHaveLength(1);
    expect(f[0].locations[0].table).toMatchObject({ row: 4, col: 1 });
    expect(f[0].expected).toBe('1190000元');
  });

  it('takes an empty cell as not filled in, not as zero; filled parts beyond the total still fire', () => {
    const table = (a: string, b: string) =>
      body(['资金情况', '', '计划投资额（万元）\t57\t实际到位资金（万元）\t57', `其中：中央财政\t0\t其中：中央财政\t${a}`, `省财政\t0\t省财政\t${b}`, '市县财政\t57\t市县财政\t', ''].join('\n'));
    expect(runRule(rule, table('0', '0'))).toEqual([]);
    expect(runRule(rule, table('30', '40'))).toHaveLength(1);
    expect(runRule(rule, table('0', '0'), { options: { reportEmptyCells: true } })).toHaveLength(1);
  });

  // The seed's attachment: 计划投资额 57 = 0 + 0 + 57 (+ empty 其他); 实际使用 57 = 0 + 0 + 57;
  // 实际到位资金 57 with 中央 0, 省 0 and 市县财政 / 其他 left empty — an unfilled cell, not a contradiction.
  it.each(SEED_FORMATS)('seed (%s): no finding', async (fmt) => {
    expect(runRule(rule, await readFixture(SEED[fmt]))).toEqual([]);
  });
});
