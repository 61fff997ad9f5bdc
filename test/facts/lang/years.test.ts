// Ranges of years (lang/years.ts): which end a year is, and where the range's text ends — what
// identity/wrong-year quotes when a stated period is not the report's.
import { describe, expect, it } from 'vitest';
import { findYears, rangeOf, yearRange } from '../../../src/facts/lang/years.js';

const at = (text: string, i: number) => {
  const y = findYears(text)[i];
  return { y, range: yearRange(text, y) };
};

describe('a range of years', () => {
  it('ends after its second year with 年度 or month and day, when the year opens it', () => {
    const t = '本次评价期间为2020年1月1日至2024年12月31日，范围包括省本级。';
    const { range } = at(t, 0);
    expect(range).toEqual({ from: 2020, to: 2024, end: 'from', until: t.indexOf('，') });
    expect(t.slice(t.indexOf('2020'), range!.until)).toBe('2020年1月1日至2024年12月31日');
    const d = '项目实施周期为2021—2023年度。';
    expect(d.slice(d.indexOf('2021'), at(d, 0).range!.until)).toBe('2021—2023年度');
  });
  it('knows its second year as the closing end', () => {
    const t = '2021-2025年规划';
    const { y, range } = at(t, 1);
    expect(range).toEqual({ from: 2021, to: 2025, end: 'to', until: y.end });
    expect(rangeOf(t, y)).toEqual([2021, 2025]);
  });
  it('is none for a year alone', () => {
    const t = '2024年度预算100万元。';
    expect(yearRange(t, findYears(t)[0])).toBeNull();
  });
});
