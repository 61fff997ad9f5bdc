// score/stated-rate: a 得分率 in prose beside its 得分 and 满分.
import { describe, expect, it } from 'vitest';
import rule from '../../../rules/score/stated-rate.js';
import { docFromText, runRule, squash } from '../../helpers.js';

const run = (sentence: string) => runRule(rule, docFromText(`某项目绩效评价报告\n\n四、评价指标分析\n\n${sentence}`));

describe('score/stated-rate', () => {
  it.each([
    ['产出指标满分40分，得37.86分，得分率96.45%。', '96.45%', '94.65%'],
    ['该指标分值10分，评价得分9分，得分率为80%。', '80%', '90%'],
    ['效益指标权重20分，扣1分，得19分，得分率90.00%。', '90.00%', '95.00%'],
  ])('fires on %s', (sentence, actual, expected) => {
    const f = run(sentence);
    expect(f.map((x) => [squash(x.locations[0].text), x.actual, x.expected])).toEqual([[actual, actual, expected]]);
  });
  it.each([
    ['产出指标满分40分，得37.86分，得分率94.65%。'],
    ['产出指标满分40分，得37.86分，得分率94.7%。'], // written with fewer decimals: stands for 94.65–94.75
    ['决策、过程指标各得20分，得分率100%，满分20分。'], // two indicators: whose rate is unclear
    ['产出指标满分40分，得分率94.65%。'], // no score in the sentence
    ['产出指标满分40分，得37.86分。效益指标得分率90%。'], // the rate is another sentence's
  ])('does not fire on %s', (sentence) => {
    expect(run(sentence)).toEqual([]);
  });
});
