// The score-word lexicon's enumeration entries: a list of indicators' points is no sentence closing one indicator.
import { describe, expect, it } from 'vitest';
import {
  criterionSpans,
  ENUMERATION_AFTER,
  ENUMERATION_BEFORE,
  fullMarksMentions,
  listedScores,
  NAME_THEN_SCORE_WORD,
  scoreMentions,
} from '../../../src/facts/lang/score-words.js';

describe('ENUMERATION_AFTER / ENUMERATION_BEFORE', () => {
  it('read "50分、" and "30分和" after a name as a list going on, and "、" before a name as one going on', () => {
    expect(ENUMERATION_AFTER.test('50分、效益指标30分')).toBe(true);
    expect(ENUMERATION_AFTER.test('12.5分和满意度指标10分')).toBe(true);
    expect(ENUMERATION_BEFORE.test('其中产出指标50分、')).toBe(true);
  });

  it('leave a closing sentence alone ("得分18分。", "18分。"; "综上，" before a name is no list)', () => {
    expect(ENUMERATION_AFTER.test('得分18分。')).toBe(false);
    expect(ENUMERATION_AFTER.test('18分。')).toBe(false);
    expect(ENUMERATION_BEFORE.test('综上，')).toBe(false);
  });
});

describe("listedScores: a list of the parts' scores after the whole's", () => {
  const items = (text: string, after: string) =>
    listedScores(text, text.indexOf(after) + after.length).map((x) => `${x.name} ${x.q.value.toString()}`);
  it('reads "其中决策17.1分、过程17.3分…" up to the grade, bare names or with 指标, a bracket after a figure', () => {
    const text = '经评价，专项资金综合得分82.4分，其中决策16.5分、过程指标17.3分、产出得24.6分，评价等级为“良”。';
    expect(items(text, '82.4分')).toEqual(['决策 16.5', '过程 17.3', '产出 24.6']);
    const bracket = '综合得分82.4分，其中决策16.5分（满分20分），过程17.3分（满分20分）。';
    expect(items(bracket, '82.4分')).toEqual(['决策 16.5', '过程 17.3']);
  });
  it('reads nothing without 其中 straight after the figure, and stops at an item that is no "<name>N分"', () => {
    expect(items('综合得分82.4分，决策16.5分、过程17.3分。', '82.4分')).toEqual([]);
    expect(items('综合得分82.4分（满分100分），其中决策16.5分。', '82.4分')).toEqual([]);
    expect(items('综合得分82.4分，其中决策指标满分20分、得分16.5分。', '82.4分')).toEqual([]);
  });
});

describe('NAME_THEN_SCORE_WORD: a bare name straight before its 得/扣', () => {
  it("reads the name in a score mention's label", () => {
    const names = scoreMentions('绩效目标合理性得3.5分、绩效指标明确性得3.0分，预算执行率指标扣0.2分').map(
      (x) => NAME_THEN_SCORE_WORD.exec(x.label)?.[1],
    );
    expect(names).toEqual(['绩效目标合理性', '绩效指标明确性', '预算执行率']);
  });
  it('reads none when only the score word stands in the clause', () => {
    expect(scoreMentions('扣0.5分，得3.5分').map((x) => NAME_THEN_SCORE_WORD.exec(x.label)?.[1])).toEqual([
      undefined,
      undefined,
    ]);
  });
});

describe('criterionSpans / scoreMentions', () => {
  const text = '评分标准：目标合理得2分；目标值偏低的扣0.5—1分。评价情况：目标偏低，扣0.5分。该指标得1.5分。';
  it('read "评分标准：" up to its 。 as a scoring rule, its points no mention', () => {
    expect(criterionSpans(text).map(([a, b]) => text.slice(a, b))).toEqual(['目标合理得2分；目标值偏低的扣0.5—1分']);
    expect(scoreMentions(text).map((m) => `${m.kind}=${m.q.value.toString()}`)).toEqual(['扣分=0.5', '得分=1.5']);
  });
  it('end the rule at the next label ("…得满分评价情况：…")', () => {
    const t = '评分标准：全部到位得满分评价情况：到位率100%，得4分。';
    expect(fullMarksMentions(t)).toEqual([]);
    expect(scoreMentions(t).map((m) => `${m.kind}=${m.q.value.toString()}`)).toEqual(['得分=4']);
  });
  it('leave "根据评分标准，该指标得3分" alone (no label, an award)', () => {
    expect(scoreMentions('根据评分标准，该指标得3分。').map((m) => m.kind)).toEqual(['得分']);
  });
});
