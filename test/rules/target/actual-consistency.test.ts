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

describe('target/actual-consistency: which statements are one indicator', () => {
  const table = [
    '绩效指标\t年度目标\t实际完成\t分值\t得分',
    '服务对象满意度\t≥90%\t92.35%\t5\t5',
    '服务对象家属满意度\t≥85%\t88.6%\t3\t2',
    '森林覆盖率\t≥76%\t76.35%\t5\t5',
  ].join('\n');
  const doc = (text: string) => docFromText(`2024年度某县居家养老服务补贴项目绩效评价报告\n\n${text}\n\n${table}\n`);
  it("does not take one source's 到位率 for the project's", () => {
    const t = '绩效指标\t年度目标\t实际完成\t分值\t得分\n资金到位率\t100%\t96.67%\t4\t3.9';
    expect(runRule(rule, docFromText(`2024年度某县居家养老服务补贴项目绩效评价报告\n\n市级配套资金到位438.00万元，到位率91.25%。\n\n${t}\n`))).toEqual([]);
  });
  it('keeps two rows of one table apart, however alike their names', () => {
    expect(runRule(rule, doc('服务对象满意度92.35%，服务对象家属满意度88.6%。'))).toEqual([]);
  });
  it("leaves out a figure dated by another year ('2023年末森林覆盖率76.18%')", () => {
    expect(runRule(rule, doc('全县2023年末森林覆盖率76.18%。'))).toEqual([]);
    expect(runRule(rule, doc('全县年末森林覆盖率实际达到76.18%。'))).toHaveLength(1); // undated, the same figure disagrees
  });
});
