// The fund a sentence is about (src/facts/funding/vocabulary.ts fundSubject), and what it decides: the whole of a
// 其中-by-year stated the sentence before (year-breakdowns.ts), and the base of a fund's 支出进度 (subject-rates.ts).
import { describe, expect, it } from 'vitest';
import { yearBreakdowns } from '../../src/facts/funding/year-breakdowns.js';
import { subjectRateClaims } from '../../src/facts/funding/subject-rates.js';
import { fundSubject, lastKindWord, sourceOf } from '../../src/facts/funding/vocabulary.js';
import { body } from '../rules/money/common.js';

const SOURCES =
  '项目批复总投资20,400.00万元，资金来源为地方政府专项债券资金18,000.00万元（1.80亿元）和县级配套资金2,400.00万元。';
const BONDS = '专项债券共分5批次发行，其中2022年度8,000.00万元、2023年度6,050.00万元、2024年度3,500.00万元。';
const COUNTY = '县级配套资金分年度安排，其中2022年度800.00万元、2023年度900.00万元、2024年度700.00万元。';
/** Under a heading: a paragraph right after the title would be the cover's. */
const wholes = (text: string) => yearBreakdowns(body(`一、项目概况\n\n${text}`)).map((b) => b.total.q.value.toString());

describe('the fund a sentence names', () => {
  it('names the bonds, the investment or one source, and none when two or none', () => {
    expect(fundSubject('资金来源为地方政府专项债券资金')).toBe('bond');
    expect(fundSubject('专项债券共分5批次发行，')).toBe('bond');
    expect(fundSubject('债券资金支出进度')).toBe('bond');
    expect(fundSubject('项目批复总投资')).toBe('investment');
    expect(fundSubject('）和县级配套资金')).toBe('county');
    expect(fundSubject('专项债券和县级配套资金分年度安排')).toBeNull();
    expect(fundSubject('县财政专项债券资金专户')).toBeNull();
    expect(fundSubject('资金来源为')).toBeNull();
    expect(fundSubject('已按期支付债券利息')).toBeNull();
    expect(fundSubject('地方政府专项债务')).toBeNull();
  });

  it("reads 内蒙古's layers: 自治区 a province's, 盟 a city's, 旗 a county's; a unit names no fund", () => {
    expect(fundSubject('自治区财政补助资金')).toBe('province');
    expect(fundSubject('自治区级资金')).toBe('province');
    expect(fundSubject('旗县财政资金')).toBe('county');
    expect(fundSubject('旗级配套资金')).toBe('county');
    expect(fundSubject('盟级财政资金')).toBe('city');
    expect(fundSubject('盟市财政补助资金')).toBe('city');
    expect(fundSubject('自治区住房和城乡建设厅')).toBeNull();
    expect(fundSubject('集宁区财政局')).toBeNull();
    expect(fundSubject('集宁区财政资金')).toBe('county');
    // several layers above together, as "中央和省级资金" is
    expect(sourceOf('中央和自治区资金')).toBe('upper');
    expect(sourceOf('中央和自治区级资金')).toBe('upper');
  });

  it('reads 支出进度 and its family as a rate of execution, not as 支出', () => {
    for (const w of ['支出进度', '资金支出进度', '债券资金支出进度', '支付进度'])
      expect(lastKindWord(w)?.w.kind, w).toBe('executionRate');
    expect(lastKindWord('累计支出')?.w.kind).toBe('spent');
  });
});

describe('a 其中-by-year whose whole ends the sentence before', () => {
  it("takes the previous sentence's amount of the same fund (the bonds 18,000, not 总投资 20,400 nor the county's)", () => {
    expect(wholes(SOURCES + BONDS)).toEqual(['18000']);
    // the county's breakdown follows the bonds' sentence, which states no county amount
    expect(wholes(SOURCES + BONDS + COUNTY)).toEqual(['18000']);
    // the sentence before in the paragraph before
    expect(wholes(`${SOURCES}\n\n${BONDS}`)).toEqual(['18000']);
  });

  it('takes none when the fund, its kind or its years differ, or the amounts of that fund disagree', () => {
    expect(wholes(`资金来源为县级配套资金2,400.00万元。${BONDS}`)).toEqual([]);
    expect(wholes(`项目累计支出专项债券资金18,000.00万元。${BONDS}`)).toEqual([]);
    expect(wholes(`2021年下达专项债券资金18,000.00万元。${BONDS}`)).toEqual([]);
    expect(wholes(`专项债券资金计划18,000.00万元，下达专项债券资金17,500.00万元。${BONDS}`)).toEqual([]);
    // a span or a cut-off that takes the parts' years in
    expect(wholes(`2022—2024年下达专项债券资金18,000.00万元。${BONDS}`)).toEqual(['18000']);
    expect(wholes(`截至2024年末，下达专项债券资金18,000.00万元。${BONDS}`)).toEqual(['18000']);
  });
});

describe("a fund's 支出进度 over the fund's whole", () => {
  const claims = (text: string) =>
    subjectRateClaims(body(text)).map((c) => `${c.text}=${c.part.q.value}/${c.whole.q.value}`);

  it("takes the spending before the rate and the bonds' whole stated elsewhere", () => {
    expect(claims(`${SOURCES}\n\n截至2024年末累计支出专项债券资金17,037.64万元，支出进度96.45%。`)).toEqual([
      '支出进度96.45%=17037.64/18000',
    ]);
  });

  it('takes no base when two differ, and none for spending of no one fund', () => {
    expect(
      claims(`${SOURCES}专项债券资金发行17,500.00万元。\n\n累计支出专项债券资金17,037.64万元，支出进度96.45%。`),
    ).toEqual([]);
    expect(claims(`${SOURCES}\n\n累计支出资金17,037.64万元，支出进度96.45%。`)).toEqual([]);
    // the rate must follow the spending in the same sentence
    expect(claims(`${SOURCES}\n\n累计支出专项债券资金17,037.64万元。支出进度96.45%。`)).toEqual([]);
  });
});
