// The years each table's caption names (facts/caption-years.ts), read once per document from the fact store:
// what identity/wrong-year asks before reporting a year in a sentence that presents a table ("…情况见表8").
import { describe, expect, it } from 'vitest';
import { captionYears } from '../../src/facts/caption-years.js';
import { Facts } from '../../src/facts/store.js';
import { docFromText } from '../helpers.js';

const doc = docFromText(
  [
    '# 沧州市2023年度城乡义务教育补助经费绩效评价报告',
    '# 一、基本情况',
    '2022年度各县（市、区）资金下达和支出情况见表8。',
    '表8 2022年度各县（市、区）资金下达及支出情况',
    '| 县（市、区） | 下达资金（万元） |',
    '| --- | --- |',
    '| 运河区 | 5,120.30 |',
    '附表2：2021—2023年资金到位情况',
    '表9显示，2021年度各县资金全部到位，执行率为实际支出÷下达资金，其中运河区、新华区和泊头市支出进度较快，均超过全市平均水平。',
    '表3 人员构成情况',
  ].join('\n\n'),
  'md',
);

describe('the years a table’s caption names', () => {
  it('are read by the table’s number, every year of a span, and none for a caption without one', () => {
    expect(captionYears(doc)).toEqual(
      new Map([
        ['表8', [2022]],
        ['附表2', [2021, 2023]],
        ['表3', []],
      ]),
    );
  });
  it('are not read from a sentence that opens with a table’s number', () => {
    expect(captionYears(doc).has('表9')).toBe(false);
  });
  it('are built once per document by the fact store', () => {
    const facts = new Facts(doc, {});
    expect(facts.captionYears).toBe(facts.captionYears);
    expect(facts.captionYears.get('表8')).toEqual([2022]);
  });
});
