// A scoring table that gives a level the headings skip (三级 run-ins straight under 一级 sections, 二级 only as lines
// "资金管理（权重4分，得3.5分）"): the table's level is inserted, each line is its second level's, and a first level's
// score is then stated by the summary row, the section's sentence, its lines and its children — one slip among them
// is outvoted, and the total is checked against the parts so agreed.
import { describe, expect, it } from 'vitest';
import childrenSum from '../../rules/score/children-sum.js';
import crossSource from '../../rules/score/cross-source.js';
import total from '../../rules/score/total.js';
import { displayName, extractIndicators } from '../../src/facts/indicators/indicators.js';
import { docFromText, runRule } from '../helpers.js';
import { levelLines } from '../rules/score/texts.js';
import { allRules } from '../../rules/index.js';

const scoreRules = allRules.filter((r) => r.meta.id.startsWith('score/'));
const tree = (text: string) => {
  const f = extractIndicators(docFromText(text));
  const name = (id: number | null) => (id === null ? '' : displayName(f.nodes[id]));
  return Object.fromEntries(f.nodes.filter((n) => n.level > 0).map((n) => [name(n.id), name(n.parent)]));
};

describe("a scoring table's level between the headings' first and third levels", () => {
  it('is inserted: each third level under its second, each second under its first', () => {
    expect(tree(levelLines('3.5', '8.5'))).toEqual({
      决策: '总分',
      立项依据充分性: '项目立项',
      绩效目标合理性: '绩效目标',
      绩效指标明确性: '绩效目标',
      过程: '总分',
      资金到位率: '资金管理',
      预算执行率: '资金管理',
      项目立项: '决策',
      绩效目标: '决策',
      资金管理: '过程',
    });
  });
  it("gives each second level's line to that level (绩效目标 4 and 3, not 绩效目标合理性's)", () => {
    const f = extractIndicators(docFromText(levelLines('3.5', '8.5')));
    const id = f.nodes.find((n) => displayName(n) === '绩效目标')!.id;
    expect(
      f.facts.filter((x) => x.node === id && x.source === 'narrative').map((x) => `${x.kind}=${x.q!.value}`),
    ).toEqual(['分值=4', '得分=3']);
  });
  it('leaves a document that agrees with itself silent', () => {
    expect(runRule(scoreRules, docFromText(levelLines('3.5', '8.5'))).map((f) => f.message)).toEqual([]);
  });
});

describe("a summary row the section's sentence, its lines and its children outvote", () => {
  const doc = docFromText(levelLines('4', '9'));
  it('is the slip (4 against 3.5), reported at the summary', () => {
    const found = runRule(crossSource, doc);
    expect(found.map((f) => [f.actual, f.expected, f.locations[0].text])).toEqual([['4分', '3.5分', '4']]);
  });
  it('leaves the totals that count 3.5 alone and reports the one that counts the slip (9 against 8.5)', () => {
    expect(runRule(total, doc).map((f) => [f.actual, f.expected, f.locations[0].text])).toEqual([
      ['9分', '8.5分', '9分'],
    ]);
  });
  it('is no children-sum finding once the others outvote it', () => {
    expect(runRule(childrenSum, doc)).toEqual([]);
  });
});

describe('a first level stated only by its summary row, against its second levels', () => {
  // no section sentence, no line and no item of the 摘要's list for 过程: the sum of 资金管理 (2 + 1.5) is all there
  // is to compare with
  const doc = docFromText(
    levelLines('4', '8.5')
      .replace('、过程指标得3.5分', '')
      .replace('过程指标下设1个二级指标、2个三级指标，权重4分，评价得分3.5分，得分率87.50%。', '过程指标情况如下。')
      .replace('资金管理（权重4分，得3.5分）', '资金管理情况如下。'),
  );
  it("is reported with the sum written to its third levels' decimals (3.5, not 4)", () => {
    expect(runRule(childrenSum, doc).map((f) => [f.actual, f.expected])).toEqual([['4分', '3.5分']]);
  });
});
