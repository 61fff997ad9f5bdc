import { expect, it } from 'vitest';
import percentRecompute from '../../../rules/money/percent-recompute.js';
import { readFixture, runRule, SEED, SEED_FORMATS } from '../../helpers.js';
import { ruleTester } from '../../rule-tester.js';
import { bodyText } from './common.js';

export const cases = ruleTester(
  percentRecompute,
  {
    // the share follows from the amounts (3.2 / 12.8 = 25%)
    base: bodyText('全年教育支出3.2亿元，一般公共预算支出12.8亿元，教育支出占一般公共预算支出的比重为25%。'),
    valid: [
      { name: 'an operand is missing', text: bodyText('教育支出占一般公共预算支出的比重为28%。') },
      {
        name: 'an operand is ambiguous (two 教育支出)',
        text: bodyText(
          '上半年教育支出3.2亿元，下半年教育支出4亿元，一般公共预算支出12.8亿元，教育支出占一般公共预算支出的比重为28%。',
        ),
      },
    ],
    invalid: [
      {
        name: 'a share the amounts do not give (3.2 / 12.8 ≠ 28%)',
        replace: ['比重为25%', '比重为28%'],
        errors: [{ messageId: 'share', at: '28%', also: ['3.2亿元', '12.8亿元'] }],
      },
      {
        name: 'the seed sentence with a changed amount (20 / 68.77 = 29.1% ≠ 32.8%)',
        text: bodyText(
          '工业固定资产投资完成68.77亿元，同比增长29.2%；技改投资20亿元，技改投资增长9.5%；技改投资占工业投资比重32.8%。',
        ),
        errors: [{ messageId: 'share', at: '32.8%' }],
      },
    ],
  },
  () => {
    // The seed: 技改投资22.56亿元 / 工业固定资产投资68.77亿元 = 32.805…% — "技改投资占工业投资比重32.8%" holds.
    it.each(SEED_FORMATS)('seed (%s): no finding', async (fmt) => {
      expect(runRule(percentRecompute, await readFixture(SEED[fmt]))).toEqual([]);
    });
  },
);
