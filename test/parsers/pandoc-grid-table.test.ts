import { describe, expect, it } from 'vitest';
import type { Table } from '../../src/model/document.js';
import { loadTextReaders, parseText } from '../../src/parsers/text.js';
import { buildDocument } from '../../src/structure/build.js';

// pandoc -t markdown-simple_tables-multiline_tables-pipe_tables of an HTML table (report Y's .md): "=" under the
// header, a cell wrapped inside its column, a "|" and a "---" that are a cell's text
const table = [
  '表2 人员编制情况（单位：人）',
  '',
  '+----------+------+------+-----------+',
  '| 单位名称 | 行政 | 事业 | 备注      |',
  '+==========+======+======+===========+',
  '| 牡丹江市 | 42   | 0    | a|b       |',
  '| 民政局机 |      |      |           |',
  '| 关       |      |      |           |',
  '+----------+------+------+-----------+',
  '| 合计     | 42   | 58   | ---       |',
  '+----------+------+------+-----------+',
  '',
  '正文。',
];

// a row span (pandoc 3): the rule under 集宁区 leaves its column out
const spanned = [
  '+--------+----------+------+',
  '| 旗县   | 项目     | 套数 |',
  '+========+==========+======+',
  '| 集宁区 | 桥东片区 | 340  |',
  '|        +----------+------+',
  '|        | 白海子   | 280  |',
  '+--------+----------+------+',
  '| 合计   |          | 620  |',
  '+--------+----------+------+',
];

const read = async (lines: string[], format: 'md' | 'txt' = 'md') => {
  const text = lines.join('\n');
  return buildDocument(parseText(text, `a.${format}`, format, await loadTextReaders(text, format)));
};
const grid = (t: Table) => t.grid.map((row) => row.map((k) => t.cells[k].text));
const paragraphs = (doc: Awaited<ReturnType<typeof read>>) =>
  doc.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));

describe("pandoc's grid tables (pandoc-grid-table.ts)", () => {
  it('reads the cells the rules draw, a wrapped cell joined, a | and a --- inside a cell kept as text', async () => {
    for (const format of ['md', 'txt'] as const) {
      const doc = await read(table, format);
      expect(doc.tables).toHaveLength(1);
      expect(grid(doc.tables[0] as Table)).toEqual([
        ['单位名称', '行政', '事业', '备注'],
        ['牡丹江市民政局机关', '42', '0', 'a|b'],
        ['合计', '42', '58', '---'],
      ]);
      expect(paragraphs(doc)).toEqual(['表2人员编制情况（单位：人）', '正文。']);
    }
  });

  it('keeps a row span where a rule segment is left out', async () => {
    const doc = await read(spanned);
    expect(grid(doc.tables[0] as Table)).toEqual([
      ['旗县', '项目', '套数'],
      ['集宁区', '桥东片区', '340'],
      ['集宁区', '白海子', '280'],
      ['合计', '', '620'],
    ]);
  });

  it('keeps a column span where a text line has no | at an inner edge (pandoc 3)', async () => {
    const doc = await read([
      '+--------+------+------+',
      '| 旗县   | 到位        |',
      '|        +------+------+',
      '|        | 中央 | 旗县 |',
      '+========+======+======+',
      '| 集宁区 | 2.40 | 0.57 |',
      '+--------+------+------+',
    ]);
    expect(grid(doc.tables[0] as Table)).toEqual([
      ['旗县', '到位', '到位'],
      ['旗县', '中央', '旗县'],
      ['集宁区', '2.40', '0.57'],
    ]);
  });

  it('joins the pieces of a table split at a page break (a fenced div between them is no text)', async () => {
    const piece = (rows: string[]) => [
      '+------+------+',
      '| 序号 | 户主 |',
      '+======+======+',
      ...rows.flatMap((r) => [r, '+------+------+']),
    ];
    const doc = await read([
      ...piece(['| 1    | 段某 |', '| 2    | 蒋某 |']),
      '',
      '::: pagebreak',
      ':::',
      '',
      ...piece(['| 3    | 廖某 |']),
    ]);
    expect(doc.tables).toHaveLength(1);
    expect(grid(doc.tables[0] as Table).map((r) => r[1])).toEqual(['户主', '段某', '蒋某', '廖某']);
    expect(paragraphs(doc)).toEqual([]);
  });

  it('reads no table where a line is not as wide as its rules, nor a rule of dashes alone', async () => {
    const torn = table.map((l, k) => (k === 6 ? '| 民政局机 |      |      |' : l));
    const doc = await read(torn);
    expect(doc.tables).toHaveLength(0);
    expect(paragraphs(doc).join('')).toContain('牡丹江市');
    expect((await read(['+-----+', '', '正文。'])).tables).toHaveLength(0);
  });
});
