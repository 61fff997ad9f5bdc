// A 得分率 (or 权重) stated beside an indicator is its score as a share of its points, never its actual value.
import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../src/facts/targets/targets.js';
import { docFromText } from '../helpers.js';

const doc = (text: string) => docFromText(`某县供水工程项目绩效评价报告\n\n一、指标分析\n\n${text}`);
const names = (text: string) =>
  extractTargets(doc(text)).statements.map((s) => `${s.name}|${s.actual ? s.actual.q.text : '-'}`);

describe('a 得分率 is no actual', () => {
  const text =
    '服务对象满意度年度目标≥90%，实际满意度96.5%，得分率95.00%。供水保证率目标值95%，实际完成98%，得分率100%，权重10%。';
  it('is not read as an indicator with an actual value, while the actuals beside it are', () => {
    // (the names as the text facts cut them)
    expect(names(text)).toEqual(['服务对象满意度年度目标≥|96.5%', '供水保证率目标值|98%']);
  });
});
