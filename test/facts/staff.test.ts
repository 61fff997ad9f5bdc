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
  it("reads a two-row header's group in its total column only (实有人数·小计, never 实有人数·行政)", () => {
    expect(headerMeasure('实有人数·小计')).toBe('实有');
    expect(headerMeasure('编制数·合计')).toBe('编制');
    for (const h of ['实有人数·行政', '编制数·事业', '编制数·工勤', '2024年末·合计'])
      expect(headerMeasure(h)).toBeNull();
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

describe('a staffing table under a header of two rows (编制数 / 实有人数 over 行政 | 事业 | 小计)', () => {
  it("gives each group's 小计 column as the staff, never a category's column", () => {
    const doc = docFromText(
      [
        '表2 2024年末人员编制及实有人数情况（单位：人）',
        '<table><tr><td>单位名称</td><td colspan="3">编制数</td><td colspan="3">实有人数</td></tr>' +
          '<tr><td></td><td>行政</td><td>事业</td><td>小计</td><td>行政</td><td>事业</td><td>小计</td></tr>' +
          '<tr><td>局机关</td><td>42</td><td>0</td><td>42</td><td>39</td><td>0</td><td>39</td></tr>' +
          '<tr><td>社会福利院</td><td>0</td><td>58</td><td>58</td><td>0</td><td>52</td><td>52</td></tr>' +
          '<tr><td>合计</td><td>42</td><td>58</td><td>100</td><td>39</td><td>52</td><td>91</td></tr></table>',
      ].join('\n\n'),
    );
    const cols = staffColumns(columnTotals(doc), { from: 2024, to: 2024 });
    expect(cols.map((c) => [c.header, c.measure, c.total.q.value.toNumber(), c.adds])).toEqual([
      ['编制数·小计', '编制', 100, true],
      ['实有人数·小计', '实有', 91, true],
    ]);
  });
});
