// One answer to "whose figure is it, within the project" for every fact (issue 11, item 4): the store's
// partScopes knows the parts the funding tables name as rows and as columns, and funding and targets
// both ask it.
import { describe, expect, it } from 'vitest';
import { Facts } from '../../src/facts/store.js';
import { docFromText } from '../helpers.js';

const doc = docFromText(
  [
    '2024年度某省非物质文化遗产保护专项资金绩效评价报告',
    '一、资金使用情况',
    '表1 分子项目资金使用情况（单位：万元）',
    '子项目\t预算数\t支出数',
    '非遗工坊建设\t8,700.00\t8,399.77',
    '非遗宣传展示\t2,600.00\t2,512.60',
    '合计\t11,300.00\t10,912.37',
    '二、绩效目标完成情况',
    '全年实际完成传承人培训300人次。',
    '非遗工坊建设全年实际完成传承人培训120人次。',
  ].join('\n\n'),
);

describe('ctx.facts.partScopes', () => {
  it('knows a sub-programme the funding table names as a row, for a sentence that opens with it', () => {
    const facts = new Facts(doc, {});
    const sentence = doc.blocks.findIndex((b) => b.kind === 'paragraph' && b.text.startsWith('非遗工坊建设全年'));
    expect(facts.partScopes.of(sentence, 10)).toBe('part:非遗工坊建设');
    expect(facts.partScopes.of(sentence - 1, 10)).toBeNull();
  });
  it('is the one targets ask too: the sub-programme’s 120人次 is not the project’s indicator, the project’s 300人次 is', () => {
    const facts = new Facts(doc, {});
    const trained = facts.targets.statements.filter((s) => s.name.includes('培训')).map((s) => s.actual?.q.text);
    expect(trained).toEqual(['300人次']);
    expect(facts.partScopes).toBe(facts.partScopes);
  });
});
