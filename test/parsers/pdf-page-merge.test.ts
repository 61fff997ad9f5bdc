// A merged cell that runs on over a page break: the corrected seed's PDF breaks
// the attachment inside 项目产出's five rows (pages 10–11), drawn as two cells.
import { describe, expect, it } from 'vitest';
import { fixture, readFixture } from '../helpers.js';

describe('merged cells across a page break (PDF)', () => {
  it('keeps 项目产出 and its 分值 spanning all five rows', async () => {
    const doc = await readFixture(fixture('corrected', 'seed-corrected.pdf'));
    const t = doc.tables.find((x) => x.cells.some((c) => c.text === '一级指标'))!;
    const out = t.cells.find((c) => c.text === '项目产出' && c.col === 0)!;
    expect(out.rowSpan).toBe(5);
    const pages = new Set(
      Array.from({ length: out.rowSpan }, (_, i) => t.cells[t.grid[out.row + i][4]].lines[0]?.page),
    );
    expect(pages.size).toBe(2); // the five rows really stand on two pages
    const score = t.cells[t.grid[out.row][1]];
    expect(score.text).toBe('40');
    expect(score.rowSpan).toBe(5);
  });
});
