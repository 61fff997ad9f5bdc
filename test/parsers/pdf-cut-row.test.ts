// A tall row cut by the page, the way weasyprint draws it: on the first page its short cells (序号, 编号, amount) with
// the side rules run down to the page's end and no rule under them, the wrapping name left empty; the next page opens
// with a row of only that name. The open row is a row, and the two pieces are one row.
import { describe, expect, it } from 'vitest';
import type { RawDocument, RawTable } from '../../src/model/document.js';
import { parsePdf } from '../../src/parsers/pdf.js';
import { makePdf, type PdfRule, type PdfText } from '../../fixtures/pdf/make-pdf.js';

const tables = (d: RawDocument): RawTable[] => d.blocks.filter((b): b is RawTable => b.kind === 'table');
const xs = [72, 100, 180, 260, 330];

/** Rows between the boundaries `ys` (top down); rules under every row but the last when `openBottom`. */
function piece(ys: number[], rows: string[][], openBottom: boolean): { texts: PdfText[]; rules: PdfRule[] } {
  const closed = openBottom ? ys.slice(0, -1) : ys;
  const rules: PdfRule[] = [
    ...closed.map((y) => ({ x1: xs[0], y1: y, x2: xs[xs.length - 1], y2: y })),
    ...xs.map((x) => ({ x1: x, y1: ys[0], x2: x, y2: ys[ys.length - 1] })),
  ];
  const texts = rows.flatMap((cells, r) =>
    cells.flatMap((text, c) => (text ? [{ x: xs[c] + 4, y: ys[r] - 14, text }] : [])),
  );
  return { texts, rules };
}

async function rowsOf(openBottom: boolean, rest: string[]): Promise<string[]> {
  const first = piece(
    [200, 180, 160, 100],
    [
      ['No', 'Code', 'Name', 'Amount'],
      ['1', 'Q-1', 'Pump', '40'],
      ['2', 'Q-2', '', '50'],
    ],
    openBottom,
  );
  const second = piece([740, 710, 690], [rest, ['3', 'Q-3', 'Hose', '10']], false);
  const t = tables(await parsePdf(makePdf([first, second]), 'cut.pdf'));
  expect(t).toHaveLength(1);
  const rows = Math.max(...t[0].cells.map((c) => c.row + c.rowSpan));
  return Array.from({ length: rows }, (_, r) =>
    t[0].cells
      .filter((c) => c.row === r)
      .sort((a, b) => a.col - b.col)
      .map((c) => c.lines.map((l) => l.text).join(''))
      .join('|'),
  );
}

describe('parsePdf on a row cut by the page with its texts on the next page', () => {
  it("reads the open last row and joins the next page's row of its texts to it", async () => {
    expect(await rowsOf(true, ['', '', 'Valve', ''])).toEqual([
      'No|Code|Name|Amount',
      '1|Q-1|Pump|40',
      '2|Q-2|Valve|50',
      '3|Q-3|Hose|10',
    ]);
  });
  it('keeps a next row of its own that writes where the row above has a figure', async () => {
    expect(await rowsOf(true, ['', '', 'Valve', '5'])).toEqual([
      'No|Code|Name|Amount',
      '1|Q-1|Pump|40',
      '2|Q-2||50',
      'Valve|5', // a row of its own; its empty leading cells continue "2" and "Q-2" above (carried merges)
      '3|Q-3|Hose|10',
    ]);
  });
});
