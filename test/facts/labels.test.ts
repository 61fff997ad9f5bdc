// The names the report gives its parts (identity/labels.ts): what a closing sentence's "X指标…" may name.
import { describe, expect, it } from 'vitest';
import { identify } from '../../src/facts/identity/identity.js';
import { documentLabels, labelName } from '../../src/facts/identity/labels.js';
import { docFromText } from '../helpers.js';

const doc = docFromText(
  '一、指标分析\n\n（一）产出指标完成情况\n\n1、数量指标\n\n完成40公里。\n\n附表\n\n一级指标\t二级指标\t分值\t得分\n产出指标\t产出数量\t10\t10\n\t产出质量\t8\t6\n效益指标\t满意度\t10\t9\n',
);

describe('labels', () => {
  it('holds the section titles and the short cells, without the 情况 / 指标 a heading or header adds', () => {
    expect(labelName('数量指标')).toBe('数量');
    expect(labelName('产出指标完成情况')).toBe('产出指标完成');
    const { names } = documentLabels(doc);
    for (const n of ['数量', '产出指标完成', '产出质量', '满意度', '产出', '效益']) expect(names.has(n)).toBe(true);
    // figures are no names
    expect(names.has('10')).toBe(false);
  });
  it('finds the longest ending of a phrase that is a name, and the section a name titles', () => {
    const labels = identify(doc, {}).labels;
    expect(labels.endingOf('根据评分标准产出质量')).toBe('产出质量');
    expect(labels.endingOf('经核查数量')).toBe('数量');
    expect(labels.endingOf('经核查')).toBeNull();
    expect(labels.sectionTitled('数量')?.title).toBe('数量指标');
    expect(labels.sectionTitled('产出质量')).toBeUndefined();
  });
});
