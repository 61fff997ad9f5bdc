// A report of thousands of funding figures is checked in about linear time:
// money/consistency once compared every rate with every pair of amounts (cubic:
// 375 KB of funding text took 26 s, 1.5 MB over five minutes).
import { describe, expect, it } from 'vitest';
import rule from '../../rules/money/consistency.js';
import { docFromText, runRule } from '../helpers.js';

/** n sentences, each with its own budget, funds received and spent, and rates that no pair of them gives. */
function fundingText(n: number): string {
  const lines = ['某县2024年某项目绩效评价报告', ''];
  for (let i = 0; i < n; i++) {
    lines.push(
      `${i + 1}. 项目预算资金${100 + i}.5万元，实际到位资金${90 + i}万元，资金到位率${(90 + (i % 10)).toFixed(1)}%，` +
        `已使用资金${80 + i}万元，预算执行率${(80 + (i % 19)).toFixed(2)}%，结余资金${i}万元。`,
    );
  }
  return lines.join('\n');
}

describe('money/consistency on many figures', () => {
  it('checks 600 sentences of funding figures (3,600 figures) in seconds', () => {
    const doc = docFromText(fundingText(600));
    const started = performance.now();
    runRule(rule, doc);
    const seconds = (performance.now() - started) / 1000;
    // pairwise this was ~10⁸ ratio comparisons (minutes); indexed it is well under a second on an idle machine
    expect(seconds).toBeLessThan(4);
  }, 120_000);
});
