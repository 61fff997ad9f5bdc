// The score-word lexicon's enumeration entries: a list of indicators' points is no sentence closing one indicator.
import { describe, expect, it } from 'vitest';
import { ENUMERATION_AFTER, ENUMERATION_BEFORE } from '../../../src/facts/lang/score-words.js';

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
