// Text decoded with the wrong code page gives one info note for the whole document, and no finding stands on it
// (src/engine/steps/quiet-tables.ts): "ÿ分）" is no unmatched bracket, a garbled table row no indicator.
import brackets from '../../../rules/text/brackets.js';
import garbled from '../../../rules/text/garbled.js';
import unreadable from '../../../rules/table/unreadable.js';
import { ruleTester } from '../../rule-tester.js';

const BASE = [
  '一、项目概况',
  '青原市2024年度社会救助资金（以下简称“救助资金”）共计1,200.00万元。',
  '二、评价指标体系',
  '评价指标体系按权重（分）计分，满分100分。',
  '表1 评分表',
  '一级指标\t分值\t得分',
  '决策\t20\t18',
  '过程\t30\t27',
  '合计\t50\t45',
].join('\n\n');

export const cases = ruleTester(garbled, {
  base: BASE,
  valid: [
    { name: 'a name with one accent and the signs Chinese reports use', replace: ['共计', '（Müller，±2°）共计'] },
  ],
  invalid: [
    {
      // before: text/brackets at "ÿ分）" (its "（" is among the garbled bytes)
      name: 'a paragraph decoded wrongly: one note, and no bracket finding on it',
      replace: ['评价指标体系按权重（分）计分', 'ÿåN\n\nÿ分）计分'],
      with: [brackets],
      errors: [{ messageId: 'garbled', data: { count: 2 }, at: 'ÿåN' }],
    },
    {
      // before: the table read as good; now no note of table/unreadable besides this one
      name: 'a garbled table row: the table is read badly, and the one note counts it',
      replace: ['过程\t30\t27', 'Ñ‘Ä‰!j\t30\t27'],
      with: [unreadable],
      errors: [{ messageId: 'garbled', data: { count: 1 } }],
    },
  ],
});
