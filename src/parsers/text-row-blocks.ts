// Tables written a row a block: MuPDF's text (`mutool draw -F txt`) gives a table's row as a block of
// lines, a cell a line, blank lines between the rows ("年度" / "专项债券资金" / "县级配套资金" / "合计",
// then "2022 年度" / "8,000.00" / "800.00" / "8,800.00", …). The blocks say where a row ends, but
// not that the lines are cells: a row is proven as LibreOffice's cell-a-line rows are (cellRowTables,
// text-cell-rows.ts: a header of column words, column kinds agreeing row after row, a 序号 counting on),
// with every block as long as the header. A block of another length (a cell wrapped inside its cell:
// "云南金沙" / "江建筑工", "1,013,500." / "00"; a page cut) ends the run; where nothing is proven the
// lines stay as they were.
import { MONEY_TOTAL_LABEL } from '../facts/lang/totals.js';
import { HEADER_WORD } from '../structure/reassemble.js';
import { type CellRowsTable, cellRowTables } from './text-cell-rows.js';
import { columnsTable, isTitle, tableCellRuns } from './text-cells.js';

/** A unit line between the title and the header: "单位：万元", "（单位：元）". */
const UNIT_LINE = /^[（(]?单\s*位\s*[:：]/;
const MIN_COLS = 3;
const MAX_COLS = 16;

/** The runs of lines between blank lines from `from`, while each holds no tab. */
function blocksFrom(text: string[], lines: string[], from: number): number[][] {
  const out: number[][] = [];
  let cur: number[] = [];
  for (let k = from; k < text.length; k++) {
    if (lines[k].includes('\t')) break;
    if (text[k]) cur.push(k);
    else if (cur.length) {
      out.push(cur);
      cur = [];
    }
  }
  if (cur.length) out.push(cur);
  return out;
}

/** Every table written a row a block after a title in `lines` (the text's lines); `taken` lines are not read. */
export function rowBlockTables(lines: string[], taken: Set<number>): CellRowsTable[] {
  const text = lines.map((l) => l.trim());
  const out: CellRowsTable[] = [];
  // blocks that are a table's columns (raw pdftotext's, columnsTable) look the same as rows: a label
  // block, then blocks of a label and figures. Which way the table stood the text does not say; those
  // stay columns, as they were read before
  const columns = new Set(
    tableCellRuns(lines)
      .filter((run) => columnsTable(lines, run))
      .map((run) => run[0]),
  );
  for (let i = 0; i < text.length; i++) {
    if (taken.has(i) || lines[i].includes('\t') || !isTitle(text[i])) continue;
    let from = i + 1;
    while (from < text.length && !text[from]) from++;
    if (from < text.length && UNIT_LINE.test(text[from])) from++;
    // the header block and the blocks of as many lines after it; the first other length ends them
    const blocks: number[][] = [];
    for (const b of blocksFrom(text, lines, from)) {
      if (blocks.length && b.length !== blocks[0].length) break;
      blocks.push(b);
    }
    if (!blocks.length || columns.has(blocks[0][0])) continue;
    const k = blocks[0].length;
    if (k < MIN_COLS || k > MAX_COLS || blocks.length < 3 || blocks.flat().some((x) => taken.has(x))) continue;
    // a table's columns read as rows would have the row labels for a header ("职业技能培训补贴", "社会保险补贴"):
    // the header block is a header only where every cell names a column ("年度", "专项债券资金", "合计")
    if (!blocks[0].every((x) => HEADER_WORD.test(text[x].replace(/\s/g, '')) || MONEY_TOTAL_LABEL.test(text[x])))
      continue;
    // the rows laid one under the other, as LibreOffice writes them: the stride is proven there
    const at = [i, ...blocks.flat()];
    const found = cellRowTables(at.map((x) => text[x]))[0];
    if (found?.start !== 1) continue;
    // the table must end with a block, and its header be the first block (k cells of one row)
    const endLine = at[found.end];
    if (!blocks.some((b) => b[b.length - 1] === endLine)) continue;
    const head = found.table.cells.filter((c) => c.row === 0);
    if (head.length !== k) continue;
    const table = {
      kind: 'table' as const,
      cells: found.table.cells.map((c) => ({
        ...c,
        lines: c.lines.map((l) => ({ ...l, line: at[(l.line ?? 1) - 1] + 1 })),
      })),
    };
    out.push({ table, start: blocks[0][0], end: endLine });
    i = endLine;
  }
  return out;
}
