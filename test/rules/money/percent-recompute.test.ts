import { expect, it } from 'vitest';
import percentRecompute from '../../../rules/money/percent-recompute.js';
import { readFixture, runRule, SEED, SEED_FORMATS } from '../../helpers.js';
import { ruleTester } from '../../rule-tester.js';
import { bodyText } from './common.js';

/** A bond project: 总投资 20,400.00 of which the bonds 18,000.00; the bonds' spending and its 支出进度 stated later. */
const BOND_SOURCES =
  '项目批复总投资20,400.00万元，资金来源为地方政府专项债券资金18,000.00万元（1.80亿元）和县级配套资金2,400.00万元。';
const bondSpending = (rate: string, before = '') =>
  bodyText(
    `${BOND_SOURCES}${before}\n\n截至2024年12月31日，项目累计支出专项债券资金17,037.64万元，支出进度${rate}，尚未支出962.36万元。`,
  );

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
      {
        name: "支出进度 over the bonds' whole (17,037.64 ÷ 18,000.00 = 94.65%), not over 总投资 (83.52%)",
        text: bondSpending('94.65%'),
      },
      {
        name: 'a rate with two candidate bases (the bonds 18,000.00 and, elsewhere, 17,500.00 issued): nothing',
        text: bondSpending('96.45%', '专项债券资金发行17,500.00万元。'),
      },
      {
        name: "a sub-project's own 安排 in the sentence is its base (7,322.64 ÷ 7,800.00 = 93.88%), not the project's bonds",
        text: bodyText(
          `${BOND_SOURCES}\n\n该子项目安排专项债券资金7,800.00万元，累计支出专项债券资金7,322.64万元，支出进度93.88%。`,
        ),
      },
      {
        name: "a rate after one year's part ('其中2024年度支出…') is not the fund's",
        text: bodyText(
          `${BOND_SOURCES}\n\n累计支出专项债券资金17,037.64万元；其中2024年度支出专项债券资金4,449.46万元，支出进度96.45%。`,
        ),
      },
      {
        name: 'the spending names two funds (专项债券和县级配套资金): whose whole is uncertain',
        text: bodyText(`${BOND_SOURCES}\n\n累计支出专项债券和县级配套资金19,315.77万元，支出进度96.45%。`),
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
      {
        name: "支出进度 that the bonds' spending over the bonds' whole of another paragraph does not give (94.65% ≠ 96.45%)",
        text: bondSpending('96.45%'),
        errors: [{ messageId: 'share', at: '96.45%', also: ['17,037.64万元', '18,000.00万元'] }],
      },
      {
        name: '"债券资金支出进度" names the fund itself, the same the spending names',
        text: bodyText(`${BOND_SOURCES}\n\n累计支出专项债券资金17,037.64万元，债券资金支出进度96.45%。`),
        errors: [{ messageId: 'share', at: '96.45%' }],
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
