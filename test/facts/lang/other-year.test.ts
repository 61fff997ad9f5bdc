import { describe, expect, it } from 'vitest';
import { datedElsewhere, namesCarryOver, openedByAnotherYear } from '../../../src/facts/lang/other-year.js';
import { findYears } from '../../../src/facts/lang/years.js';

// a sentence opened by a year (after its numbering, 在/从, or a lead setting it against last year) is that year's
describe('openedByAnotherYear', () => {
  const at = (text: string, figure: string) => text.indexOf(figure);
  it('reads a sentence led by "与上年相比，" and opened by last year as last year’s, across its clauses', () => {
    const s = '与上年相比，2022年度全市下达资金89,606.22万元，资金全部到位，实际支出83,062.31万元，执行率92.70%。';
    expect(openedByAnotherYear(s, 0, at(s, '83,062.31'), 2023)).toBe(true);
    expect(openedByAnotherYear(s, 0, at(s, '92.70%'), 2023)).toBe(true);
    const t = '相比上年，2022年度实际支出83,062.31万元。';
    expect(openedByAnotherYear(t, 0, at(t, '83,062.31'), 2023)).toBe(true);
  });
  it('leaves the evaluated year’s sentence its own, led or not, and a comparison of two years', () => {
    const s = '与上年相比，2023年度全市实际支出91,052.88万元，执行率96.09%。';
    expect(openedByAnotherYear(s, 0, at(s, '96.09%'), 2023)).toBe(false);
    const t = '2023年度下达资金较2022年度增加5,301.05万元，增长5.92%。';
    expect(openedByAnotherYear(t, 0, at(t, '5.92%'), 2023)).toBe(false);
    // a lead that is no comparison with last year does not let the year open the sentence
    const u = '根据工作安排，2022年度全市实际支出83,062.31万元。';
    expect(openedByAnotherYear(u, 0, at(u, '83,062.31'), 2023)).toBe(false);
  });
  // "当年支出…" after "2022年，专项资金到位…": 当年 is the year that opened an earlier sentence of the paragraph
  const p =
    '2022年，松阳县专项资金到位3,100.00万元，其中中央资金2,000.00万元；加上上年结转0.00万元，当年可用资金3,100.00万元。当年支出2,950.40万元，执行率95.17%。';
  const from = (text: string, figure: string) => text.lastIndexOf('。', at(text, figure)) + 1;
  it('reads a sentence opened by 当年 / 同年 / 该年 as the year that opened the paragraph', () => {
    expect(openedByAnotherYear(p, from(p, '2,950.40'), at(p, '2,950.40'), { from: 2022, to: 2024 })).toBe(true);
    expect(openedByAnotherYear(p, from(p, '95.17%'), at(p, '95.17%'), 2023)).toBe(true);
    const q = '2021年，滨川市启动项目建设。同年支出1,200.00万元。';
    expect(openedByAnotherYear(q, from(q, '1,200.00'), at(q, '1,200.00'), 2023)).toBe(true);
  });
  it('leaves 当年 the evaluated year’s when that year opened the paragraph, or when no year opened it', () => {
    expect(openedByAnotherYear(p, from(p, '2,950.40'), at(p, '2,950.40'), 2022)).toBe(false);
    const q = '项目于年初启动建设。当年支出1,200.00万元。';
    expect(openedByAnotherYear(q, from(q, '1,200.00'), at(q, '1,200.00'), 2023)).toBe(false);
    // the nearer sentence names a year inside it, not at its opening: which year 当年 is, is not known
    const r = '2021年，滨川市启动项目建设。项目于2023年竣工。当年支出1,200.00万元。';
    expect(openedByAnotherYear(r, from(r, '1,200.00'), at(r, '1,200.00'), 2023)).toBe(false);
  });
});

// "截至2021年底，全县农村自来水普及率88.60%" in a report on 2022—2024: a cut-off before the evaluated years is a baseline
describe('a cut-off date', () => {
  const span = { from: 2022, to: 2024 };
  it('dates a figure only when it falls before the evaluated years', () => {
    expect(datedElsewhere('截至2021年底全县农村自来水普及率', span)).toBe(true);
    expect(datedElsewhere('截至2024年12月31日已付款', span)).toBe(false);
    expect(datedElsewhere('截至2024年12月31日已付款', 2024)).toBe(false);
    expect(datedElsewhere('截至2023年12月31日累计完成', 2024)).toBe(true);
  });
  it('opening a sentence, dates its clauses as a year would', () => {
    const s = '截至2021年底，滨川市农村自来水普及率88.60%，规模化供水覆盖率71.30%。';
    expect(openedByAnotherYear(s, 0, s.indexOf('88.60%'), span)).toBe(true);
    const t = '截至2024年12月31日，滨川市累计支出1,200.00万元。';
    expect(openedByAnotherYear(t, 0, t.indexOf('1,200.00'), span)).toBe(false);
  });
});

// "2023年结转资金": the year right before 结转 / 结余 / 结存 is where the money was carried from
describe('namesCarryOver', () => {
  const first = (t: string) => namesCarryOver(t, findYears(t)[0]);
  it('reads a year directly before 结转, 结余, 结存 (after 年度, 末 or 及以前年度) as carried-over money', () => {
    expect(first('年初有2023年结转资金1,580.47万元')).toBe(true);
    expect(first('2022年度结余资金已收回')).toBe(true);
    expect(first('2023年末结存12.50万元')).toBe(true);
    expect(first('2022年及以前年度结转资金')).toBe(true);
  });
  it('leaves a year that dates a fund, even one whose sentence says 结余', () => {
    expect(first('2022年城镇保障性安居工程专项资金结余资金')).toBe(false);
    expect(first('2023年下达资金，结转至下年')).toBe(false);
  });
});
