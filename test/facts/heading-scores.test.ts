// The 分值/得分 a heading and a contents entry state, as the facts hold them wherever the heading
// stands, with the indicator each is about: what toc/entry-mismatch compares instead of reading them.
import { describe, expect, it } from 'vitest';
import { Facts } from '../../src/facts/store.js';
import { docFromText } from '../helpers.js';

const shown = (x: { 分值: { text: string } | null; 得分: { text: string } | null } | undefined) =>
  x && [x.分值?.text ?? null, x.得分?.text ?? null];

// no analysis section: "二、评价结论" has a single scored child, so no indicator tree is built from the headings
const CONCLUSION = [
  '某项目绩效评价报告',
  '目录',
  '一、项目概况\t1\n二、评价结论\t2\n（一）决策（分值20分，得分18.5分）\t2\n三、问题与建议\t3',
  '一、项目概况',
  '项目概况如下。',
  '二、评价结论',
  '（一）决策（分值20分，得分18.50分）',
  '1、立项',
  '该项得分10分。',
  '三、问题与建议',
  '建议加强管理。',
].join('\n\n');

describe("a heading's stated score outside the analysis section", () => {
  const doc = docFromText(CONCLUSION);
  const facts = new Facts(doc, {});
  const decision = doc.sections.find((s) => s.title === '决策')!;
  it('is held for its section, with no indicator to scope it', () => {
    expect(facts.indicators[0].facts.analysisSection).toBeNull();
    const h = facts.headingScores.get(decision.id);
    expect(shown(h)).toEqual(['20分', '18.50分']);
    expect(h?.node).toBeNull();
    // only the heading that states a score
    expect([...facts.headingScores.keys()]).toEqual([decision.id]);
  });
  it("and the contents entry's as the contents' own, at the entry from its 分值 to its 得分", () => {
    const entry = doc.toc!.entries.find((e) => e.title === '决策')!;
    const e = facts.entryScores.get(entry.block);
    expect(shown(e)).toEqual(['20分', '18.5分']);
    const text = (doc.blocks[entry.block] as { text: string }).text;
    expect(text.slice(e!.span.start, e!.span.end)).toBe('分值20分，得分18.5分');
    expect(facts.entryScores.size).toBe(1);
  });
});

describe("a heading's stated score under the analysis section", () => {
  const doc = docFromText(
    [
      '某项目绩效评价报告',
      '目录',
      '一、项目概况\t1\n二、绩效评价指标分析\t2\n（一）决策（得分18分）\t2\n（二）过程（分值80分，得分70分）\t3',
      '一、项目概况',
      '项目概况如下。',
      '二、绩效评价指标分析',
      // the bare points a heading opens its bracket with are its 分值
      '（一）决策（20分，得18分）',
      '立项规范。',
      '（二）过程（分值80分，得分70分）',
      '管理规范。',
    ].join('\n\n'),
  );
  const facts = new Facts(doc, {});
  const section = (title: string) => doc.sections.find((s) => s.title === title)!.id;
  const system = facts.indicators[0].facts;
  it('is scoped to the indicator the heading is', () => {
    const h = facts.headingScores.get(section('决策'));
    expect(shown(h)).toEqual(['20分', '18分']);
    expect(system.nodes[h!.node!].name.key).toBe('决策');
    expect(system.nodes[facts.headingScores.get(section('过程'))!.node!].name.key).toBe('过程');
  });
  it("and a contents entry stating one kind holds that kind, scoped to its heading's indicator", () => {
    const entry = doc.toc!.entries.find((e) => e.title === '决策')!;
    const e = facts.entryScores.get(entry.block);
    expect(shown(e)).toEqual([null, '18分']);
    expect(system.nodes[e!.node!].name.key).toBe('决策');
  });
});
