// Tables drawn without vertical rulings (三线表, or no rules at all): columns
// rebuilt from where the text stands, or, where they cannot be told, a line a
// row; and prose, TOC lines and justified text that must stay paragraphs.
import { describe, expect, it } from 'vitest';
import type { RawCell, RawDocument, RawParagraph, RawTable } from '../../src/model.js';
import { parsePdf } from '../../src/parsers/pdf.js';
import { makePdf, type PdfRule, type PdfText } from '../../fixtures/pdf/make-pdf.js';

const tables = (d: RawDocument): RawTable[] => d.blocks.filter((b): b is RawTable => b.kind === 'table');
const paragraphs = (d: RawDocument): string[] =>
  d.blocks.filter((b): b is RawParagraph => b.kind === 'paragraph').map((p) => p.lines.map((l) => l.text).join('|'));
const cellText = (c: RawCell | undefined): string => (c?.lines ?? []).map((l) => l.text).join('|');
const at = (t: RawTable, row: number, col: number): RawCell | undefined =>
  t.cells.find((c) => row >= c.row && row < c.row + c.rowSpan && col >= c.col && col < c.col + c.colSpan);
const grid = (t: RawTable): string[][] => {
  const rows = Math.max(...t.cells.map((c) => c.row + c.rowSpan));
  const cols = Math.max(...t.cells.map((c) => c.col + c.colSpan));
  return [...Array(rows).keys()].map((r) => [...Array(cols).keys()].map((c) => cellText(at(t, r, c))));
};
const rule = (y: number, x1 = 72, x2 = 480): PdfRule => ({ x1, y1: y, x2, y2: y });
/** One line of texts at baseline y: [x, text] pairs (Courier 10 pt, 6 pt a glyph). */
const line = (y: number, ...cells: Array<[number, string]>): PdfText[] => cells.map(([x, text]) => ({ x, y, text }));

const COLS = [76, 220, 290, 340];
const HEAD: Array<[number, string]> = [
  [76, 'Indicator'],
  [220, 'Weight'],
  [290, 'Score'],
  [340, 'Opinion'],
];
/** A scoring table's lines from baseline `y` down: header, a row whose Opinion wraps onto a second line, two rows. */
function scoreLines(y: number): PdfText[] {
  return [
    ...line(y, ...HEAD),
    ...line(y - 20, [76, 'Outputs'], [220, '30'], [290, '27'], [340, 'Targets met (see']),
    ...line(y - 34, [340, 'report 3).']),
    ...line(y - 48, [76, 'Effects'], [220, '70'], [290, '65'], [340, 'Good']),
    ...line(y - 62, [76, 'Total'], [220, '100'], [290, '92']),
  ];
}
const SCORE_GRID = [
  ['Indicator', 'Weight', 'Score', 'Opinion'],
  ['Outputs', '30', '27', 'Targets met (see|report 3).'],
  ['Effects', '70', '65', 'Good'],
  ['Total', '100', '92', ''],
];

describe('parsePdf on borderless tables', () => {
  it('rebuilds the columns of a 三线表 (rules above, under the header, below; no verticals)', async () => {
    const doc = await parsePdf(
      makePdf([
        {
          texts: [...line(730, [72, 'Table 1. Scores']), ...scoreLines(700), ...line(600, [72, 'The review ends here.'])],
          rules: [rule(712), rule(694), rule(630)],
        },
      ]),
      'three-line.pdf',
    );
    expect(tables(doc)).toHaveLength(1);
    expect(grid(tables(doc)[0])).toEqual(SCORE_GRID);
    // the wrapped Opinion is one cell of two lines, its bracket closed inside it
    expect(at(tables(doc)[0], 1, 3)!.lines.map((l) => l.line)).toEqual([9, 10]); // page lines: the caption 1, the header's cells 2–5, then Outputs, 30 and 27
    expect(paragraphs(doc)).toEqual(['Table 1. Scores', 'The review ends here.']);
    expect(doc.blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph']);
  });

  it('rebuilds a table with no rules at all from columns that line up down the lines', async () => {
    const doc = await parsePdf(
      makePdf([{ texts: [...line(730, [72, 'Table 1. Scores']), ...scoreLines(700), ...line(624, [76, 'Notes:']), ...line(610, [72, 'The total was 92 points of 100.'])] }]),
      'no-rules.pdf',
    );
    expect(tables(doc)).toHaveLength(1);
    expect(grid(tables(doc)[0])).toEqual(SCORE_GRID);
    // a short line under the last row in the first column is a note, not a cell
    expect(paragraphs(doc)).toEqual(['Table 1. Scores', 'Notes:', 'The total was 92 points of 100.']);
  });

  it('keeps a table continued on the next page as one table', async () => {
    const doc = await parsePdf(
      makePdf([
        { texts: [...line(730, [72, 'Table 1. Scores']), ...line(130, ...HEAD), ...line(110, [76, 'Outputs'], [220, '30'], [290, '27'], [340, 'Met']), ...line(96, [76, 'Inputs'], [220, '10'], [290, '9'], [340, 'Met'])] },
        { texts: [...line(720, [76, 'Effects'], [220, '60'], [290, '56'], [340, 'Good']), ...line(706, [76, 'Costs'], [220, '20'], [290, '18'], [340, 'Fair']), ...line(692, [76, 'Total'], [220, '100'], [290, '92'], [340, '-'])] },
      ]),
      'pages.pdf',
    );
    expect(tables(doc)).toHaveLength(1);
    expect(grid(tables(doc)[0]).map((r) => r[0])).toEqual(['Indicator', 'Outputs', 'Inputs', 'Effects', 'Costs', 'Total']);
  });

  it('reads the lines between a table’s rules one to a row when no columns line up', async () => {
    // cell texts of each line stand at other places: no gutter runs down the lines
    const doc = await parsePdf(
      makePdf([
        {
          texts: [
            ...line(700, [76, 'Outputs (count'], [200, 'of sites)'], [330, '27']),
            ...line(686, [76, 'Effects and'], [166, 'impacts (see'], [290, 'report 3)']),
            ...line(672, [76, 'Total'], [130, '100 points'], [250, 'in all']),
          ],
          rules: [rule(712), rule(664)],
        },
      ]),
      'unknown-columns.pdf',
    );
    expect(tables(doc)).toHaveLength(1);
    expect(grid(tables(doc)[0])).toEqual([['Outputs (count of sites) 27'], ['Effects and impacts (see report 3)'], ['Total 100 points in all']]);
    expect(paragraphs(doc)).toEqual([]);
  });
});

describe('parsePdf keeps prose as paragraphs', () => {
  it('makes no table of indented paragraphs, TOC lines in two columns or justified text', async () => {
    // a justified line: words set apart by gaps over a glyph wide, at other places on every line
    const justified = (y: number, words: string[], gap: number): PdfText[] => {
      let x = 72;
      return words.map((w) => {
        const t = { x, y, text: w };
        x += w.length * 6 + gap;
        return t;
      });
    };
    const doc = await parsePdf(
      makePdf([
        {
          texts: [
            ...line(740, [72, 'Contents']),
            // two TOC columns, dot leaders and page numbers
            ...line(720, [72, '1. Overview ........ 3'], [300, '4. Results ......... 9']),
            ...line(706, [72, '2. Funds ........... 5'], [300, '5. Problems ....... 11']),
            ...line(692, [72, '3. Scores .......... 7'], [300, '6. Advice ......... 12']),
            // the same without leaders: an entry and its page number, twice a line
            ...line(670, [72, 'Overview'], [200, '3'], [300, 'Results'], [420, '9']),
            ...line(656, [72, 'Funds'], [200, '5'], [300, 'Problems'], [420, '11']),
            ...line(642, [72, 'Scores'], [200, '7'], [300, 'Advice'], [420, '12']),
            // indented paragraphs
            ...line(610, [96, 'The county spent the budget on the roads']),
            ...line(596, [72, 'and bridges it had planned for the year.']),
            ...line(582, [96, 'Every target was met by the end of it.']),
            // justified text
            ...justified(550, ['The', 'review', 'team', 'read', 'every', 'file', 'twice'], 9),
            ...justified(536, ['and', 'met', 'the', 'staff', 'of', 'the', 'bureau', 'in', 'May'], 8),
            ...justified(522, ['before', 'it', 'wrote', 'this', 'report', 'on', 'the', 'work'], 10),
            ...justified(508, ['with', 'the', 'marks', 'each', 'part', 'of', 'it', 'earned'], 11),
          ],
        },
      ]),
      'prose.pdf',
    );
    expect(tables(doc)).toEqual([]);
    expect(paragraphs(doc).join('\n')).toContain('1. Overview ........ 3');
  });
});
