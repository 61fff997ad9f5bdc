// Same sound (src/facts/lang/sounds.ts): the input method's other writings of a word's syllables.
import { describe, expect, it } from 'vitest';
import { findSuffixSlips } from '../../../src/facts/lang/project-names.js';
import { soundsLike, soundsLoaded } from '../../../src/facts/lang/sounds.js';
import { getSegmenter } from '../../../src/structure/segmenter.js';

describe('soundsLike', () => {
  // first in this file (its own module state): the library loads only for a pair both of whose characters differ
  it('is not loaded for one-character slips or names written right', () => {
    const own = '农业科技推广专项资金';
    const text = '农业科技推广专项资金到位；农业科技推广专顶资金的目标；农业科技推广转换支持';
    expect(findSuffixSlips(text, own, getSegmenter()).map((s) => s.written)).toEqual(['专顶']);
    expect(soundsLoaded()).toBe(false);
    expect(findSuffixSlips('农业科技推广转向资金', own, getSegmenter()).map((s) => s.written)).toEqual(['转向']);
    expect(soundsLoaded()).toBe(true);
  });
  it('reads two writings of the same syllables as the same sound, tones ignored', () => {
    // zhuǎnxiàng / zhuānxiàng: the same syllables, other tones
    expect(soundsLike('转向', '专项')).toBe(true);
    expect(soundsLike('砖像', '专项')).toBe(true);
    expect(soundsLike('精飞', '经费')).toBe(true);
    expect(soundsLike('功成', '工程')).toBe(true);
    // a polyphone sounds as the word when one of its readings does (称: cheng or chen)
    expect(soundsLike('公称', '工程')).toBe(true);
  });
  it('reads other syllables, other lengths and non-Chinese text as another sound', () => {
    expect(soundsLike('转换', '专项')).toBe(false);
    // zi jing, not zi jin: no fuzzy finals
    expect(soundsLike('资经', '资金')).toBe(false);
    expect(soundsLike('专', '专项')).toBe(false);
    expect(soundsLike('A1', '专项')).toBe(false);
  });
});
