// How often, and where, a name is written (src/facts/identity/occurrences.ts): what identity/foreign-project
// and identity/name-variant read to tell an own subject, written again and again, from a leftover.
import { describe, expect, it } from 'vitest';
import { Facts } from '../../src/facts/store.js';
import { docFromText } from '../helpers.js';

const doc = docFromText(
  [
    '某县2023年度文化生态保护区建设项目绩效评价报告',
    '文化生态保护区共设5个片区，保护区内文化生态保护区管理站3个。',
    ['| 名称 | 金额（万元） |', '| --- | --- |', '| 文化生态保护区 | 100 |', '| 文化生态 | 保护区 |'].join('\n'),
  ].join('\n\n'),
  'md',
);

describe('occurrences: how often, and where, a name stands', () => {
  const facts = new Facts(doc, {});
  const written = facts.occurrences;

  it('counts a name in paragraphs and table cells alike, each time it is written', () => {
    // the title, twice in the sentence, one cell
    expect(written.count('文化生态保护区')).toBe(4);
    expect(written.count('鸡西市')).toBe(0);
  });

  it('reads no name across two cells: "文化生态" and "保护区" side by side are two cells', () => {
    // the title, the sentence twice, the one cell: not the last row's two cells
    expect(written.count('生态保护')).toBe(4);
    expect(written.where('文化生态').length).toBe(5);
  });

  it('counts repeats without overlap: "甲甲甲甲" holds "甲甲" twice, not three times', () => {
    const facts2 = new Facts(docFromText('甲甲甲项目绩效评价报告\n\n甲甲甲甲。'), {});
    // once in the title's 甲甲甲, twice in 甲甲甲甲
    expect(facts2.occurrences.count('甲甲')).toBe(3);
  });

  it('says where: the block, the cell and the span of each', () => {
    const spans = written.where('文化生态保护区');
    const table = doc.blocks.find((b) => b.kind === 'table')!;
    const sentence = doc.blocks.find((b) => b.kind === 'paragraph' && b.text.startsWith('文化生态保护区共设'))!;
    expect(spans).toContainEqual({ block: sentence.index, start: 0, end: 7 });
    expect(spans).toContainEqual({ block: sentence.index, start: 18, end: 25 });
    expect(spans).toContainEqual({ block: table.index, cell: { row: 1, col: 0 }, start: 0, end: 7 });
  });

  it('is built once for the document', () => {
    const again = facts.occurrences;
    expect(again).toBe(written);
    expect(again.count('文化生态保护区')).toBe(4);
  });
});
