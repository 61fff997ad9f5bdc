import { describe, expect, it } from 'vitest';
import { docFromText, fixture, readFixture, runRule, SEED, SEED_FORMATS, squash } from '../../helpers.js';
import claimedCount from '../../../rules/count/claimed-count.js';

const TABLE = '附表\n\n一级指标\t二级指标\t三级指标\t分值\n决策\t立项\t依据充分性\t10\n决策\t立项\t程序规范性\t10\n产出\t数量\t维修长度\t40\n效益\t满意度\t群众满意度\t40\n';

describe('count/claimed-count', () => {
  it('fires when the sentence lists another number of items (also in Chinese numerals)', () => {
    const f = runRule(claimedCount, docFromText('一、评价情况\n\n设置了决策、过程、产出、效益三个一级指标，下设立项、资金、数量、质量、时效5个二级指标。\n'));
    expect(f.map((x) => [x.actual, x.expected])).toEqual([['3个', '4个']]);
  });
  it('fires on a list after the claim introduced by 即, ending at its clause', () => {
    const text = (n: string) => `一、评价情况\n\n设置了${n}个一级指标，即决策、过程、产出、效益，下设12个二级指标。\n`;
    const f = runRule(claimedCount, docFromText(text('三')));
    expect(f.map((x) => [squash(x.locations[0].text), x.actual, x.expected])).toEqual([['三个一级指标', '3个', '4个']]);
    expect(runRule(claimedCount, docFromText(text('四')))).toEqual([]);
  });
  it('fires against the indicator table when nothing is listed', () => {
    const f = runRule(claimedCount, docFromText(`一、评价情况\n\n共设3个一级指标、3个二级指标、5个三级指标。\n\n${TABLE}`));
    expect(f.map((x) => [squash(x.locations[0].text), x.expected])).toEqual([['5个三级指标', '4个']]);
  });
  it('is right when any table that lists indicators by level agrees (a 绩效目标 table lists fewer than the scoring table)', () => {
    const targets = '绩效目标表\n\n一级指标\t二级指标\t三级指标\t年度目标值\n产出\t数量\t完成数量\t≥10\n效益\t满意度\t群众满意度\t≥90%\n';
    expect(runRule(claimedCount, docFromText(`一、评价情况\n\n共设4个三级指标。\n\n${targets}\n${TABLE}`))).toEqual([]);
    expect(runRule(claimedCount, docFromText(`一、评价情况\n\n共设5个三级指标。\n\n${targets}\n${TABLE}`)).map((x) => x.expected)).toEqual(['4个']);
  });
  it('counts two items joined by 和 as a list, not against the whole tree', () => {
    const doc = (n: string) => docFromText(`一、评价情况\n\n过程指标包括资金管理和组织实施${n}个二级指标，满分20分。\n\n${TABLE}`);
    expect(runRule(claimedCount, doc('2'))).toEqual([]);
    expect(runRule(claimedCount, doc('3')).map((x) => [x.actual, x.expected])).toEqual([['3个', '2个']]);
  });
  it("compares a claim about one indicator ('产出类指标包括…') with that indicator's subtree, and says nothing when no table lists it", () => {
    const table = TABLE.replace('产出\t数量\t维修长度\t40\n', '产出\t数量\t维修长度\t20\n产出\t质量\t验收合格率\t20\n');
    const doc = (claim: string) => docFromText(`一、评价情况\n\n共设置5个三级指标。${claim}\n\n${table}`);
    expect(runRule(claimedCount, doc('产出类指标包括2个二级指标。'))).toEqual([]);
    expect(runRule(claimedCount, doc('决策指标下设1个二级指标、2个三级指标。'))).toEqual([]);
    expect(runRule(claimedCount, doc('产出类指标包括3个二级指标。')).map((x) => [x.actual, x.expected, x.message])).toEqual([
      ['3个', '2个', '称产出有3个二级指标，但指标体系中产出下有2个'],
    ]);
    expect(runRule(claimedCount, doc('管理类指标包括3个二级指标。'))).toEqual([]);
  });
  it('reads the number written after the level too: 三级指标22个', () => {
    const f = runRule(claimedCount, docFromText(`一、评价情况\n\n设置一级指标3个、二级指标3个、三级指标5个，总分100分。\n\n${TABLE}`));
    expect(f.map((x) => [squash(x.locations[0].text), x.actual, x.expected])).toEqual([['三级指标5个', '5个', '4个']]);
    expect(runRule(claimedCount, docFromText(`一、评价情况\n\n设置一级指标3个、二级指标3个、三级指标共4个。\n\n${TABLE}`))).toEqual([]);
  });
  it('does not fire when the list or the tree agrees, or the list is open (等)', () => {
    expect(runRule(claimedCount, docFromText(`一、评价情况\n\n包括决策、产出、效益3个一级指标，下设立项、数量、满意度等3个二级指标，共4个三级指标。\n\n${TABLE}`))).toEqual([]);
    expect(runRule(claimedCount, docFromText('一、评价情况\n\n指标包括立项、资金等5个二级指标。\n'))).toEqual([]);
  });
});

describe.each(SEED_FORMATS)('the seed (%s)', (format) => {
  it('says 6个二级指标 listing twelve, and 7个三级指标', async () => {
    const f = runRule(claimedCount, await readFixture(SEED[format]));
    // "项目立项、绩效目标、…、服务对象满意度6个二级指标，二级指标又下设7个三级指标"
    expect(f.map((x) => [squash(x.locations[0].text), x.actual])).toEqual([
      ['6个二级指标', '6个'],
      ['7个三级指标', '7个'],
    ]);
    expect(f[0].expected).toBe('12个');
    expect(f[1].expected).not.toBe('7个');
  });
});

describe('reports where nothing is wrong', () => {
  const cases = [...SEED_FORMATS.map((f) => fixture('corrected', `seed-corrected.${f}`)), fixture('other', 'other-report.txt')];
  it.each(cases)('%s gives no count finding', async (path) => {
    expect(runRule(claimedCount, await readFixture(path))).toEqual([]);
  });
});
