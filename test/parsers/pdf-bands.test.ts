// Stacked table fragments on one PDF page: a converter's table split into
// pieces, each laid out with its own column widths, drawn one under the other
// so that their rulings touch. Each piece keeps its own columns.
import { describe, expect, it } from 'vitest';
import type { RawCell, RawDocument, RawTable } from '../../src/model/document.js';
import { parsePdf } from '../../src/parsers/pdf.js';
import { makePdf, ruledTable, type PdfPageSpec } from '../../fixtures/pdf/make-pdf.js';

const tables = (d: RawDocument): RawTable[] => d.blocks.filter((b): b is RawTable => b.kind === 'table');
const cellText = (c: RawCell | undefined): string => (c?.lines ?? []).map((l) => l.text).join('');
const at = (t: RawTable, row: number, col: number): RawCell | undefined =>
  t.cells.find((c) => row >= c.row && row < c.row + c.rowSpan && col >= c.col && col < c.col + c.colSpan);
const cols = (t: RawTable): number => Math.max(...t.cells.map((c) => c.col + c.colSpan));
/** Each row's texts, left to right, one entry per grid column. */
const grid = (t: RawTable): string[][] => {
  const rows = Math.max(...t.cells.map((c) => c.row + c.rowSpan));
  return [...Array(rows).keys()].map((r) => [...Array(cols(t)).keys()].map((c) => cellText(at(t, r, c))));
};

function page(...pieces: Array<Required<PdfPageSpec>>): Buffer {
  return makePdf([{ texts: pieces.flatMap((p) => p.texts), rules: pieces.flatMap((p) => p.rules) }]);
}

const HEAD = ['Item', 'Weight', 'Score'];

describe('parsePdf on table fragments stacked on one page', () => {
  it('joins fragments with the same columns at other widths by column order, with no phantom columns', async () => {
    // the second fragment's Weight cell (230–330) would reach into the first's Score column (300–432)
    const doc = await parsePdf(
      page(
        ruledTable([72, 200, 300, 432], 700, [HEAD, ['Alpha', '10', '9'], ['Beta', '20', '18']]),
        ruledTable([72, 230, 330, 432], 640, [HEAD, ['Gamma', '30', '27'], ['Delta', '40', '36']]),
      ),
      'stacked.pdf',
    );
    expect(tables(doc)).toHaveLength(1);
    // the header the second fragment repeats is dropped
    expect(grid(tables(doc)[0])).toEqual([
      HEAD,
      ['Alpha', '10', '9'],
      ['Beta', '20', '18'],
      ['Gamma', '30', '27'],
      ['Delta', '40', '36'],
    ]);
    expect(tables(doc)[0].cells.every((c) => c.colSpan === 1 && c.rowSpan === 1)).toBe(true);
  });

  it('keeps fragments with different column counts apart, each with its own columns', async () => {
    const doc = await parsePdf(
      page(
        ruledTable([72, 200, 300, 432], 700, [HEAD, ['Alpha', '10', '9'], ['Beta', '20', '18']]),
        ruledTable([72, 150, 250, 350, 432], 640, [
          ['Year', 'Plan', 'Spent', 'Rate'],
          ['2023', '50', '45', '90%'],
        ]),
      ),
      'two.pdf',
    );
    expect(tables(doc).map(grid)).toEqual([
      [HEAD, ['Alpha', '10', '9'], ['Beta', '20', '18']],
      [
        ['Year', 'Plan', 'Spent', 'Rate'],
        ['2023', '50', '45', '90%'],
      ],
    ]);
  });

  it('keeps one table whose title row has other columns than the rows under it', async () => {
    // a 自评表's "项目名称 | name" row over its grid: one row is no fragment
    const doc = await parsePdf(
      page(
        ruledTable([72, 180, 432], 700, [['Project', 'Road repair']]),
        ruledTable([72, 200, 300, 432], 680, [HEAD, ['Alpha', '10', '9']]),
      ),
      'title.pdf',
    );
    expect(tables(doc)).toHaveLength(1);
    expect(cellText(at(tables(doc)[0], 0, 0))).toBe('Project');
    expect(cellText(at(tables(doc)[0], 2, 0))).toBe('Alpha');
  });

  it('keeps one table where the rows below only merge cells of the columns above', async () => {
    const doc = await parsePdf(
      page(
        ruledTable([72, 200, 300, 432], 700, [HEAD, ['Alpha', '10', '9']]),
        ruledTable([72, 300, 432], 660, [
          ['Total', '27'],
          ['Note', 'none'],
        ]),
      ),
      'merged.pdf',
    );
    expect(tables(doc)).toHaveLength(1);
    const t = tables(doc)[0];
    expect(cols(t)).toBe(3);
    expect(at(t, 2, 0)!.colSpan).toBe(2);
    expect(cellText(at(t, 2, 2))).toBe('27');
  });

  it('joins a table continued on the next page with the same columns at other widths', async () => {
    const p1 = ruledTable([72, 200, 300, 432], 140, [HEAD, ['Alpha', '10', '9'], ['Beta', '20', '18']]);
    const p2 = ruledTable([72, 230, 330, 432], 720, [['Gamma', '30', '27']]);
    const doc = await parsePdf(makePdf([p1, p2]), 'pages.pdf');
    expect(tables(doc)).toHaveLength(1);
    expect(grid(tables(doc)[0])).toEqual([HEAD, ['Alpha', '10', '9'], ['Beta', '20', '18'], ['Gamma', '30', '27']]);
  });
});
