// What a year dates (lang/year-dates.ts): the words that state the evaluated period, what a "YYYY年度" names when it
// is the project's year, and what a cut-off date's sentence is about — where identity/wrong-year reads a year as the
// project's.
import { describe, expect, it } from 'vitest';
import { datesProjectAfter, introducesPeriod, PROJECT_MONEY_OR_WORK } from '../../../src/facts/lang/year-dates.js';

const periodBefore = (text: string, year: string) => introducesPeriod(text, text.indexOf(year));

describe('the words that state the evaluated period', () => {
  it('read a span a period word introduces, with or without 为/是/：', () => {
    expect(periodBefore('本次评价期间为2020年至2024年。', '2020')).toBe(true);
    expect(periodBefore('项目实施周期：2021—2023年度。', '2021')).toBe(true);
    expect(periodBefore('绩效评价范围是2021年至2023年的项目资金。', '2021')).toBe(true);
    // a pdf's line break left a space inside the words
    expect(periodBefore('本次评价 期间为 2020年至2024年。', '2020')).toBe(true);
  });
  it('are not any word before a year', () => {
    expect(periodBefore('截至2020年12月31日，累计支出48万元。', '2020')).toBe(false);
    expect(periodBefore('项目于2021年开工建设。', '2021')).toBe(false);
    // the period word too far before the year: another clause's
    expect(periodBefore('评价期间为本年度，2021年相关资料另行归档。', '2021')).toBe(false);
  });
});

describe('what a "YYYY年度" dates when it is the project’s year', () => {
  it('reads the budget, the project, its funds and targets, and a unit’s whole money', () => {
    for (const rest of [
      '预算安排50万元',
      '项目资金',
      '部门预算',
      '绩效目标',
      '专项资金',
      '的全部收支',
      '部门整体收支情况',
    ])
      expect(datesProjectAfter(rest, false), rest).toBe(true);
  });
  it('is not a figure’s label, nor other words', () => {
    for (const rest of ['部门收支总额为', '的全部收支合计', '工作计划', '全县农村饮水'])
      expect(datesProjectAfter(rest, false), rest).toBe(false);
  });
  it('is not the spending category 项目支出 beside 基本支出 in a department’s report', () => {
    expect(datesProjectAfter('项目支出5,012.51万元', true)).toBe(false);
    expect(datesProjectAfter('项目支出5,012.51万元', false)).toBe(true);
    expect(datesProjectAfter('项目支出绩效自评', true)).toBe(true);
  });
});

describe('a cut-off date’s sentence about the project', () => {
  it('names its money or work, not where things stood before it', () => {
    expect(PROJECT_MONEY_OR_WORK.test('截至2023年12月31日，项目资金已全部拨付。')).toBe(true);
    expect(PROJECT_MONEY_OR_WORK.test('截至2019年12月31日，全省农村自来水普及率为80%。')).toBe(false);
  });
});
