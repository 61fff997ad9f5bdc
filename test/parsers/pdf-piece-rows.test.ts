// A table's piece on the next page: is its first row the rest of the row the page break cut
// (src/parsers/pdf-tables.ts splitsRow), or a row of its own?
import { describe, expect, it } from 'vitest';
import { completesCutRow, splitsRow, type TablePart } from '../../src/parsers/pdf-tables.js';
import type { TextLine } from '../../src/parsers/pdf-text.js';

const W = 60;
const H = 16;
/** One page's part: a cell a grid position, each text one line filling its cell (full to the right, at top and bottom). */
function part(page: number, rows: string[][]): TablePart {
  const cols = rows[0].length;
  const xs = Array.from({ length: cols + 1 }, (_, i) => 50 + i * W);
  const ys = Array.from({ length: rows.length + 1 }, (_, i) => 100 + i * H);
  const cells = rows.flatMap((row, r) => row.map((_, c) => ({ r0: r, r1: r + 1, c0: c, c1: c + 1 })));
  const cellLines = rows.flatMap((row, r) =>
    row.map((text, c): TextLine[] =>
      text
        ? [
            {
              text,
              left: xs[c] + 2,
              right: xs[c + 1] - 2,
              top: ys[r] + 2,
              bottom: ys[r + 1] - 2,
              baseline: ys[r + 1] - 4,
              size: 10,
              lead: 10,
            },
          ]
        : [],
    ),
  );
  return { page, xs, ys, cells, cellLines, top: ys[0], bottom: ys[ys.length - 1], left: xs[0], right: xs[cols] };
}

describe("a PDF piece's first row after a page break", () => {
  it('is a row of its own when only the spans started again are empty and its figures are all there', () => {
    const prev = part(18, [
      ['过程', '资产管理', '资产管理制度健全性', '2', '达到评价标准得满分', '1.80', '部分指标未完全达标'],
    ]);
    const next = part(19, [['', '', '固定资产利用率', '2', '达到评价标准得满分', '1.65', '部分指标未完全达标']]);
    expect(splitsRow(prev, next)).toBe(false);
  });
  it('is the rest of the cut row when it leaves a figure of the row above empty', () => {
    const prev = part(18, [
      ['过程', '资产管理', '资产管理制度健全性', '2', '达到评价标准得满', '1.80', '部分指标未完全'],
    ]);
    const rest = part(19, [['', '', '', '', '分，否则酌情扣分', '', '达标']]);
    expect(splitsRow(prev, rest)).toBe(true);
    // the long text in the last column alone: the empty leading cells lie under figures
    const last = part(19, [['', '', '', '', '', '', '达标']]);
    expect(splitsRow(prev, last)).toBe(true);
  });
  it('is a row of its own when its key cell holds a code, as the row above does ("A2-3" then "B")', () => {
    const prev = part(44, [['A2-3', '绩效目标明确性', '3.00', '是否明确细化量化', '2.80', '满意度目标未量化']]);
    const next = part(45, [['B', '过程', '25.00', '—', '21.64', '']]);
    expect(splitsRow(prev, next)).toBe(false);
    // an empty key cell below: the rest of the row
    expect(splitsRow(prev, part(45, [['', '', '', '量化', '', '']]))).toBe(true);
  });
  it('is a row of its own when it opens with a closing label ("2024年小计")', () => {
    const prev = part(57, [['54', '2024', '血液透析机', '3', '101.35', '304.05']]);
    expect(splitsRow(prev, part(58, [['2024年小计', '', '', '67', '', '6,247.65']]))).toBe(false);
    expect(splitsRow(prev, part(58, [['合 计', '', '', '195', '', '17,879.28']]))).toBe(false);
  });
});

// weasyprint cuts a tall row the other way: its short cells (序号, 编号, date, amounts) stay on the first page with
// the wrapping texts empty, and the next page opens with a row of only those texts.
describe("a PDF piece's first row that fills the empty cells of the cut row above", () => {
  const prev = part(33, [['3', 'QY-2022-003', '', '', '2022年3月1日', '247.14', '173.00', '70.00%']]);
  it('is the rest of the cut row when it fills only cells left empty above', () => {
    const rest = part(34, [['', '', '滨川市工地扬尘监控设备采购', '青原环保科技有限公司', '', '', '', '']]);
    expect(splitsRow(prev, rest)).toBe(false); // no cell's text flows over the break
    expect(completesCutRow(prev, rest)).toBe(true);
  });
  it('is a row of its own when it writes in a cell the row above fills', () => {
    const note = part(34, [['', '', '滨川市工地扬尘监控设备采购', '', '', '', '', '补充说明']]);
    expect(completesCutRow(prev, note)).toBe(false);
    const next = part(34, [
      [
        '4',
        'QY-2022-004',
        '松阳县道路湿扫作业服务',
        '青原环卫服务有限公司',
        '2022年3月28日',
        '112.69',
        '101.42',
        '90.00%',
      ],
    ]);
    expect(completesCutRow(prev, next)).toBe(false);
  });
  it('is a row of its own when the row above has no empty cell under it', () => {
    const full = part(33, [
      ['3', 'QY-2022-003', '滨川市设备采购', '青原公司', '2022年3月1日', '247.14', '173.00', '70.00%'],
    ]);
    expect(completesCutRow(full, part(34, [['', '', '设备安装', '', '', '', '', '']]))).toBe(false);
  });
});
