import { describe, expect, it } from 'vitest';
import rule from '../../../rules/target/actual-consistency.js';
import { docFromText, readFixture, runRule, SEED, SEED_FORMATS, squash } from '../../helpers.js';
import { broken, body, FUNDING_OK } from '../money/common.js';

describe('target/actual-consistency', () => {
  it('is quiet when text and table agree (42.5公里, 93.5%)', () => {
    expect(runRule(rule, docFromText(FUNDING_OK))).toEqual([]);
  });

  it('fires at the table value that differs from the text', () => {
    const f = runRule(rule, broken('42.5公里\t10', '38公里\t10'));
    expect(f).toHaveLength(1);
    expect(f[0].locations[0].text).toBe('38公里');
    expect(f[0].locations[1].text).toBe('42.5公里');
  });

  it('reads values within their written precision: 329亿元 agrees with 329.2亿元, 家 with 户', () => {
    const doc = body('全年实现工业总产值329.2亿元，新增规上企业22户。\n\n工业总产值超过280亿元，实际完成329亿元。新增规上企业20家以上，实际新增22家。');
    expect(runRule(rule, doc)).toEqual([]);
    const off = body('全年实现工业总产值329.2亿元。\n\n工业总产值超过280亿元，实际完成319亿元。\n\n工业总产值目标280亿元以上，全年实现工业总产值329亿元。');
    const f = runRule(rule, off);
    expect(f).toHaveLength(1);
    expect(f[0].locations[0].text).toBe('319亿元');
  });

  // The seed: text "指标2：重大项目开工率达95%以上，实际开工率100%" against the attachment row
  // "指标2：重大项目开工率 | ≥95% | 95.00%" — the one contradiction of this kind. Not reported:
  // 工业总产值 "实现规上工业总产值329.2亿元" / "实际完成329亿元" / table 329; 新增规上企业 22户 / 22家 / 22;
  // 企业满意度 98% / 98%; 资金使用率 100% / 100%.
  it.each(SEED_FORMATS)('seed (%s): 重大项目开工率 95.00%% vs 100%%', async (fmt) => {
    const f = runRule(rule, await readFixture(SEED[fmt]));
    expect(f).toHaveLength(1);
    expect(squash(f[0].locations[0].text)).toBe('95.00%');
    expect(f[0].locations[0].table).not.toBeNull();
    expect(f[0].locations[1].text).toBe('100%');
    expect(squash(f[0].locations[1].excerpt)).toContain('实际开工率100%');
  });
});
