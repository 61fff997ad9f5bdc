// The score-word lexicon's enumeration entries: a list of indicators' points is no sentence closing one indicator.
import { describe, expect, it } from 'vitest';
import {
  criterionSpans,
  ENUMERATION_AFTER,
  ENUMERATION_BEFORE,
  fullMarksMentions,
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
