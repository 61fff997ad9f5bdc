// A run-in name that carries its points before the colon ("绩效指标明确性（2分）：") is the subject of the
// sentences after it in its paragraph, up to the next such name; and a score after several deductions of
// those sentences is the full marks less all of them.
import { describe, expect, it } from 'vitest';
import crossSource from '../../rules/score/cross-source.js';
import range from '../../rules/score/range.js';
import { displayName, extractIndicators } from '../../src/facts/indicators/indicators.js';
import { docFromText, runRule } from '../helpers.js';

const report = (paragraphs: string[]) =>
  docFromText(
    [
      '四、指标分析',
      '（一）决策指标（5分，得4分）',
      '1.绩效目标（5分，得4分）',
      ...paragraphs,
      '（二）满意度指标（7分，得6.7分）',
      '1.满意度（7分，得6.7分）',
      '公众认知度（4分）：认知度达到目标，得4分。',
      '附件：评分表',
      '一级指标\t二级指标\t三级指标\t分值\t得分',
      '决策\t绩效目标\t绩效目标合理性\t3\t2.5',
      '决策\t绩效目标\t绩效指标明确性\t2\t1.5',
      '满意度\t满意度\t公众认知度\t4\t4',
      '满意度\t满意度\t社会公众满意度\t3\t2.7',
    ].join('\n\n'),
  );

const narrative = (doc: ReturnType<typeof docFromText>, name: string) => {
  const f = extractIndicators(doc);
  const n = f.nodes.find((x) => displayName(x) === name)!;
  return f.facts
    .filter((x) => x.node === n.id && x.source === 'narrative')
    .map((x) => `${x.kind}=${x.q?.value.toString()}`);
};

describe('a run-in name with its points before the colon', () => {
  const doc = report([
    '绩效目标合理性（3分）：目标与预算规模基本匹配，扣0.5分，得2.5分。',
    '绩效指标明确性（2分）：绩效指标大多已细化量化，不能反映单位成本；“公众认知度”未说明测算口径，扣0.5分，得1.5分。',
  ]);
  it("gives the paragraph's later sentence to the name, not to the section or the indicator quoted in it", () => {
    expect(narrative(doc, '绩效指标明确性')).toEqual(['扣分=0.5', '得分=1.5']);
    expect(narrative(doc, '绩效目标')).toEqual([]);
    expect(runRule(crossSource, doc)).toEqual([]);
  });
  it('ends at the next such name in the paragraph', () => {
    const two = report([
      '绩效目标合理性（3分）：目标基本匹配；得2.5分。绩效指标明确性（2分）：指标未量化；扣0.5分，得1.5分。',
    ]);
    expect(narrative(two, '绩效目标合理性')).toEqual(['得分=2.5']);
    expect(narrative(two, '绩效指标明确性')).toEqual(['扣分=0.5', '得分=1.5']);
  });
  it('gives nothing to a name the section does not hold', () => {
    const other = report(['绩效目标合理性（3分）：得2.5分。项目管理（2分）：指标未量化；扣0.5分，得1.5分。']);
    expect(narrative(other, '绩效目标合理性')).toEqual(['得分=2.5']);
    expect(narrative(other, '绩效指标明确性')).toEqual([]);
  });
});

describe('a score after several deductions in the sentences before it', () => {
  // the heading and the attachment agree with the text's score: only the deductions can disagree with it
  const satisfaction = (p: string, score = '2.7') =>
    docFromText(
      [
        '四、指标分析',
        `（一）满意度指标（3分，得${score}分）`,
        `1.满意度（3分，得${score}分）`,
        p,
        '附件：评分表',
        '一级指标\t二级指标\t三级指标\t分值\t得分',
        `满意度\t满意度\t社会公众满意度\t3\t${score}`,
      ].join('\n\n'),
    );
  it('is the full marks less all of them', () => {
    const doc = satisfaction(
      '社会公众满意度（3分）：满意率90.25%，在90%（含）至95%之间，扣0.2分；另有3条有效投诉，扣0.1分，得2.7分。',
    );
    expect(narrative(doc, '社会公众满意度')).toEqual(['扣分=0.2', '扣分=0.1', '得分=2.7']);
    expect(runRule(range, doc)).toEqual([]);
  });
  it("holds where each figure's sentence begins, so the rule need not read the text between them", () => {
    const text =
      '社会公众满意度（3分）：满意率90.25%，在90%（含）至95%之间，扣0.2分；另有3条有效投诉，扣0.1分，得2.7分。';
    const doc = satisfaction(text);
    const f = extractIndicators(doc);
    const n = f.nodes.find((x) => displayName(x) === '社会公众满意度')!;
    const sentences = f.facts
      .filter((x) => x.node === n.id && x.source === 'narrative')
      .map((x) => `${x.kind}=${x.q?.value.toString()}@${x.sentence}`);
    const next = text.indexOf('另有');
    expect(sentences).toEqual(['扣分=0.2@0', `扣分=0.1@${next}`, `得分=2.7@${next}`]);
  });
  it('still differs when the text gets the sum wrong', () => {
    const doc = satisfaction(
      '社会公众满意度（3分）：满意率90.25%，在90%（含）至95%之间，扣0.2分；另有3条有效投诉，扣0.1分，得2.5分。',
      '2.5',
    );
    expect(runRule(range, doc).map((f) => f.actual)).toContain('2.5分');
  });
  it('does not count a deduction the same sentence quotes as its rule', () => {
    // "按“…扣0.5分”的标准，…扣除0.5分后得7分": 8 − 0.5 is 7.5, the quoted rule is no second deduction
    const doc = satisfaction('社会公众满意度（3分）：按“90%（含）至95%扣0.2分”的标准，扣0.2分，得2.6分。', '2.6');
    expect(runRule(range, doc).map((f) => f.actual)).toContain('2.6分');
  });
});
