import { describe, expect, it } from 'vitest';
import { namesCarryOver, openedByAnotherYear } from '../../../src/facts/lang/other-year.js';
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
