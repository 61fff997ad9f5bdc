// A growth-rate column as the table facts hold it: which two columns of its table it compares.
import { describe, expect, it } from 'vitest';
import { growthColumns } from '../../src/facts/funding/growth-columns.js';
import { docFromText } from '../helpers.js';

const read = (head: string) =>
  growthColumns(
    docFromText(['某局2024年度绩效评价报告', '表1 情况表', `${head}\n项目\t1\t2\t3\t4\t5\n`].join('\n\n')).tables,
  ).map((g) => [g.header, g.later, g.earlier]);

describe('a growth-rate column', () => {
  it('compares the two years its header names, the base after 比 / 较', () => {
    expect(read('指标\t2022年\t2023年\t2024年\t2024年比2023年增长率\t备注')).toEqual([['2024年比2023年增长率', 3, 2]]);
    expect(read('指标\t2024年\t2023年\t2022年\t2023年较2022年增减率\t备注')).toEqual([['2023年较2022年增减率', 2, 3]]);
  });
  it("a bare rate: the table's two columns of a time (本年 after a dated one)", () => {
    expect(read('项目\t2022年度\t2023年度\t增减额\t增减率\t备注')).toEqual([['增减率', 2, 1]]);
    expect(read('项目\t收入\t本年合计\t2023年合计\t增减率（%）\t备注')).toEqual([['增减率（%）', 2, 3]]);
  });
  it("leaves a year's share or percent column out of the times it compares (lang/rate-words.ts RATE_HEAD)", () => {
    // "2024年比例", "2024年结构（%）" are rates of 2024, not its amounts: the rate compares 2024年 with 2023年
    expect(read('项目\t2023年\t2024年\t2024年比例\t增减率\t备注')).toEqual([['增减率', 2, 1]]);
    expect(read('项目\t2023年\t2024年\t2024年结构（%）\t增减率\t备注')).toEqual([['增减率', 2, 1]]);
  });
  it('reads nothing of a share, of years the table lacks, of several columns of a year, or 上年 beside a year', () => {
    for (const head of [
      '项目\t2023年\t2024年\t占比\t备注\t说明',
      '项目\t2023年\t2024年\t2024年比2022年增长率\t备注\t说明',
      '项目\t2024年预算数\t2024年决算数\t2023年决算数\t增减率\t备注',
      '项目\t上年决算数\t2024年决算数\t增减率\t备注\t说明',
    ])
      expect(read(head)).toEqual([]);
  });
});
