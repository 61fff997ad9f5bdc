import { describe, expect, it } from 'vitest';
import rule from '../../../rules/money/consistency.js';
import { docFromText, readFixture, runRule, SEED, SEED_FORMATS } from '../../helpers.js';
import { broken, body, FUNDING_OK } from './common.js';

describe('money/consistency', () => {
  it('is quiet when text (万元) and table (元) agree', () => {
    expect(runRule(rule, docFromText(FUNDING_OK))).toEqual([]);
  });

  it('fires once, at the table figure that differs from the two sentences', () => {
    const f = runRule(rule, broken('合计\t1180000', '合计\t1150000'));
    expect(f).toHaveLength(1);
    expect(f[0].locations[0].text).toBe('1150000');
    expect(f[0].locations.slice(1).map((l) => l.text)).toEqual(['118万元', '118万元']);
    expect(f[0].expected).toBe('118万元');
  });

  it('fires once at the sentence that differs from the other statements', () => {
    const f = runRule(rule, broken('项目支出118万元', '项目支出108万元'));
    expect(f).toHaveLength(1);
    expect(f[0].locations[0].text).toBe('108万元');
  });

  it('keeps 年初预算 and 调整后预算 apart', () => {
    expect(runRule(rule, body('项目年初预算100万元，调整后预算120万元。预算数为120万元。'))).toEqual([]);
  });

  it('on two statements that disagree, reports the later one', () => {
    const f = runRule(rule, body('项目预算50万元。\n\n附表\n\n资金来源\t预算数（万元）\t支出数（万元）\n合计\t55\t50\n'));
    expect(f).toHaveLength(1);
    expect(f[0].locations[0].text).toBe('55');
    expect(f[0].locations[1].text).toBe('50万元');
  });

  it.each(SEED_FORMATS)('seed (%s): 57万元 everywhere, no finding', async (fmt) => {
    expect(runRule(rule, await readFixture(SEED[fmt]))).toEqual([]);
  });
});
