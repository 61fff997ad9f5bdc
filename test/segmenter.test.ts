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

  it('is loaded once and shared', () => {
    expect(getSegmenter()).toBe(getSegmenter());
  });
});
