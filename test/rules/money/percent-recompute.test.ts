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

/**
 * X's 三（三）: each 标段's settlement in one sentence, ended by "；". Read by hand: 核减 = 送审 − 审定, 核减率 = 核减 ÷ 送审:
 * 一标段 69.22 ÷ 3,531.62 = 1.96%, 三标段 223.85 ÷ 4,813.91 = 4.65% (÷ 审定 4,590.06 it would be 4.88%).
 */
const settlement = (rate3: string) =>
  bodyText(
    `结算审计送审金额合计21,595.28万元，审定20,964.95万元，核减率2.92%。一标段送审3,531.62万元，审定3,462.40万元，核减69.22万元，核减率1.96%；三标段送审4,813.91万元，审定4,590.06万元，核减223.85万元，核减率${rate3}。`,
  );
/** 节约率 = 节约额 ÷ 招标控制价: 102.59 ÷ 3,411.21 = 3.01% (÷ 中标价 3,308.62 it would be 3.10%). */
const tender = (rate: string) =>
  bodyText(`施工一标段招标控制价3,411.21万元，中标价3,308.62万元，节约额102.59万元，节约率${rate}。`);
export const cases = ruleTester(
  percentRecompute,
  {
    // the share follows from the amounts (3.2 / 12.8 = 25%)
    base: bodyText('全年教育支出3.2亿元，一般公共预算支出12.8亿元，教育支出占一般公共预算支出的比重为25%。'),
    valid: [
      {
        name: "each 标段's 核减率 over its own 送审, the whole's 2.92% with no 核减 stated",
        text: settlement('4.65%'),
      },
      { name: '节约率 over the 招标控制价, not the 中标价', text: tender('3.01%') },
      {
        name: 'a 核减率 whose sentence states no 核减 (only 送审 and 审定): not recomputed here',
        text: bodyText('三标段送审4,813.91万元，审定4,590.06万元，核减率5.63%。'),
      },
      {
        name: 'the amounts in another sentence than the rate ("综合核减率5%以内的得满分"): no claim',
        text: bodyText('送审21,595.28万元，核减630.33万元。综合核减率5%以内的得满分。'),
      },
      {
        name: 'a threshold beside both amounts is no stated rate: "…核减630.33万元，综合核减率5%以内的得满分"',
        text: bodyText('送审21,595.28万元，核减630.33万元，综合核减率5%以内的得满分。'),
      },
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
      {
        // Y's 一（二） as written in the control: 15,274.27 ÷ 16,743.66 = 91.224…%
        name: 'a share written after both amounts ("A万元，占B万元的C%") that they give',
        text: bodyText(
          '截至2024年12月31日，全市累计支出15,274.27万元，占到位资金16,743.66万元的91.22%，尚未支出1,469.39万元。',
        ),
      },
      {
        name: 'no share of the two amounts: a change before "，占", another unit, a clause between, or "占全年任务的"',
        text: bodyText(
          '全市支出较上年增加1,274.27万元，占到位资金16,743.66万元的9.85%。全市筹集保障性租赁住房2,501套，占到位资金16,743.66万元的93.85%。全市累计支出15,274.27万元，结余资金未清理，占到位资金16,743.66万元的93.85%。实物配租15,364套，占全年任务的96.98%。',
        ),
      },
    ],
    invalid: [
      {
        // Y #6: 15,274.27 ÷ 16,743.66 = 91.22%, not 93.85%
        name: 'a share written after both amounts ("A万元，占B万元的C%") they do not give',
        text: bodyText(
          '截至2024年12月31日，全市累计支出15,274.27万元，占到位资金16,743.66万元的93.85%，尚未支出1,469.39万元。',
        ),
        errors: [{ messageId: 'share', actual: '93.85%', at: '93.85%', also: ['15,274.27万元', '16,743.66万元'] }],
      },
      {
        name: 'the same with 比例为 after the whole, and the part that ends the clause before 占 (结余, not 支出)',
        text: bodyText('项目支出15,274.27万元，结余1,469.39万元，占到位资金16,743.66万元的比例为9.78%。'),
        errors: [{ messageId: 'share', actual: '9.78%', also: ['1,469.39万元', '16,743.66万元'] }],
      },
      {
        // X #3
        name: '核减率 against 核减 ÷ 送审 in its own 标段 sentence: 223.85 ÷ 4,813.91 = 4.65%, not 5.63%',
        text: settlement('5.63%'),
        errors: [{ messageId: 'share', actual: '5.63%', at: '5.63%', also: ['223.85万元', '4,813.91万元'] }],
      },
      {
        name: '节约率 against 节约额 ÷ 招标控制价: 3.01%, not 3.10%',
        text: tender('3.10%'),
        errors: [{ messageId: 'share', actual: '3.1%', at: '3.10%' }],
      },
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
