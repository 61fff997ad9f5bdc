// The rule tester itself: a stale row fails, a finding carries its message id and data, and a
// row's expectations are compared in full.
import { describe, expect, it } from 'vitest';
import statedRate from '../rules/score/stated-rate.js';
import { applyReplace, rowText, runOnText } from './rule-tester.js';

const REPORT = '某项目绩效评价报告\n\n四、评价指标分析\n\n产出指标满分40分，得37.86分，得分率96.45%。';

describe('the rule tester', () => {
  it('replaces the first occurrence, in turn, and fails on a text the base does not hold', () => {
    expect(applyReplace('a b a', ['a', 'c'])).toBe('c b a');
    expect(
      applyReplace('a b', [
        ['a', 'c'],
        ['c b', 'd'],
      ]),
    ).toBe('d');
    expect(applyReplace('a$b', ['a', '$&$&'])).toBe('$&$&$b');
    expect(() => applyReplace('a b', ['x', 'y'])).toThrow('the base has no "x"');
    expect(() =>
      rowText(
        { base: 'a b', valid: [], invalid: [] },
        {
          replace: [
            ['a', 'c'],
            ['a', 'd'],
          ],
        },
      ),
    ).toThrow('the base has no "a"');
    expect(() => rowText({ valid: [], invalid: [] }, {})).toThrow('needs a base');
  });
  it('gives each finding the message id and data it was reported with, and the message without them', () => {
    const [f, ...rest] = runOnText([statedRate], REPORT);
    expect(rest).toEqual([]);
    expect(f.messageId).toBe('rate');
    // 37.86 ÷ 40 = 94.65%
    expect(f.data).toMatchObject({ actual: '96.45%', expected: '94.65%' });
    expect(f.message).toBe('得分率96.45%与得分37.86分 ÷ 满分40分（= 94.65%）不符');
  });
});
