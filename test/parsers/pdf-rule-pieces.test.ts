// A rule drawn in pieces: Chromium draws the border under a cell that spans several columns one grid column at a
// time ("2024年度小计" spanning seven columns over "合计", R's 附件2—4), so its middle pieces touch no vertical
// rule. They are still that rule: the two label cells are two rows, not one cell "2024年度小计合计".
import { describe, expect, it } from 'vitest';
import type { RawCell, RawDocument, RawTable } from '../../src/model/document.js';
import { parsePdf } from '../../src/parsers/pdf.js';
import { makePdf, type PdfRule, type PdfText } from '../../fixtures/pdf/make-pdf.js';

const tables = (d: RawDocument): RawTable[] => d.blocks.filter((b): b is RawTable => b.kind === 'table');
const cellText = (c: RawCell): string => c.lines.map((l) => l.text).join('');

/**
 * Columns 72 | 150 | 250 | 350 | 432; a header, one row, then two rows whose label spans the first three columns.
 * The rule between the two label rows is drawn as `between` (pieces or one line).
 */
function footerTable(between: PdfRule[]): Buffer {
  const xs = [72, 150, 250, 350, 432];
  const ys = [700, 680, 660, 640, 620]; // row boundaries, top down
  const rules: PdfRule[] = [
    ...[700, 680, 660, 620].map((y) => ({ x1: 72, y1: y, x2: 432, y2: y })),
    ...between,
    // the inner verticals of the label columns stop above the label rows
    ...xs.map((x) => ({ x1: x, y1: 700, x2: x, y2: x === 150 || x === 250 ? 660 : 620 })),
  ];
  const rows = [
    ['Item', 'Kind', 'Batch', 'Amount'],
    ['Alpha', 'A', '1', '40'],
  ];
  const texts: PdfText[] = [
    ...rows.flatMap((cells, r) => cells.map((text, c) => ({ x: xs[c] + 4, y: ys[r] - 14, text }))),
    { x: 76, y: 646, text: 'Subtotal' },
    { x: 354, y: 646, text: '40' },
    { x: 76, y: 626, text: 'Total' },
    { x: 354, y: 626, text: '90' },
  ];
  return makePdf([{ texts, rules }]);
}

const footer = async (between: PdfRule[]) => {
  const t = tables(await parsePdf(footerTable(between), 'footer.pdf'))[0];
  return t.cells.filter((c) => c.row >= 2).map((c) => `${c.row}:${c.rowSpan}x${c.colSpan}:${cellText(c)}`);
};

describe('parsePdf on a rule drawn in pieces', () => {
  const rows = ['2:1x3:Subtotal', '2:1x1:40', '3:1x3:Total', '3:1x1:90'];

  it('reads the two label rows under a border drawn one grid column at a time as two rows', async () => {
    const pieces = [72, 150, 250, 350].map((x, i) => ({ x1: x, y1: 640, x2: [150, 250, 350, 432][i], y2: 640 }));
    expect(await footer(pieces)).toEqual(rows);
  });

  it('reads them alike under a border drawn as one line', async () => {
    expect(await footer([{ x1: 72, y1: 640, x2: 432, y2: 640 }])).toEqual(rows);
  });
});

// The vertical rule between two cells that both span rows is drawn one row at a time (weasyprint: "过程" spanning
// four rows beside "资金管理" spanning three); a middle piece has no rule at its top or bottom to touch. It is still
// that rule: the two label columns stay two merged cells, not a column of single cells.
describe('parsePdf on a vertical rule drawn in pieces', () => {
  /** Columns 72 | 150 | 250 | 350; a header, then "Group" over rows 1–4 beside "Sub" over rows 1–3 and "Other". */
  function spanTable(between: PdfRule[]): Buffer {
    const ys = [700, 680, 660, 640, 620, 600];
    const rules: PdfRule[] = [
      ...[700, 680, 600].map((y) => ({ x1: 72, y1: y, x2: 350, y2: y })),
      // the item rows' rules run only under the item column; "Sub" ends at 620
      ...[660, 640].map((y) => ({ x1: 250, y1: y, x2: 350, y2: y })),
      { x1: 150, y1: 620, x2: 350, y2: 620 },
      ...[72, 250, 350].map((x) => ({ x1: x, y1: 700, x2: x, y2: 600 })),
      ...between,
    ];
    const texts: PdfText[] = [
      ...['Level', 'Part', 'Item'].map((text, c) => ({ x: [72, 150, 250][c] + 4, y: 686, text })),
      { x: 76, y: 666, text: 'Group' },
      { x: 154, y: 666, text: 'Sub' },
      { x: 154, y: 606, text: 'Other' },
      ...['a1', 'a2', 'a3', 'a4'].map((text, r) => ({ x: 254, y: ys[r + 1] - 14, text })),
    ];
    return makePdf([{ texts, rules }]);
  }
  const labels = async (between: PdfRule[]) => {
    const t = tables(await parsePdf(spanTable(between), 'spans.pdf'))[0];
    return t.cells
      .filter((c) => c.row >= 1 && c.col < 2)
      .map((c) => `${c.row}:${c.rowSpan}x${c.colSpan}:${cellText(c)}`);
  };
  const spans = ['1:4x1:Group', '1:3x1:Sub', '4:1x1:Other'];

  it('reads the two spanning label cells beside a border drawn one row at a time', async () => {
    const pieces = [700, 680, 660, 640, 620].map((y) => ({ x1: 150, y1: y, x2: 150, y2: y - 20 }));
    expect(await labels(pieces)).toEqual(spans);
  });

  it('reads them alike beside a border drawn as one line', async () => {
    expect(await labels([{ x1: 150, y1: 700, x2: 150, y2: 600 }])).toEqual(spans);
  });
});
