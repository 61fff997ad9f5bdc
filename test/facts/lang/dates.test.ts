// The date shapes of lang/dates.ts: what text/impossible-date reads as a date, and the month (and day) after a year that
// a span or a cut-off carries (lang/years.ts yearRange, isCutoffDate; lang/other-year.ts isComparison).
import { describe, expect, it } from 'vitest';
import { dateProblem, findDates, lastDayOf } from '../../../src/facts/lang/dates.js';
import { findYears, isCutoffDate, yearRange } from '../../../src/facts/lang/years.js';
import { spanFromCover, yearFromCover } from '../../../src/facts/identity/project-name.js';
import { docFromText } from '../../helpers.js';

const dates = (text: string) =>
  findDates(text, findYears(text)).map((d) => ({
    text: text.slice(d.start, d.end),
    year: d.year,
    month: d.month,
    day: d.day,
  }));

describe('findDates', () => {
  it('reads 年月日 in digits and numerals, with the year written before the month', () => {
    expect(dates('于2023年2月28日、二〇二四年二月二十九日完成。')).toEqual([
      { text: '2023年2月28日', year: 2023, month: 2, day: 28 },
      { text: '二〇二四年二月二十九日', year: 2024, month: 2, day: 29 },
    ]);
  });
  it('reads 2024-03-05, 2024.3.5 and 2024/3/5', () => {
    expect(dates('2024-03-05开工，2024.3.5验收，2024/3/5付款。').map((d) => [d.text, d.month, d.day])).toEqual([
      ['2024-03-05', 3, 5],
      ['2024.3.5', 3, 5],
      ['2024/3/5', 3, 5],
    ]);
  });
  it('reads a month and day without a year, and 号 as 日', () => {
    expect(dates('于3月5号前完成。')).toEqual([{ text: '3月5号', year: null, month: 3, day: 5 }]);
  });
  it('leaves out durations, 三月份 and a bare month without year or day', () => {
    expect(dates('历时12个月，三月份完成，13月。')).toEqual([]);
    // a decimal before 月 is no month
    expect(dates('工期1.5月。')).toEqual([]);
  });
  it('leaves out a date a narrow cell wrapped after its day\'s first digit ("2022-08-0" / "5")', () => {
    expect(dates('2022-08-0')).toEqual([]);
    expect(dates('2022-08-0发行')).toHaveLength(1);
  });
});

describe('dateProblem and lastDayOf', () => {
  const one = (text: string) => dateProblem(findDates(text, findYears(text))[0]);
  it('find months and days that do not exist', () => {
    expect(one('2024年13月')).toBe('month');
    expect(one('11月31日')).toBe('day');
    expect(one('2023年2月29日')).toBe('day');
    expect(one('2024年2月29日')).toBe(null);
    // February of no known year: its 29th may exist
    expect(one('2月29日')).toBe(null);
  });
  it("give February's last day only in a known year", () => {
    expect([lastDayOf(2, 2023), lastDayOf(2, 2024), lastDayOf(2, 1900), lastDayOf(2, 2000)]).toEqual([28, 29, 28, 29]);
    expect(lastDayOf(2, null)).toBe(null);
    expect(lastDayOf(4, null)).toBe(30);
    expect(lastDayOf(13, 2024)).toBe(null);
  });
});

describe('the month and day after a year', () => {
  const first = (text: string) => findYears(text)[0];
  it('belong to a span', () => {
    const text = '2021年1月1日至2023年12月31日';
    expect(yearRange(text, first(text))).toMatchObject({ from: 2021, to: 2023, until: text.length });
  });
  it('make a cut-off date in digits or numerals', () => {
    for (const text of ['截至2023年12月31日', '截至2023年十二月底', '截止2023年底'])
      expect(isCutoffDate(text, first(text))).toBe(true);
    expect(isCutoffDate('截至2023年度', first('截至2023年度'))).toBe(false);
  });
});

describe("a period field of whole years (a year's first day to a year's last)", () => {
  const cover = (value: string) =>
    docFromText(`青原市农村供水工程项目绩效评价报告\n\n评价期间：${value}\n\n一、概况\n\n正文。\n`);
  it('reads one whole year and a span of whole years', () => {
    expect(yearFromCover(cover('2024年1月1日至2024年12月31日'))).toBe(2024);
    expect(yearFromCover(cover('2024年01月01日至2024年12月31日'))).toBe(2024);
    expect(spanFromCover(cover('2021年1月1日至2024年12月31日'))).toEqual({ from: 2021, to: 2024 });
  });
  it('reads no year from a period that is not whole years', () => {
    expect(yearFromCover(cover('2024年3月1日至2024年12月31日'))).toBeNull();
    expect(spanFromCover(cover('2021年1月1日至2024年6月30日'))).toBeNull();
  });
});
