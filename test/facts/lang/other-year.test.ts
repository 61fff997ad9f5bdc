import { describe, expect, it } from 'vitest';
import { openedByAnotherYear } from '../../../src/facts/lang/other-year.js';

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
