// A wrapped cell line drawn past its column's rule: a header cell one character wide ("县（市、区）") wraps as
// "县" / "（市、" / "区）", and the middle line, which cannot break, runs into the next column ("姓名"). Its centre lies
// there, but it starts at the cell's own left edge with the cell's other lines: it belongs to the narrow cell.
import { describe, expect, it } from 'vitest';
import type { RawCell, RawDocument, RawTable } from '../../src/model/document.js';
import { parsePdf } from '../../src/parsers/pdf.js';
import { makePdf, ruledTable, type PdfText } from '../../fixtures/pdf/make-pdf.js';

const tables = (d: RawDocument): RawTable[] => d.blocks.filter((b): b is RawTable => b.kind === 'table');
const cellText = (c: RawCell): string => c.lines.map((l) => l.text).join('');

/** Columns 72 | 150 | 170 | 230 | 300 (Courier 10: 6 pt a character); a tall header, one data row. */
async function headerCells(narrow: PdfText[]): Promise<string[]> {
  const xs = [72, 150, 170, 230, 300];
  const page = ruledTable(
    xs,
    700,
    [
      ['', '', '', ''],
      ['', '', '', ''],
    ],
    40,
  );
  const texts: PdfText[] = [
    { x: 76, y: 676, text: 'Case' },
    ...narrow,
    // the next column's two lines sit between the narrow cell's lines
    { x: 174, y: 682, text: 'Na' },
    { x: 174, y: 670, text: 'me' },
    { x: 234, y: 676, text: 'Total' },
    ...['C-1', 'E', 'Lee', '40'].map((text, c) => ({ x: xs[c] + 4, y: 636, text })),
  ];
  const t = tables(await parsePdf(makePdf([{ texts, rules: page.rules }]), 'overflow.pdf'))[0];
  return t.cells.filter((c) => c.row === 0).map(cellText);
}

describe('parsePdf on a cell line overflowing its narrow column', () => {
  it('keeps a line that starts at the cell’s left edge with its other lines in that cell', async () => {
    const narrow = [
      { x: 152, y: 688, text: 'X' },
      { x: 152, y: 676, text: '(YYYYY,' }, // 42 pt wide: its centre (173) lies in the next column
      { x: 152, y: 664, text: 'Z)' },
    ];
    expect(await headerCells(narrow)).toEqual(['Case', 'X(YYYYY,Z)', 'Name', 'Total']);
  });

  it('leaves a run by its centre when nothing in the narrow cell starts where it does', async () => {
    const alone = [{ x: 156, y: 676, text: '(YYYYY,' }];
    expect(await headerCells(alone)).toEqual(['Case', '', 'Na(YYYYY,me', 'Total']);
  });
});
