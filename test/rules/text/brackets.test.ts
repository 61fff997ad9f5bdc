import { expect, it } from 'vitest';
import brackets from '../../../rules/text/brackets.js';
import { readFixture, runRule, SEED, SEED_FORMATS, squash } from '../../helpers.js';
import { ruleTester } from '../../rule-tester.js';

export const cases = ruleTester(
  brackets,
  {
    base: '根据《通知》（康财〔2021〕3号）和“三比三看”。\n\n1）完成维修。\n',
    valid: [
      { name: 'a pair split over two paragraphs', text: '推动同益（二期\n\n）等项目达产。\n' },
      { name: 'list markers "a）" and "二）" open their paragraphs', text: 'a）完成维修。\n\n二）完成验收。\n' },
      {
        // raw pdftotext: the header cells "补贴标准（元/人次）" and "补贴金额（元）" wrapped and side by side
        // with their neighbours, a cell "螺蛳粉制作（专项职业能力）" cut by the school's name
        name: "a table's cells laid out as lines (pdftotext without -layout) are no sentences",
        text:
          '培训班次明细见附件2。\n附件2 职业技能培训班次明细表\n补贴标 补贴金额\n取证 准（元/\n开班日期 培训\n' +
          '人次 人次 人次） （元）\n2023- 鹿寨县宏远电子商务职 螺蛳粉制作（专项 黄冕镇\n003 业培训学校\n职业能力）\n' +
          '2023-02-03 56 56 1,500 84,000.00\n附件3 就业补助资金下达文件一览表\n',
      },
    ],
    invalid: [
      {
        name: 'unpaired and misordered marks',
        text: '根据关于绩效管理的通知》要求，“按期完成。\n\n资金（万元】合计。\n',
        errors: [
          { messageId: 'unopened', message: '“》”前缺少对应的“《”' },
          { messageId: 'unclosed', message: '““”没有对应的“””' },
          { messageId: 'unopened', message: '“】”前缺少对应的“【”' },
          { messageId: 'unclosed', message: '“（”没有对应的“）”' },
        ],
      },
      {
        name: 'a paragraph after a table laid out as lines is still read',
        text:
          '表4 各类补贴标准及发放数量核定表\n补贴标 补贴金额\n取证 准（元/\n开班日期 培训\n人次 人次 人次） （元）\n' +
          '（五）项目实施情况\n两年共开展培训162期（见附件2。\n',
        errors: [{ messageId: 'unclosed', at: '（' }],
      },
      {
        // a marker's shape inside a sentence is no marker: the ）pairs with nothing
        name: 'a lone ）after a figure within a sentence',
        text: '青原市完成维修1）项。\n',
        errors: [{ messageId: 'unopened' }],
      },
    ],
  },
  () => {
    it.each(SEED_FORMATS)('the seed (%s) misses the 《 of 信丰县财政局关于做好绩效管理工作的通知》', async (format) => {
      const f = runRule(brackets, await readFixture(SEED[format]));
      expect(f).toHaveLength(1);
      expect(squash(f[0].locations[0].text)).toContain('工作的通知》');
    });
  },
);
