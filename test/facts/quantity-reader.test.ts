// Each paragraph's and cell's figures read once per document (issue 11, item 1): the fact store's
// QuantityReader hands back findQuantities / parseQuantity's reading, the same one on every later read.
import { describe, expect, it } from 'vitest';
import { Facts } from '../../src/facts/store.js';
import { extractFunding } from '../../src/facts/funding/funding.js';
import { extractTargets } from '../../src/facts/targets/targets.js';
import { findQuantities, parseQuantity, QuantityReader } from '../../src/facts/lang/numbers.js';
import { matchEntry } from '../../src/structure/toc-match.js';
import { docFromText } from '../helpers.js';

const doc = docFromText(
  [
    '松阳县2023年度农村饮水安全项目绩效评价报告',
    '一、项目资金',
    '2023年度项目预算100万元，到位资金90万元，资金到位率90%。',
    '二、绩效目标完成情况',
    '2023年度完成维修水井12眼，目标值不少于10眼，评价得分18分。',
  ].join('\n\n'),
);

describe('QuantityReader', () => {
  it('reads a text as findQuantities does, once: the same array on every later read', () => {
    const r = new QuantityReader();
    const text = '到位资金90万元，资金到位率90%';
    const first = r.find(text);
    expect(first).toEqual(findQuantities(text));
    expect(first.map((q) => q.text)).toEqual(['90万元', '90%']);
    expect(r.find(text)).toBe(first);
    expect(r.find('预算100万元')).not.toBe(first);
    expect(r.find('预算100万元').map((q) => q.text)).toEqual(['100万元']);
  });
  it('reads a whole cell as parseQuantity does, a cell with no figure (null) too', () => {
    const r = new QuantityReader();
    expect(r.whole('≥20家')).toEqual(parseQuantity('≥20家'));
    expect(r.whole('≥20家')).toBe(r.whole('≥20家'));
    expect(r.whole('合计')).toBeNull();
    expect(r.whole('合计')).toBeNull();
    expect(r.whole('-5万元')?.value.toFixed()).toBe('-5');
  });
});

describe('the fact store’s reader', () => {
  it('is one per document', () => {
    const a = new Facts(doc, {});
    const b = new Facts(doc, {});
    expect(a.quantities).toBe(a.quantities);
    expect(a.quantities).not.toBe(b.quantities);
  });
  it('leaves the facts as they were read without it: funding and targets', () => {
    const facts = new Facts(doc, {});
    expect(facts.funding).toEqual(extractFunding(doc, {}));
    expect(facts.targets).toEqual(extractTargets(doc, {}));
    expect(facts.funding.figures.length).toBeGreaterThan(0);
  });
  it('hands the funding and the targets one reading of a paragraph they both read', () => {
    const facts = new Facts(doc, {});
    const p = doc.blocks.find((b) => b.kind === 'paragraph' && b.text.includes('到位资金'));
    if (p?.kind !== 'paragraph') throw new Error('no paragraph');
    const before = facts.quantities.find(p.text);
    void facts.funding;
    void facts.targets;
    expect(facts.quantities.find(p.text)).toBe(before);
    expect(facts.funding.figures.some((f) => f.q !== null && before.includes(f.q))).toBe(true);
  });
});

describe('the fact store’s contents entries', () => {
  const toc = docFromText(
    '某项目绩效评价报告\n\n目录\n\n一、项目概况\t1\n二、评价结论\t2\n四、附表\t3\n\n一、项目概况\n\n正文。\n\n二、评价结论\n\n结论。\n',
  );
  it('names each entry’s heading once, as matchEntry does (null for an entry with no heading)', () => {
    const facts = new Facts(toc, {});
    const entries = toc.toc?.entries ?? [];
    expect(entries.map((e) => e.title)).toEqual(['项目概况', '评价结论', '附表']);
    expect(facts.entrySections).toBe(facts.entrySections);
    expect(entries.map((e) => facts.entrySections.get(e)?.title ?? null)).toEqual(['项目概况', '评价结论', null]);
    expect(entries.map((e) => facts.entrySections.get(e) ?? null)).toEqual(entries.map((e) => matchEntry(toc, e)));
  });
});
