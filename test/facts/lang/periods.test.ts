// A part of the year a figure is stated for (src/facts/lang/periods.ts).
import { describe, expect, it } from 'vitest';
import { namesPartOfYear } from '../../../src/facts/lang/periods.js';

describe('namesPartOfYear', () => {
  it.each(['10月至12月支出', '1—6月支出', '7-9月份', '上半年执行率', '第四季度', '前三季度支出', '11月份支出'])(
    '"%s" names a part of the year',
    (clause) => expect(namesPartOfYear(clause)).toBe(true),
  );
  it.each([
    '1月至12月累计支出',
    '1-12月支出',
    '全年支出',
    '截至2024年12月31日，项目累计支出',
    '2024年度支出',
    '季度考核',
  ])('"%s" names none (the whole year, a date, no period)', (clause) => expect(namesPartOfYear(clause)).toBe(false));
});
