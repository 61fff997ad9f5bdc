import { describe, expect, it } from 'vitest';
import { findQuantities, parseQuantity } from '../../src/facts/lang/numbers.js';

const brief = (t: string) =>
  findQuantities(t).map((q) => [
    q.value.toFixed(),
    q.decimals,
    q.unit,
    q.scale.toFixed(),
    q.comparator,
    t.slice(q.start, q.end),
  ]);

describe('findQuantities', () => {
  it('Arabic figures with precision, unit and scale', () => {
    expect(brief('指标分值20分，评价得分18.5分，得分率92.50%')).toEqual([
      ['20', 0, '分', '1', null, '20分'],
      ['18.5', 1, '分', '1', null, '18.5分'],
      ['92.5', 2, '%', '0.01', null, '92.50%'],
    ]);
  });
  it('money units and thousand separators', () => {
    expect(brief('总投资1,234.56万元，其中329.2亿元，另有58000元')).toEqual([
      ['1234.56', 2, '万元', '10000', null, '1,234.56万元'],
      ['329.2', 1, '亿元', '100000000', null, '329.2亿元'],
      ['58000', 0, '元', '1', null, '58000元'],
    ]);
  });
  it('comparison words before and after the figure', () => {
    const cs = (t: string) => findQuantities(t).map((q) => q.comparator);
    expect(
      cs('新增企业20家以上，开工率超过95%，不低于80分，达到3项，≥5个，不超过10次，低于60分，90分（含）以上'),
    ).toEqual(['≥', '>', '≥', '≥', '≥', '≤', '<', '≥']);
  });
  it('Chinese numerals only as figures with a unit after a leading word', () => {
    expect(brief('得二十分，百分之九十五，共有三个项目，扣两分，三点五分')).toEqual([
      ['20', 0, '分', '1', null, '二十分'],
      ['95', 0, '%', '0.01', null, '百分之九十五'],
      ['3', 0, '个', '1', null, '三个'],
      ['2', 0, '分', '1', null, '两分'],
      ['3.5', 1, '分', '1', null, '三点五分'],
    ]);
    expect(findQuantities('统一分配，第一季度，十四五规划，一级指标')).toEqual([]);
  });
  it('codes are not figures', () => {
    expect(findQuantities('A101指标')).toEqual([]);
  });
  it('offsets point into the scanned text', () => {
    const t = '该项指标扣2分，得8分。';
    const qs = findQuantities(t);
    expect(qs.map((q) => t.slice(q.start, q.end))).toEqual(['2分', '8分']);
    expect(qs.map((q) => q.text)).toEqual(['2分', '8分']);
  });
});

describe('parseQuantity', () => {
  it('a whole cell', () => {
    expect(parseQuantity('95.00%')!.decimals).toBe(2);
    expect(parseQuantity('≥20家')!.comparator).toBe('≥');
    expect(parseQuantity(' 20分以上 ')!.comparator).toBe('≥');
    expect(parseQuantity('329')!.unit).toBeNull();
    expect(parseQuantity('-3.5')!.value.toFixed()).toBe('-3.5');
  });
  it('null for text that is more than a figure', () => {
    expect(parseQuantity('xx')).toBeNull();
    expect(parseQuantity('共20分')).toBeNull();
    expect(parseQuantity('20分，18分')).toBeNull();
    expect(parseQuantity('')).toBeNull();
  });
});
