import { describe, expect, it } from 'vitest';
import rule from '../../../rules/money/percent-recompute.js';
import { docFromText, readFixture, runRule, SEED, SEED_FORMATS } from '../../helpers.js';
import { body } from './common.js';

describe('money/percent-recompute', () => {
  it('is quiet when the share follows from the amounts (3.2 / 12.8 = 25%)', () => {
    expect(runRule(rule, body('全年教育支出3.2亿元，一般公共预算支出12.8亿元，教育支出占一般公共预算支出的比重为25%。'))).toEqual([]);
  });

  it('fires when it does not (3.2 / 12.8 ≠ 28%)', () => {
    const f = runRule(rule, body('全年教育支出3.2亿元，一般公共预算支出12.8亿元，教育支出占一般公共预算支出的比重为28%。'));
    expect(f).toHaveLength(1);
    expect(f[0].locations[0].text).toBe('28%');
    expect(f[0].locations.slice(1).map((l) => l.text)).toEqual(['3.2亿元', '12.8亿元']);
  });

  it('stays quiet when an operand is ambiguous or missing', () => {
    expect(runRule(rule, body('教育支出占一般公共预算支出的比重为28%。'))).toEqual([]);
    expect(runRule(rule, body('上半年教育支出3.2亿元，下半年教育支出4亿元，一般公共预算支出12.8亿元，教育支出占一般公共预算支出的比重为28%。'))).toEqual([]);
  });

  it('fires on the seed sentence with a changed amount (20 / 68.77 = 29.1% ≠ 32.8%)', () => {
    const f = runRule(rule, body('工业固定资产投资完成68.77亿元，同比增长29.2%；技改投资20亿元，技改投资增长9.5%；技改投资占工业投资比重32.8%。'));
    expect(f).toHaveLength(1);
    expect(f[0].locations[0].text).toBe('32.8%');
  });

  // The seed: 技改投资22.56亿元 / 工业固定资产投资68.77亿元 = 32.805…% — "技改投资占工业投资比重32.8%" holds.
  it.each(SEED_FORMATS)('seed (%s): no finding', async (fmt) => {
    expect(runRule(rule, await readFixture(SEED[fmt]))).toEqual([]);
  });
});
