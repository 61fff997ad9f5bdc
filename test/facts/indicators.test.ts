import { describe, expect, it } from 'vitest';
import { displayName, extractIndicators } from '../../src/facts/indicators.js';
import { keysMatch, indicatorName } from '../../src/facts/indicator-names.js';
import { docFromText } from '../helpers.js';

describe('indicator names', () => {
  it('strip numbering, labels, 情况/指标 and read codes', () => {
    expect(indicatorName('指标1：工业总产值').key).toBe('工业总产值');
    expect(indicatorName('（一）项目决策情况').key).toBe('项目决策');
    expect(indicatorName('A101 预算编制科学性')).toMatchObject({ code: 'A101', key: '预算编制科学性' });
  });
  it('match tolerantly', () => {
    expect(keysMatch('服务满意度', '满意度')).toBe(true);
    expect(keysMatch('服务对象满意度', '服务满意度')).toBe(true);
    expect(keysMatch('产出数量', '产出质量')).toBe(false);
  });
});

describe('the tree from every source', () => {
  const doc = docFromText(
    [
      '二、指标分析',
      '（一）过程指标（共20分，得18.5分）',
      '1、资金管理（指标分值10分，评价得分10分）',
      '综上，该指标得10分。',
      '2、组织实施（指标分值10分，评价得分8.5分）',
      '制度执行不到位，扣1.5分，得8.5分。',
      '指标名称\t权重\t指标得分\t得分率',
      '过程\t20%\t18.5\t92.5%',
    ].join('\n\n'),
  );
  const f = extractIndicators(doc);
  it('one node per indicator, facts from heading, narrative and summary', () => {
    const proc = f.nodes.find((n) => displayName(n) === '过程')!;
    expect(proc.level).toBe(1);
    const got = f.facts.filter((x) => x.node === proc.id).map((x) => `${x.source}:${x.kind}=${x.q?.value.toString()}`);
    expect(got).toEqual(expect.arrayContaining(['heading:分值=20', 'heading:得分=18.5', 'summary:权重=20', 'summary:得分=18.5', 'summary:得分率=92.5']));
    const org = f.nodes.find((n) => displayName(n) === '组织实施')!;
    expect(org.parent).toBe(proc.id);
    expect(f.facts.filter((x) => x.node === org.id && x.source === 'narrative').map((x) => `${x.kind}=${x.q!.value.toString()}`)).toEqual(['扣分=1.5', '得分=8.5']);
  });
});
