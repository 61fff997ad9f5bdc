// A run-in's "评分标准：…得2分；…扣0.5—1分。" states the rule's full marks and bands, not the score given; and a
// line "资金投入（权重7分，得6分）" after the last run-in of a second level is that second level's, not the run-in's.
import { describe, expect, it } from 'vitest';
import crossSource from '../../rules/score/cross-source.js';
import range from '../../rules/score/range.js';
import { displayName, extractIndicators } from '../../src/facts/indicators/indicators.js';
import { docFromText, runRule } from '../helpers.js';
import { runInTemplate } from '../rules/score/texts.js';

const narrative = (doc: ReturnType<typeof docFromText>, name: string) => {
  const f = extractIndicators(doc);
  return f.nodes
    .filter((x) => displayName(x) === name)
    .flatMap((n) => f.facts.filter((x) => x.node === n.id && x.source === 'narrative'))
    .map((x) => `${x.kind}=${x.q?.value.toString() ?? (x.full ? '满分' : '')}`);
};

describe("a run-in's 评分标准 clause", () => {
  const doc = docFromText(runInTemplate('1.5'));
  it("gives no score: only the deduction and the score of 评价情况 are the indicator's", () => {
    expect(narrative(doc, '绩效目标合理性')).toEqual(['扣分=0.5', '得分=1.5']);
  });
  it('gives no full marks ("评分标准：指标清晰量化得满分；…")', () => {
    expect(narrative(doc, '绩效指标明确性')).toEqual(['扣分=0.5', '得分=1.5']);
  });
  it("leaves the score after it to be checked (1 against the table's 1.5 and 绩效目标 3 − 1.5)", () => {
    expect(runRule([range, crossSource], docFromText(runInTemplate('1'))).map((f) => f.actual)).toEqual(['1分']);
  });
});

describe("a second level's line after a run-in", () => {
  it("is not the run-in's (立项依据充分性 keeps its 2 of 2; 绩效目标's 4 and 3 are not its)", () => {
    const doc = docFromText(runInTemplate('1.5'));
    expect(narrative(doc, '立项依据充分性')).toEqual(['得分=2']);
  });
  it("is not the run-in's when the tree does not name it either (资金投入 after 绩效指标明确性)", () => {
    const doc = docFromText(runInTemplate('1.5'));
    expect(narrative(doc, '绩效指标明确性')).not.toContain('分值=3');
    expect(narrative(doc, '绩效指标明确性')).not.toContain('得分=3');
  });
  it('stays the section\'s own when it names the section ("绩效指标明确性（权重2分，得1.5分）")', () => {
    const doc = docFromText(
      runInTemplate('1.5').replace('资金投入（权重3分，得3分）', '绩效指标明确性（权重2分，得1分）'),
    );
    expect(narrative(doc, '绩效指标明确性')).toContain('得分=1');
  });
});

describe('a run-in the tree does not list, opened by its name, its points and a colon', () => {
  // the headings give 资金投入 no third levels: "预算编制科学性（3分）：…" may be one of its items, not another indicator
  const doc = docFromText(
    [
      '四、指标分析',
      '（一）决策指标（8分，得7分）',
      '1.项目立项（3分，得3分）',
      '立项依据充分（3分）：依据充分，得3分。',
      '2.资金投入（5分，得4.5分）',
      '预算编制科学性（3分）：预算按因素法测算，但未考虑结转，扣0.5分，得2.5分。',
      '资金分配合理性（2分）：分配合理，得2分。',
    ].join('\n\n'),
  );
  it("is not taken for another indicator's line: the section's two unnamed scores stay its items'", () => {
    expect(runRule(crossSource, doc)).toEqual([]);
  });
});
