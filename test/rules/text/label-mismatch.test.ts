import { expect, it } from 'vitest';
import labelMismatch from '../../../rules/text/label-mismatch.js';
import { readFixture, runRule, SEED, SEED_FORMATS, squash } from '../../helpers.js';
import { ruleTester } from '../../rule-tester.js';

// the attachment's table puts 产出质量 under 产出指标: naming it in 产出指标's section is no leftover
const withTable = (sentence: string) =>
  `一、指标分析\n\n（一）产出指标\n\n${sentence}\n\n（二）效益指标\n\n效益良好。\n\n附表\n\n一级指标\t二级指标\t分值\t得分\n产出指标\t产出数量\t10\t10\n\t产出质量\t8\t6\n效益指标\t社会效益\t10\t10\n\t满意度\t10\t9\n`;

export const cases = ruleTester(
  labelMismatch,
  {
    base: '一、指标分析\n\n（一）产出\n\n1、数量指标\n\n完成40公里。经核查，数量指标共扣1分，得分9分。\n\n2、时效指标\n\n按期完成。经核查，时效指标共扣0分，得分10分。\n',
    valid: [
      { name: "a parent's label", replace: ['经核查，时效指标', '经核查，产出指标'] },
      { name: 'a generic label', replace: ['经核查，时效指标', '经核查，该项指标'] },
      {
        name: "a sub-indicator of the section's own indicator",
        text: withTable('产出质量指标分值8分，扣2分，得6分。'),
      },
      {
        // S's run-ins: "二级指标" is the table's header word, read as a name before
        name: 'a count of the levels below ("2个二级指标2个三级指标") is no label',
        text: withTable('产出指标分值18分。设产出数量、产出质量2个二级指标2个三级指标，得16分。'),
      },
    ],
    invalid: [
      {
        name: "the previous section's label",
        replace: ['经核查，时效指标', '经核查，数量指标'],
        errors: [{ messageId: 'label', at: '数量指标', expected: '时效指标' }],
      },
      {
        // the score words after a name are the lexicon's (lang/score-words.ts), 评价得分 among them
        name: "the previous section's label before 评价得分",
        replace: ['经核查，时效指标共扣0分，得分10分', '经核查，数量指标评价得分10分'],
        errors: [{ messageId: 'label', at: '数量指标', expected: '时效指标' }],
      },
      {
        name: 'a sub-indicator of another section',
        text: withTable('满意度指标得9分。'),
        errors: [{ messageId: 'label', at: '满意度指标' }],
      },
    ],
  },
  () => {
    it.each(SEED_FORMATS)('the seed (%s) closes 产出时效 and 产出成本 with 产出质量', async (format) => {
      const f = runRule(labelMismatch, await readFixture(SEED[format]));
      // "资金拨付及时率达95%以上。根据评分标准，产出质量指标共扣0分" / "资金使用率100%。根据评分标准，产出质量指标共扣0分"
      expect(f.map((x) => [squash(x.locations[0].text), x.expected])).toEqual([
        ['产出质量指标', '产出时效指标'],
        ['产出质量指标', '产出成本指标'],
      ]);
    });
  },
);
