import { describe, expect, it } from 'vitest';
import { loadTextReaders, parseText } from '../../src/parsers/text.js';
import { buildDocument } from '../../src/structure/build.js';
import type { Table } from '../../src/model/document.js';

// w3m -dump of an HTML table: rules give the columns, a cell wraps inside its column, a row span's text
// stands in a block no rule crosses, a column span's over the columns its rule leaves out
const table = [
  '表2 人员编制情况（单位：人）',
  '',
  '┌──────────┬─────────────┬─────────────┐',
  '│ 单位名称 │   编制数    │  实有人数   │',
  '│          ├──────┬──────┼──────┬──────┤',
  '│          │ 行政 │ 事业 │ 行政 │ 事业 │',
  '├──────────┼──────┼──────┼──────┼──────┤',
  '│ 牡丹江市 │ 42   │ 0    │ 39   │ 0    │',
  '│ 民政局机 │      │      │      │      │',
  '│ 关       │      │      │      │      │',
  '├──────────┼──────┼──────┼──────┼──────┤',
  '│ 合计     │ 42   │ 58   │ 39   │ 52   │',
  '└──────────┴──────┴──────┴──────┴──────┘',
  '',
  '正文。',
];

const read = async (lines: string[]) => {
  const text = lines.join('\n');
  return buildDocument(parseText(text, 'a.txt', 'txt', await loadTextReaders(text, 'txt')));
};
const grid = (t: Table) => t.grid.map((row) => row.map((k) => t.cells[k].text));

describe("w3m's box-drawn tables (text-box-grid.ts)", () => {
  it('reads the cells the rules draw, a wrapped cell joined, the spans kept', async () => {
    const doc = await read(table);
    expect(doc.tables).toHaveLength(1);
    expect(grid(doc.tables[0] as Table)).toEqual([
      ['单位名称', '编制数', '编制数', '实有人数', '实有人数'],
      ['单位名称', '行政', '事业', '行政', '事业'],
      ['牡丹江市民政局机关', '42', '0', '39', '0'],
      ['合计', '42', '58', '39', '52'],
    ]);
    expect(doc.blocks.filter((b) => b.kind === 'paragraph').map((b) => (b.kind === 'paragraph' ? b.text : ''))).toEqual(
      ['表2人员编制情况（单位：人）', '正文。'],
    );
  });

  it('reads no table from a paragraph drawn in a box, nor from a box of one row', async () => {
    const framed = ['┌──────────────┐', '│ 注：本表数据 │', '│ 为决算数。   │', '└──────────────┘'];
    expect((await read(framed)).tables).toHaveLength(0);
    const oneRow = ['┌──────┬──────┐', '│ 合计 │ 42   │', '└──────┴──────┘'];
    expect((await read(oneRow)).tables).toHaveLength(0);
  });

  it('reads no table where a line of the box is not as wide as its rules (the shape is not proved)', async () => {
    const torn = table.map((l, k) => (k === 8 ? '│ 民政局机 │      │      │      │' : l));
    expect((await read(torn)).tables).toHaveLength(0);
  });
});
