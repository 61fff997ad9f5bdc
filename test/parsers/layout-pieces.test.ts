// The pieces of a laid-out line and their character columns (layout-table.ts): a piece starts at the
// count of characters before it, as `[...line.slice(0, index)]` counts them (a character outside the BMP
// is one, a lone surrogate one), whichever way the reader counts them.
import { describe, expect, it } from 'vitest';
import { columnWidth, piecesOf } from '../../src/parsers/layout-table.js';

/** The columns as counted from the line's start for each piece, the way the reader first counted them. */
function reference(row: string, cjk: number, piece: RegExp) {
  return [...row.matchAll(piece)].map((m) => {
    const start = [...row.slice(0, m.index)].length;
    let w = 0;
    for (const c of m[0])
      w += /[\u2E80-\u2FFF\u3000-\u303F\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF“”‘’…—·]/u.test(
        c,
      )
        ? cjk
        : 1;
    return { text: m[0], start, end: start + Math.ceil(w) };
  });
}

const PIECE = /[^\s](?: ?[^\s])*/gu;
const WORD = /[^\s]+/gu;
const lines = [
  '  青原市财政局   2024 年   1,320.00   95.00%',
  '𠀀𠀁 项目  𡈽 资金（万元）   滨川市\t12',
  '\ud800 孤 \udc00  松阳县   “指标”—…·  3.5',
  '',
  '    ',
];

describe('piecesOf', () => {
  for (const line of lines)
    for (const cjk of [2, 1.75, 1.5, 1.25, 1])
      for (const piece of [PIECE, WORD])
        it(`${JSON.stringify(line)} at ${cjk} (${piece.source})`, () => {
          expect(piecesOf(line, cjk, piece)).toEqual(reference(line, cjk, piece));
        });

  it('counts a character outside the BMP as one column on a grid', () => {
    expect(columnWidth('𠀀松阳', 1)).toBe(3);
    expect(piecesOf('𠀀𠀁 滨川', 1, WORD)).toEqual([
      { text: '𠀀𠀁', start: 0, end: 2 },
      { text: '滨川', start: 3, end: 5 },
    ]);
  });
});
