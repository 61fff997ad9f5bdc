// Text decoded with the wrong code page (src/structure/garbled.ts): catdoc reads a .doc's UTF-16 Chinese as
// Windows-1252 bytes, two Western characters a Chinese one.
import { describe, expect, it } from 'vitest';
import { isGarbled } from '../../src/structure/garbled.js';

describe('isGarbled', () => {
  it.each([
    ['ÿ分）计分，满分100分。', '"ÿ", the high byte of a full-width mark'],
    ['ÿåN', 'ÿ among letters'],
    ['Ñ‘', 'an accented capital beside a Windows-1252 quote'],
    ['aÁ‰', 'an accented capital beside ‰'],
    ['Ëzy˜', 'two rare Latin characters'],
    ['cÄ‰š[', 'letters and marks of the code page'],
    ['„vQe©Rù[aŒ相匹配', 'a run before Chinese text'],
  ])('finds %s (%s)', (text) => {
    expect(isGarbled(text)).toBe(true);
  });

  it.each([
    ['青原市2024年度专项资金绩效评价报告', 'Chinese text'],
    ['“一站式”即时结算率≥95%，得分率86.00%', 'Chinese quotes, marks and figures'],
    ['联系人：王××，温度25℃±2°，面积120m²', 'the signs Chinese reports use (× ± ° ²)'],
    ['滨川市Café项目、Zhōngguó、Müller', 'a word with one accent (a name, pinyin)'],
    ['2024年‰千分比—说明…（附件）', 'marks alone'],
    ['RM‘¹eHh/f&T', 'code-page marks without a rare letter: not enough to tell'],
  ])('leaves %s (%s)', (text) => {
    expect(isGarbled(text)).toBe(false);
  });
});
