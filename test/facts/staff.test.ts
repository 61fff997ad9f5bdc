import { describe, expect, it } from 'vitest';
import { columnTotals } from '../../src/facts/funding/table-totals.js';
import { headerMeasure, staffColumns, yearEndColumns } from '../../src/facts/department/staff.js';
import { docFromText } from '../helpers.js';

describe("a staffing column's measure", () => {
  it('reads 编制 totals and 实有 counts, dated or not', () => {
    expect(headerMeasure('编制合计')).toBe('编制');
    expect(headerMeasure('核定编制数')).toBe('编制');
    expect(headerMeasure('年末实有在职人数')).toBe('实有');
    expect(headerMeasure('2023年末实有人数（人）')).toBe('实有');
  });
  it('reads no measure in a category, 编外, 离退休, 空编 or 年初 column', () => {
    for (const h of ['行政编制', '参公编制', '编外聘用人员', '离退休人员', '空编数', '年初实有人数', '编制类别'])
      expect(headerMeasure(h)).toBeNull();
  });
});

const table = (head: string) =>
  docFromText(
    [
      '表1 人员情况表（单位：人）',
      [head, '机关\t18\t16\t17', '中心\t22\t20\t20', '站\t20\t18\t18', '合计\t60\t54\t55'].join('\n') + '\n',
    ].join('\n\n'),
  );
const years = (head: string, evaluated: { from: number; to: number } | null = null) =>
  staffColumns(columnTotals(table(head)), evaluated).map((c) => [c.header, c.measure, c.year]);

describe("a staffing column's year", () => {
  it('dates an undated column after the dated one of its measure ("年末实有在职人数" beside 2023)', () => {
    expect(years('单位\t编制合计\t年末实有在职人数\t2023年末实有人数')).toEqual([
      ['编制合计', '编制', 2024],
      ['年末实有在职人数', '实有', 2024],
      ['2023年末实有人数', '实有', 2023],
    ]);
  });
  it('dates an undated column of another measure as the latest year named ("核定编制数" beside 2024 and 2023)', () => {
    expect(years('类别\t核定编制数\t2024年末实有人数\t2023年末实有人数')[0]).toEqual(['核定编制数', '编制', 2024]);
  });
  it('takes the evaluated year when it is known, and dates nothing when no year is known', () => {
    expect(years('单位\t编制数\t实有人数\t退休人员', { from: 2022, to: 2022 })).toEqual([
      ['编制数', '编制', 2022],
      ['实有人数', '实有', 2022],
    ]);
    expect(years('单位\t编制数\t实有人数\t退休人员')).toEqual([]);
  });
});

describe('a staffing table by year-end group', () => {
  const doc = (head: string, sub: string, unit = '人') =>
    docFromText(
      [
        `表1 人员情况表（单位：${unit}）`,
        [
          head,
          sub,
          '医师\t321\t104\t425\t330\t108\t438',
          '护理\t305\t281\t586\t309\t287\t596',
          '合计\t626\t385\t1011\t639\t395\t1034',
        ].join('\n') + '\n',
      ].join('\n\n'),
    );
  const cols = (head: string, sub: string, unit?: string) =>
    yearEndColumns(doc(head, sub, unit)).map((c) => [c.measure, c.year, c.total.q.value.toNumber(), c.adds]);
  const HEAD = '岗位类别\t2023年末\t\t\t2024年末\t\t';
  it("reads each year-end's 合计 column under 编制内 / 编制外 as the people on the rolls that year", () => {
    expect(cols(HEAD, '\t编制内\t编制外\t合计\t编制内\t编制外\t合计')).toEqual([
      ['实有', 2023, 1011, true],
      ['实有', 2024, 1034, true],
    ]);
  });
  it('reads nothing without a 编制内 column, a year-end group, or in a table of money', () => {
    expect(cols(HEAD, '\t男\t女\t合计\t男\t女\t合计')).toEqual([]);
    expect(cols('岗位类别\t2023年\t\t\t2024年\t\t', '\t编制内\t编制外\t合计\t编制内\t编制外\t合计')).toEqual([]);
    expect(cols(HEAD, '\t编制内\t编制外\t合计\t编制内\t编制外\t合计', '万元')).toEqual([]);
  });
});
