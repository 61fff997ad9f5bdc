// What a rule asks the indicator facts instead of the document: which indicator a body section
// discusses, whether the document stands by a figure for it (a contents entry's restated score),
// which facts are one attachment table's, and the points a 评分标准 cell states.
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { Consensus } from '../../src/facts/indicators/consensus.js';
import { extractIndicators, nodeOfSection } from '../../src/facts/indicators/indicators.js';
import { docFromText } from '../helpers.js';

const doc = docFromText(
  [
    '某项目绩效评价报告',
    '一、项目概况',
    '各一级指标得分见下表。',
    '一级指标\t决策\t过程\t合计\n分值\t20\t80\t100\n得分\t18\t70\t88',
    '二、绩效评价指标分析',
    // the heading's 20 against the summary's 18
    '（一）决策（分值20分，得分20分）',
    '立项规范。',
    '（二）过程（分值80分，得分70分）',
    '管理规范。',
    '三、问题与建议',
    '建议加强管理。',
  ].join('\n\n'),
);
const facts = extractIndicators(doc, {});
const consensus = new Consensus(facts);
const section = (title: string) => doc.sections.find((s) => s.title === title)!.id;
const q = (s: string) => ({ value: new Decimal(s), decimals: s.split('.')[1]?.length ?? 0 });

describe('the node a section discusses', () => {
  it('is the heading’s indicator, the whole evaluation for the analysis section, none outside it', () => {
    expect(nodeOfSection(facts, section('决策'))?.name.key).toBe('决策');
    expect(nodeOfSection(facts, section('过程'))?.level).toBe(1);
    expect(nodeOfSection(facts, section('绩效评价指标分析'))?.level).toBe(0);
    expect(nodeOfSection(facts, section('问题与建议'))).toBeNull();
  });
});

describe('whether the document stands by a figure', () => {
  const decision = nodeOfSection(facts, section('决策'))!.id;
  it('is true for the figure the summary laid out across and the sum agree on, false for the heading it outvotes', () => {
    expect(consensus.standsBy(decision, '得分', q('18'))).toBe(true);
    expect(consensus.standsBy(decision, '得分', q('18.0'))).toBe(true);
    expect(consensus.standsBy(decision, '得分', q('20'))).toBe(false);
    expect(consensus.standsBy(decision, '分值', q('20'))).toBe(true);
  });
  it('is null when nothing states the figure', () => {
    const bare = extractIndicators(
      docFromText('二、绩效评价指标分析\n\n（一）决策\n\n立项规范。\n\n（二）过程\n\n管理规范。'),
      {},
    );
    const node = bare.nodes.find((n) => n.name.key === '决策');
    expect(node && new Consensus(bare).standsBy(node.id, '得分', q('18'))).toBeNull();
  });
});

describe("an attachment scoring table's origin", () => {
  it('is the origin its figures carry, so a rule can tell its facts from the others', () => {
    const f = extractIndicators(
      docFromText(
        [
          '附件：绩效评价指标评分表',
          '一级指标\t二级指标\t分值\t得分\n决策\t立项依据\t10\t9\n\t绩效目标\t10\t8\n过程\t资金管理\t80\t75\n合计\t\t100\t92',
        ].join('\n\n'),
      ),
      {},
    );
    expect(f.attachments).toHaveLength(1);
    const own = f.facts.filter((x) => x.source === 'attachment');
    expect(own.length).toBeGreaterThan(0);
    expect(own.every((x) => x.origin === f.attachments[0].origin)).toBe(true);
  });
});

describe("a 评分标准 cell's points", () => {
  it('are the points its items state in brackets, half points included, other figures not', () => {
    const f = extractIndicators(
      docFromText(
        [
          '附件：绩效评价指标评分表',
          [
            '一级指标\t二级指标\t分值\t评分标准\t得分',
            '决策\t立项依据\t10\t①依据充分（6分）②程序规范（3.5分）\t9',
            '\t绩效目标\t10\t目标明确，完成率达100%得满分\t8',
            '过程\t资金管理\t80\t①到位及时（40分）②使用合规（40分）\t75',
            '合计\t\t100\t\t92',
          ].join('\n'),
        ].join('\n\n'),
      ),
      {},
    );
    const points = f.attachments[0].rows.map((r) => r.criteria.flatMap((c) => c.points.map((q) => q.value.toString())));
    expect(points).toEqual([['6', '3.5'], [], ['40', '40']]);
  });
});
