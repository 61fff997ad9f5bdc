import { expect, it } from 'vitest';
import brackets from '../../../rules/text/brackets.js';
import { readFixture, runRule, SEED, SEED_FORMATS, squash } from '../../helpers.js';
import { ruleTester } from '../../rule-tester.js';

export const cases = ruleTester(
  brackets,
  {
    base: '根据《通知》（康财〔2021〕3号）和“三比三看”。\n\n1）完成维修。\n',
    valid: [{ name: 'a pair split over two paragraphs', text: '推动同益（二期\n\n）等项目达产。\n' }],
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
