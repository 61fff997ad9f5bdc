import { expect, it } from 'vitest';
import placeholder from '../../../rules/text/placeholder.js';
import { readFixture, runRule, SEED, SEED_FORMATS } from '../../helpers.js';
import { ruleTester } from '../../rule-tester.js';

export const cases = ruleTester(
  placeholder,
  {
    base: '南康县水利局于2023年6月完成，金额12万元，负责人张三，赣州某公司。\n',
    valid: [
      { name: 'inside words or URLs', text: '采购Xbox和XXL型号，详见http://xx.gov.cn/xx 与 xxx@example.com。\n' },
    ],
    invalid: [
      {
        name: 'xx, ××, ___, 某某 and 【请填写】',
        text: 'XX县水利局于2023年xx月完成，金额××万元，负责人___，某某公司。【请填写单位名称】\n',
        errors: ['XX', 'xx', '××', '___', '某某', '【请填写单位名称】'].map((actual) => ({
          messageId: 'placeholder',
          actual,
        })),
      },
    ],
  },
  () => {
    it.each(SEED_FORMATS)('the seed (%s) leaves xx in the 总分 row', async (format) => {
      const f = runRule(placeholder, await readFixture(SEED[format]));
      expect(f.map((x) => x.actual)).toEqual(['xx']);
      expect(f[0].locations[0].table).not.toBeNull();
    });
  },
);
