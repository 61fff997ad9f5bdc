import { describe, expect, it } from 'vitest';
import rule from '../../../rules/money/source-breakdown.js';
import consistency from '../../../rules/money/consistency.js';
import { docFromText, readFixture, runRule, SEED, SEED_FORMATS, squash } from '../../helpers.js';
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

describe('money/source-breakdown: amounts by year', () => {
  const SENT = (y2023: string) => `2021—2024年，省财政累计安排专项资金26,900.00万元，其中2021年6,000.00万元、2022年6,500.00万元、2023年${y2023}万元、2024年7,400.00万元。`;
  const doc = (sentence: string, table = '') => docFromText(`某省2021—2024年非遗保护专项资金绩效评价报告\n\n一、项目概况\n\n${sentence}\n\n${table}`);
  const TABLE = '表2 分年度预算（万元）\n\n年度\t传承人补助\t工坊建设\t合计\n2021年\t2,000.00\t4,000.00\t6,000.00\n2022年\t2,500.00\t4,000.00\t6,500.00\n2023年\t3,000.00\t4,000.00\t7,000.00\n2024年\t3,400.00\t4,000.00\t7,400.00';
  it('fires where the years do not add up to the total, at the total', () => {
    const f = runRule(rule, doc(SENT('7,100.00')));
    expect(f.map((x) => [x.actual, x.expected, squash(x.locations[0].text)])).toEqual([['26900万元', '27000万元', '26,900.00万元']]);
  });
  it('fires at the year a table by year writes otherwise, when with it the years add up', () => {
    const f = runRule(rule, doc(SENT('7,100.00'), TABLE));
    expect(f.map((x) => [x.actual, x.expected, squash(x.locations[0].text)])).toEqual([['7100万元', '7000万元', '7,100.00万元']]);
  });
  it('does not fire when they add up, nor on a sentence comparing years', () => {
    expect(runRule(rule, doc(SENT('7,000.00'), TABLE))).toEqual([]);
    expect(runRule(rule, doc('累计安排26,900.00万元，较上期增加，其中2021年6,000.00万元、2022年6,500.00万元。'))).toEqual([]);
  });
});
