// Tables drawn without vertical rulings (三线表, or no rules at all): columns
// rebuilt from where the text stands, or, where they cannot be told, a line a
// row; and prose, TOC lines and justified text that must stay paragraphs.
import { describe, expect, it } from 'vitest';
import type { RawCell, RawDocument, RawParagraph, RawTable } from '../../src/model/document.js';
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
          texts: [
            ...line(730, [72, 'Table 1. Scores']),
            ...scoreLines(700),
            ...line(600, [72, 'The review ends here.']),
          ],
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

  it('places a 三线表 header text that spans two body columns by its middle', async () => {
    // the body's columns: Weight 220–238, Score 290–302, the gutter's middle at 264; 'Points' (256–292) has its middle at 274
    const doc = await parsePdf(
      makePdf([
        {
          texts: [
            ...line(718, [76, 'Indicator'], [256, 'Points'], [340, 'Opinion']),
            ...line(704, [220, 'Weight'], [290, 'Score']),
            ...scoreLines(680).slice(HEAD.length),
          ],
          rules: [rule(730), rule(696), rule(610)],
        },
      ]),
      'spanning-head.pdf',
    );
    expect(tables(doc)).toHaveLength(1);
    expect(grid(tables(doc)[0])).toEqual([
      ['Indicator', '', 'Points', 'Opinion'],
      ['', 'Weight', 'Score', ''],
      ...SCORE_GRID.slice(1),
    ]);
  });

  it('rebuilds a table with no rules at all from columns that line up down the lines', async () => {
    const doc = await parsePdf(
      makePdf([
        {
          texts: [
            ...line(730, [72, 'Table 1. Scores']),
            ...scoreLines(700),
            ...line(624, [76, 'Notes:']),
            ...line(610, [72, 'The total was 92 points of 100.']),
          ],
        },
      ]),
      'no-rules.pdf',
    );
    expect(tables(doc)).toHaveLength(1);
    expect(grid(tables(doc)[0])).toEqual(SCORE_GRID);
    // a short line under the last row in the first column is a note, not a cell
    expect(paragraphs(doc)).toEqual(['Table 1. Scores', 'Notes:', 'The total was 92 points of 100.']);
  });

  it('keeps a label wrapped in a narrow column, and a % wrapped after its number, in their row', async () => {
    // Central (76–118) ends at its column's widest text, 18 pt before Budget's column; 95.83 and 93.60
    // (220–250) end 12 pt before Left's: each next line goes on their cells
    const doc = await parsePdf(
      makePdf([
        {
          texts: [
            ...line(700, [76, 'Source'], [136, 'Budget'], [220, 'Rate'], [262, 'Left']),
            ...line(686, [76, 'Central'], [136, '120.00'], [220, '95.83'], [262, '5.00']),
            ...line(672, [76, 'gov'], [220, '%']),
            ...line(658, [76, 'Total'], [136, '286.00'], [220, '93.60'], [262, '17.65']),
            ...line(644, [220, '%']),
            ...line(610, [72, 'The funds were spent in full.']),
          ],
        },
      ]),
      'wrapped.pdf',
    );
    expect(tables(doc).map(grid)).toEqual([
      [
        ['Source', 'Budget', 'Rate', 'Left'],
        ['Central|gov', '120.00', '95.83|%', '5.00'],
        ['Total', '286.00', '93.60|%', '17.65'],
      ],
    ]);
  });

  it('keeps the words after an open bracket in their cell', async () => {
    // 'Law (on cultural' ends 24 pt short of its column's widest text: only its open bracket says it goes on
    const doc = await parsePdf(
      makePdf([
        {
          texts: [
            ...line(700, [76, 'No'], [110, 'Document'], [300, 'Number'], [380, 'Date']),
            ...line(686, [76, '1'], [110, 'Law (on cultural'], [300, '42'], [380, '2011']),
            ...line(672, [110, 'heritage)']),
            ...line(658, [76, '2'], [110, 'Notice (on funds for'], [300, '55'], [380, '2024']),
            ...line(644, [110, '2024)']),
            ...line(630, [76, '3'], [110, 'Plan'], [300, '58'], [380, '2021']),
          ],
        },
      ]),
      'open-bracket.pdf',
    );
    expect(tables(doc).map(grid)).toEqual([
      [
        ['No', 'Document', 'Number', 'Date'],
        ['1', 'Law (on cultural|heritage)', '42', '2011'],
        ['2', 'Notice (on funds for|2024)', '55', '2024'],
        ['3', 'Plan', '58', '2021'],
      ],
    ]);
  });

  it('keeps a header wider than the figures under it, and a short label, whole when their last words wrap', async () => {
    // Promotions (220–280) overhangs its column's figures (220–256) and wraps onto "share"; 2021 (76–100) is no
    // wider than three glyphs but ends at its column's edge (Total, 76–106) close to the next column
    // (Budget, 120), its "yr" on the next line
    const doc = await parsePdf(
      makePdf([
        {
          texts: [
            ...line(700, [76, 'Year'], [120, 'Budget'], [220, 'Promotions'], [300, 'Rate']),
            ...line(686, [220, 'share']),
            ...line(672, [76, '2021'], [120, '1,193.85'], [220, '513.00'], [300, '96.42%']),
            ...line(658, [76, 'yr']),
            ...line(644, [76, '2022'], [120, '1,283.71'], [220, '556.80'], [300, '96.30%']),
            ...line(630, [76, 'Total'], [120, '2,477.56'], [220, '1,069.80'], [300, '96.36%']),
          ],
          rules: [rule(712), rule(680), rule(622)],
        },
      ]),
      'wrapped-head.pdf',
    );
    expect(tables(doc).map(grid)).toEqual([
      [
        ['Year', 'Budget', 'Promotions|share', 'Rate'],
        ['2021|yr', '1,193.85', '513.00', '96.42%'],
        ['2022', '1,283.71', '556.80', '96.30%'],
        ['Total', '2,477.56', '1,069.80', '96.36%'],
      ],
    ]);
  });

  it('starts a row at a line of words under a row of figures whose text there ended short', async () => {
    // "none" stands under "late", which reaches its column's widest text (all of four glyphs) but is no wrapped
    // words (narrower than three glyphs' worth); the row above holds figures, so it is no header going on
    const doc = await parsePdf(
      makePdf([
        {
          texts: [
            ...line(700, [76, 'Year'], [136, 'Budget'], [220, 'Spent'], [300, 'Note']),
            ...line(686, [76, '2021'], [136, '1,193.85'], [220, '1,100.00'], [300, 'late']),
            ...line(672, [300, 'none']),
            ...line(658, [76, 'Total'], [136, '2,477.56'], [220, '2,300.00'], [300, '-']),
          ],
        },
      ]),
      'rows-of-words.pdf',
    );
    expect(tables(doc).map(grid)).toEqual([
      [
        ['Year', 'Budget', 'Spent', 'Note'],
        ['2021', '1,193.85', '1,100.00', 'late'],
        ['', '', '', 'none'],
        ['Total', '2,477.56', '2,300.00', '-'],
      ],
    ]);
  });

  it('keeps a table continued on the next page as one table', async () => {
    const doc = await parsePdf(
      makePdf([
        {
          texts: [
            ...line(730, [72, 'Table 1. Scores']),
            ...line(130, ...HEAD),
            ...line(110, [76, 'Outputs'], [220, '30'], [290, '27'], [340, 'Met']),
            ...line(96, [76, 'Inputs'], [220, '10'], [290, '9'], [340, 'Met']),
          ],
        },
        {
          texts: [
            ...line(720, [76, 'Effects'], [220, '60'], [290, '56'], [340, 'Good']),
            ...line(706, [76, 'Costs'], [220, '20'], [290, '18'], [340, 'Fair']),
            ...line(692, [76, 'Total'], [220, '100'], [290, '92'], [340, '-']),
          ],
        },
      ]),
      'pages.pdf',
    );
    expect(tables(doc)).toHaveLength(1);
    expect(grid(tables(doc)[0]).map((r) => r[0])).toEqual([
      'Indicator',
      'Outputs',
      'Inputs',
      'Effects',
      'Costs',
      'Total',
    ]);
  });

  it('reads the lines between a table’s rules one to a row when no columns line up', async () => {
    // cell texts of each line stand at other places: no gutter runs down the lines (each column
    // a line has overlaps another line's gap: 76–160 | 200–254 | 330–342, 76–142 | 166–238 | 280–316, 76–124 | 130–190 | 250–286)
    const doc = await parsePdf(
      makePdf([
        {
          texts: [
            ...line(700, [76, 'Outputs (count'], [200, 'of sites)'], [330, '27']),
            ...line(686, [76, 'Effects and'], [166, 'impacts (see'], [280, 'report']),
            ...line(672, [76, '3) Total'], [130, '100 points'], [250, 'in all']),
          ],
          rules: [rule(712), rule(664)],
        },
      ]),
      'unknown-columns.pdf',
    );
    expect(tables(doc)).toHaveLength(1);
    // a line that leaves a bracket open keeps the next line with it: "(see" / "report 3)" is one unit
    expect(grid(tables(doc)[0])).toEqual([
      ['Outputs (count of sites) 27'],
      ['Effects and impacts (see report|3) Total 100 points in all'],
    ]);
    expect(paragraphs(doc)).toEqual([]);
  });
});

describe('parsePdf reads a narrow-columned 三线表 by its header (xelatex longtable)', () => {
  // Courier 10 pt: 6 pt a glyph. The header's words wrap a few glyphs a line, each stack inside its column; the
  // body's figures overflow their narrow columns, two of them drawn as one text ("97.38% 1,968"); LaTeX cuts the
  // table at the page's foot with no rule under it and repeats the header on the next page.
  const head = (y: number): PdfText[] => [
    ...line(y, [72, 'Place'], [130, 'Hou'], [172, 'Sha'], [214, 'Tas']),
    ...line(y - 12, [130, 'ses'], [172, 're'], [214, 'k']),
  ];

  it('takes the columns from the stacked header and reads the pieces as one table', async () => {
    const doc = await parsePdf(
      makePdf([
        {
          texts: [
            ...line(730, [72, 'Table 3. Housing']),
            ...head(700),
            ...line(670, [72, 'North'], [130, '4,352'], [172, '97.38% 1,968']),
            ...line(656, [72, 'South'], [130, '1,732'], [172, '98.33% 654']),
          ],
          rules: [rule(712, 72, 260), rule(682, 72, 260)],
        },
        {
          texts: [
            ...head(700),
            ...line(670, [72, 'East'], [130, '922'], [172, '98.05% 578']),
            ...line(656, [72, 'Total'], [130, '7,006'], [172, '97.66% 3,200']),
          ],
          rules: [rule(712, 72, 260), rule(682, 72, 260), rule(648, 72, 260)],
        },
      ]),
      'longtable.pdf',
    );
    expect(tables(doc)).toHaveLength(1);
    // 1,968 starts 7 glyphs into its text (172 + 42 = 214): the Task column's, as the header says
    expect(grid(tables(doc)[0])).toEqual([
      ['Place', 'Hou|ses', 'Sha|re', 'Tas|k'],
      ['North', '4,352', '97.38%', '1,968'],
      ['South', '1,732', '98.33%', '654'],
      ['East', '922', '98.05%', '578'],
      ['Total', '7,006', '97.66%', '3,200'],
    ]);
    expect(paragraphs(doc)).toEqual(['Table 3. Housing']);
  });

  it('keeps a row’s wrapped words in it and a continued page’s first row under the label above', async () => {
    const scoreHead = (y: number): PdfText[] => [
      ...line(y, [72, 'Lev'], [110, 'Indicator'], [180, 'P'], [214, 'Criterion'], [300, 'G']),
      ...line(y - 12, [72, 'el'], [180, 't'], [300, 'o']),
      ...line(y - 24, [180, 's'], [300, 't']),
    ];
    const doc = await parsePdf(
      makePdf([
        {
          texts: [
            ...scoreHead(700),
            ...line(658, [72, 'In'], [110, 'Policy'], [180, '2.00'], [214, 'Full marks if'], [300, '2.00']),
            ...line(646, [72, 'put'], [110, 'basis'], [214, 'the basis is']),
            ...line(634, [214, 'sound']),
            ...line(622, [110, 'Targets'], [180, '3.00'], [214, 'Full marks'], [300, '2.50']),
          ],
          rules: [rule(712, 72, 330), rule(670, 72, 330)],
        },
        {
          texts: [
            ...scoreHead(700),
            ...line(658, [110, 'Funds'], [180, '4.00'], [214, 'Paid in time'], [300, '3.00']),
            ...line(646, [72, 'Sub'], [180, '9.00 --'], [300, '7.50']),
          ],
          rules: [rule(712, 72, 330), rule(670, 72, 330), rule(638, 72, 330)],
        },
      ]),
      'scores.pdf',
    );
    expect(tables(doc)).toHaveLength(1);
    expect(grid(tables(doc)[0])).toEqual([
      ['Lev|el', 'Indicator', 'P|t|s', 'Criterion', 'G|o|t'],
      ['In|put', 'Policy|basis', '2.00', 'Full marks if|the basis is|sound', '2.00'],
      ['', 'Targets', '3.00', 'Full marks', '2.50'],
      ['', 'Funds', '4.00', 'Paid in time', '3.00'],
      ['Sub', '', '9.00', '--', '7.50'],
    ]);
  });

  it('reads no table into prose under a title set between two rules', async () => {
    const doc = await parsePdf(
      makePdf([
        {
          texts: [
            ...line(700, [72, 'Part'], [200, 'Notes']),
            ...line(670, [96, 'The county spent the budget on the roads']),
            ...line(656, [72, 'and bridges it had planned for the year.']),
          ],
          rules: [rule(712, 72, 330), rule(682, 72, 330)],
        },
      ]),
      'ruled-title.pdf',
    );
    expect(tables(doc)).toEqual([]);
    expect(paragraphs(doc)).toEqual([
      'Part Notes',
      'The county spent the budget on the roads |and bridges it had planned for the year.',
    ]);
  });
});

describe('parsePdf reads a borderless table it cannot read by columns one line a row', () => {
  const lines = (t: RawTable): string[] => grid(t).map((r) => r.join('/'));

  it('when a label merged down rows stands in the middle of them', async () => {
    // Decision names Setup's row and Goals' row, but stands on Goals' line only
    const doc = await parsePdf(
      makePdf([
        {
          texts: [
            ...line(700, [76, 'Level'], [150, 'Item'], [250, 'Weight'], [320, 'Score']),
            ...line(686, [150, 'Setup'], [250, '10'], [320, '9']),
            ...line(672, [76, 'Decision'], [150, 'Goals'], [250, '10'], [320, '8']),
            ...line(658, [150, 'Funds'], [250, '20'], [320, '18']),
          ],
        },
      ]),
      'centred.pdf',
    );
    expect(tables(doc).map(lines)).toEqual([
      ['Level Item Weight Score', 'Setup 10 9', 'Decision Goals 10 8', 'Funds 20 18'],
    ]);
  });

  it('when a cell would hold two rows’ numbers', async () => {
    // County funds fills its column, so the next line (Total 18,500.00) looks like its wrapped text
    const doc = await parsePdf(
      makePdf([
        {
          texts: [
            ...line(700, [76, 'Source'], [160, 'Budget'], [230, 'Spent'], [300, 'Rate']),
            ...line(686, [76, 'Central'], [160, '120.00'], [230, '115.00'], [300, '95.8%']),
            ...line(672, [76, 'County funds'], [160, '1,540.00'], [230, '1,086.75'], [300, '70.6%']),
            ...line(658, [76, 'Total'], [160, '18,500.00']),
          ],
        },
      ]),
      'stacked-numbers.pdf',
    );
    expect(tables(doc).map(lines)).toEqual([
      [
        'Source Budget Spent Rate',
        'Central 120.00 115.00 95.8%',
        'County funds 1,540.00 1,086.75 70.6%',
        'Total 18,500.00',
      ],
    ]);
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
    // one page each, so that no kind of line stands next to another
    const doc = await parsePdf(
      makePdf([
        {
          texts: [
            ...line(740, [72, 'Contents']),
            // two TOC columns, dot leaders and page numbers (the first column's numbers set apart)
            ...line(720, [72, '1. Overview ........'], [200, '3'], [300, '4. Results ......... 9']),
            ...line(706, [72, '2. Funds ...........'], [200, '5'], [300, '5. Problems ....... 11']),
            ...line(692, [72, '3. Scores ..........'], [200, '7'], [300, '6. Advice ......... 12']),
          ],
        },
        {
          // the same without leaders: an entry and its page number, twice a line
          texts: [
            ...line(670, [72, 'Overview'], [200, '3'], [300, 'Results'], [420, '9']),
            ...line(656, [72, 'Funds'], [200, '5'], [300, 'Problems'], [420, '11']),
            ...line(642, [72, 'Scores'], [200, '7'], [300, 'Advice'], [420, '12']),
          ],
        },
        {
          // numbered headings with their page numbers, spaces in them as wide as a table's gaps
          texts: [
            ...line(630, [72, '(1)'], [110, 'Decision'], [180, '20'], [210, 'points'], [270, '7']),
            ...line(616, [72, '(2)'], [110, 'Process'], [180, '20'], [210, 'points'], [270, '8']),
            ...line(602, [72, '(3)'], [110, 'Outputs'], [180, '40'], [210, 'points'], [270, '9']),
          ],
        },
        {
          texts: [
            // indented paragraphs
            ...line(580, [96, 'The county spent the budget on the roads']),
            ...line(566, [72, 'and bridges it had planned for the year.']),
            ...line(552, [96, 'Every target was met by the end of it.']),
            // justified text
            ...justified(530, ['The', 'review', 'team', 'read', 'every', 'file', 'twice'], 9),
            ...justified(516, ['and', 'met', 'the', 'staff', 'of', 'the', 'bureau', 'in', 'May'], 8),
            ...justified(502, ['before', 'it', 'wrote', 'this', 'report', 'on', 'the', 'work'], 10),
            ...justified(488, ['with', 'the', 'marks', 'each', 'part', 'of', 'it', 'earned'], 11),
          ],
        },
      ]),
      'prose.pdf',
    );
    expect(tables(doc)).toEqual([]);
    expect(paragraphs(doc).join('\n')).toContain('1. Overview ........ 3 4. Results ......... 9');
  });
});
