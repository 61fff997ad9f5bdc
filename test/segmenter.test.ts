import { describe, expect, it } from 'vitest';
import { getSegmenter } from '../src/structure/segmenter.js';

describe('segmenter (trimmed dictionary)', () => {
  it('segments report text into words, repeated words included', () => {
    const words = getSegmenter().cut('选择2023年工作经费项目项目进行绩效评价，加快推进产业园建设建设。');
    expect(words).toContain('绩效');
    expect(words.join('/')).toContain('项目/项目');
    expect(words.join('/')).toContain('建设/建设');
  });

  it('keeps legitimate reduplication as one word where the dictionary has it', () => {
    expect(getSegmenter().cut('我们常常研究')).toContain('常常');
  });

  it("tells the dictionary's words from a pair the statistical model joins", () => {
    const seg = getSegmenter();
    expect(seg.cut('就业补助资全规范使用')).toContain('资全');
    expect(seg.isWord!('资全')).toBe(false);
    expect(seg.isWord!('资料')).toBe(true);
  });

  it('is loaded once and shared', () => {
    expect(getSegmenter()).toBe(getSegmenter());
  });
});
