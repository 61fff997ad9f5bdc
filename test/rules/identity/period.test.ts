// A report on a programme's span (2021—2024年) rather than one year: its years, its range, and
// one year's figures inside it (issue 11: "the evaluated period is a range").
import { describe, expect, it } from 'vitest';
import { allRules } from '../../../rules/index.js';
import wrongYear from '../../../rules/identity/wrong-year.js';
import { checkDocument } from '../../../src/engine.js';
import { summarizeIdentity } from '../../../src/facts/identity/identity.js';
import { docFromText, runRule } from '../../helpers.js';
import { datesOtherYears } from '../../../src/facts/lang/other-year.js';

const TITLE = '某省2021—2024年农村饮水安全巩固提升项目绩效评价报告';
const report = (...body: string[]) => docFromText([TITLE, '一、项目基本情况', ...body].join('\n\n'));
const YEARS =
  '2021—2024年，省财政累计安排项目资金12000万元，其中2021年度预算2800万元、2022年度预算3000万元、2023年度预算3100万元、2024年度预算3100万元。截至2024年12月31日，项目资金累计到位12000万元，累计支出11400万元，执行率95%。';

describe('the evaluated span', () => {
  it('is the title’s span when the report names no single year', () => {
    expect(summarizeIdentity(report(YEARS), {}).evaluated).toEqual({ from: 2021, to: 2024 });
    expect(summarizeIdentity(docFromText('某县2023年度农村饮水安全项目绩效评价报告\n\n一、概况'), {}).evaluated).toEqual({ from: 2023, to: 2023 });
  });
  it('dates a clause by one of its years as that year’s part, but not by a cut-off date or a span that holds it', () => {
    const e = { from: 2021, to: 2024 };
    const dated = (s: string) => datesOtherYears(s, 0, s.length, e);
    expect(dated('2022年度预算3000万元')).toBe(true);
    expect(dated('截至2024年12月31日，项目累计支出11400万元')).toBe(false);
    expect(dated('2021—2024年，省财政累计安排项目资金12000万元')).toBe(false);
    expect(datesOtherYears('2022年度预算3000万元', 0, 12, { from: 2022, to: 2022 })).toBe(false);
  });
});

describe('identity/wrong-year on a programme’s span', () => {
  it('fires on another span stated as the evaluated period, and on a year before the span that dates the project', () => {
    const f = runRule(wrongYear, report(YEARS, '本次评价期间为2021年至2023年。本项目2019年度预算安排2500万元。'));
    expect(f.map((x) => [x.actual, x.expected])).toEqual([
      ['2021年至2023年', '2021—2024年'],
      ['2019年', '2021—2024年'],
    ]);
  });
  it('does not fire on the years inside the span, the right span, a baseline before it, or a year said to be out of scope', () => {
    const body = [YEARS, '本次评价期间为2021年至2024年。2020年度项目资金不在本次评价范围。截至2019年12月31日，全省农村自来水普及率为80%。'];
    expect(runRule(wrongYear, report(...body))).toEqual([]);
  });
  it('still fires on a stale cut-off date about the project’s money', () => {
    const f = runRule(wrongYear, report(YEARS.replace('截至2024年12月31日', '截至2020年12月31日')));
    expect(f.map((x) => x.actual)).toEqual(['2020年']);
  });
});

describe('money in a report on a programme’s span', () => {
  const run = (text: string) => checkDocument(report(text), { rules: allRules, ruleConfig: {}, settings: {}, lang: 'zh-CN' });
  it('does not take one year’s amount for the programme’s', () => {
    expect(run(`${YEARS}2023年度项目资金到位3100万元。`)).toEqual([]);
  });
  it('still checks the programme’s own rate', () => {
    expect(run(YEARS.replace('执行率95%', '执行率90%')).map((f) => [f.ruleId, f.actual])).toEqual([['money/identity', '90%']]);
  });
});

describe('the evaluated span written with dates, or in brackets after the name', () => {
  const P = '山西省非遗保护传承专项资金（2021—2024年）财政重点绩效评价报告';
  const doc = (body: string) => docFromText(`${P}\n\n一、项目基本情况\n\n${body}`);
  it('is read from the name’s bracket', () => {
    expect(summarizeIdentity(doc('概况。'), {}).evaluated).toEqual({ from: 2021, to: 2024 });
  });
  it('reports a period written with dates that is not the span, and not the span itself', () => {
    const f = runRule(wrongYear, doc('评价期间为2021年1月1日至2023年12月31日，评价范围包括省本级。'));
    expect(f.map((x) => x.actual)).toEqual(['2021年1月1日至2023年12月31日']);
    expect(runRule(wrongYear, doc('评价期间为2021年1月1日至2024年12月31日，评价范围包括省本级。'))).toEqual([]);
  });
});
