// Sentence and clause boundaries on normalized text (src/facts/lang/boundaries.ts).
import { describe, expect, it } from 'vitest';
import {
  clauseBefore,
  clauseStart,
  sentenceAmong,
  sentenceAt,
  sentenceEnd,
  sentencesOf,
  sentenceStart,
} from '../../../src/facts/lang/boundaries.js';
import { normalize } from '../../../src/structure/normalize.js';

describe('boundaries', () => {
  it('splits sentences at 。；！？ and clauses also at ，、', () => {
    const t = '预算120万元，到位100万元；执行率83.33%。完成了吗？是';
    expect(sentencesOf(t).map(([s, e]) => t.slice(s, e))).toEqual([
      '预算120万元，到位100万元',
      '执行率83.33%',
      '完成了吗',
      '是',
    ]);
    expect(clauseBefore(t, t.indexOf('100'))).toBe('到位');
    expect(clauseStart(t, t.indexOf('120'))).toBe(0);
    const at = t.indexOf('83.33');
    expect(t.slice(sentenceStart(t, at), sentenceEnd(t, at))).toBe('执行率83.33%');
  });
  it('finds the sentence holding an offset, from the text or among its sentences, the same', () => {
    const t = '预算120万元，到位100万元；执行率83.33%。完成了吗？是';
    const ranges = sentencesOf(t);
    for (const [figure, sentence] of [
      ['100', '预算120万元，到位100万元'],
      ['83.33', '执行率83.33%'],
      ['是', '是'],
    ]) {
      const at = t.indexOf(figure);
      expect(t.slice(...sentenceAt(t, at))).toBe(sentence);
      expect(sentenceAmong(ranges, at)).toEqual(sentenceAt(t, at));
    }
    // the first sentence's first offset, and a text of one sentence without its end mark
    expect(sentenceAmong(ranges, 0)).toEqual([0, t.indexOf('；')]);
    expect(sentenceAt('执行率83.33%', 3)).toEqual([0, 9]);
  });
  it('reads the ASCII marks a report may type through normalize(), and a thousands comma ends nothing', () => {
    const t = normalize('预算1,180.00万元, 到位1,000万元; 执行率84.75%').text;
    expect(sentencesOf(t).map(([s, e]) => t.slice(s, e))).toEqual(['预算1,180.00万元，到位1,000万元', '执行率84.75%']);
    expect(clauseBefore(t, t.indexOf('1,000'))).toBe('到位');
  });
  it('keeps a clause within its floor', () => {
    const t = '预算120万元到位100万元';
    expect(clauseBefore(t, t.indexOf('100'), t.indexOf('到'))).toBe('到位');
  });
});
