// A 自评表 form written a cell a line (LibreOffice's "save as text"): its rows change their width —
// "项目名称 | name", "主管部门 | X | 实施单位 | Y", the funds rows under "项目资金（万元）", the 年度总体目标
// rows, the indicator rows under "一级指标 | … | 得分 | 偏差原因分析及改进措施", the 总分 row — so no one
// stride explains it. It is read as a run of pieces, each proven on its own: a label and its value
// ("项目名称" / "主管部门" / "实施单位": a cell that names a field, then its text), or a section whose
// header is column words only and whose rows keep its stride (text-cell-rows.ts), a "附件1（续）" with the
// form's first row again continuing the section it cut. A form split into pieces (blank lines, then the head
// row again) is read with those cuts taken out. Only a form whose every line up to the next title, the text's
// end or a blank line after it is explained so is rebuilt, on the widest section's columns; a narrower piece's
// cells share them out (the label column first). Otherwise its lines stay as they were.
import type { RawCell } from '../model/document.js';
import { SCORE_VERDICT_ROW } from '../facts/lang/totals.js';
import { isContinuedCaption } from '../structure/continued-caption.js';
import { type CellRowsTable, readSection, type Section } from './text-cell-rows.js';
import { isTitle } from './text-cells.js';

/** A cell that names the field its right neighbour holds: "项目名称", "主管部门", "实施单位", "部门（单位）名称". */
const FIELD_LABEL = /(?:名称|部门|单位)$/;

interface Piece {
  /** The piece's own column count. */
  k: number;
  cells: RawCell[];
  rows: number;
  /** The piece's first row of figures (after its header); a label and its value has none. */
  bodyFrom: number;
  /** The section it is or continues, null for a label and its value. */
  section: Section | null;
}

/** The 自评表 forms written a cell a line after a title, each explained line by line; `taken` lines are not read. */
export function cellRowForms(lines: string[], taken: Set<number>): CellRowsTable[] {
  const text = lines.map((l) => l.trim());
  const out: CellRowsTable[] = [];
  for (let i = 0; i < text.length; i++) {
    if (taken.has(i) || lines[i].includes('\t') || !isTitle(text[i]) || isContinuedCaption(text[i])) continue;
    const form = readForm(text, i + 1, taken);
    if (form) {
      out.push(form);
      i = form.end;
    }
  }
  return out;
}

/** The label-and-value pairs a form opens with, its head row ("部门名称 | X | 主管部门 | Y"). */
function headPairs(text: string[], start: number): Array<[string, string]> {
  const head: Array<[string, string]> = [];
  for (let p = start; isPairAt(text, p); p += 2) head.push([text[p], text[p + 1]]);
  return head;
}

/** A cell that names a field and its value to the right: "项目名称 | X", the verdict "自评等级 | 优". */
function isPairAt(text: string[], p: number): boolean {
  const t = text[p] ?? '';
  const value = text[p + 1];
  const label = FIELD_LABEL.test(t) || SCORE_VERDICT_ROW.test(t.replace(/\s/g, ''));
  return label && t.length <= 12 && !!value && !isTitle(value) && !isContinuedCaption(value);
}

/**
 * The form's lines with its page cuts taken out: LibreOffice writes a table split into pieces as blank lines,
 * then each piece under the form's head row again (and a section's rows go on without their header), so blank
 * lines followed by the whole head row are no cells. Up to the next title; each line's index in `text` kept.
 */
function withoutCuts(text: string[], start: number): number[] {
  const head = headPairs(text, start);
  const keep: number[] = [];
  for (let p = start; p < text.length && !(isTitle(text[p]) && !isContinuedCaption(text[p])); ) {
    if (!text[p] && head.length > 0) {
      let q = p;
      while (q < text.length && !text[q]) q++;
      if (head.every(([l, v], n) => text[q + 2 * n] === l && text[q + 2 * n + 1] === v)) {
        p = q + 2 * head.length;
        continue;
      }
    }
    keep.push(p++);
  }
  return keep;
}

function readForm(all: string[], from: number, taken: Set<number>): CellRowsTable | null {
  const keep = withoutCuts(all, from);
  const text = keep.map((k) => all[k]);
  const start = 0;
  const pieces: Piece[] = [];
  let pos = start;
  let firstPair: [string, string] | null = null;
  const ended = (p: number) => p >= text.length || (isTitle(text[p]) && !isContinuedCaption(text[p]));
  while (!ended(pos)) {
    const t = text[pos];
    // blank lines no section reads: the form has ended, text follows
    if (!t && pieces.length > 0) break;
    // "附件1（续）" and the form's first row again: the page cut the section above, its rows go on
    if (isContinuedCaption(t) && firstPair && text[pos + 1] === firstPair[0] && text[pos + 2] === firstPair[1]) {
      const last = pieces[pieces.length - 1];
      const more = last?.section ? readSection(text, pos + 3, last.section) : null;
      if (!more) return null;
      pieces.push({ ...more, section: last.section });
      pos = more.end + 1;
      continue;
    }
    const section = readSection(text, pos, null);
    if (section) {
      pieces.push(section);
      pos = section.end + 1;
      continue;
    }
    const value = text[pos + 1];
    if (isPairAt(text, pos)) {
      firstPair ??= [t, value];
      const line = (k: number, s: string): RawCell['lines'] => [{ text: s, page: null, line: k + 1 }];
      pieces.push({
        k: 2,
        cells: [
          { row: 0, col: 0, rowSpan: 1, colSpan: 1, lines: line(pos, t) },
          { row: 0, col: 1, rowSpan: 1, colSpan: 1, lines: line(pos + 1, value) },
        ],
        rows: 1,
        bodyFrom: 1,
        section: null,
      });
      pos += 2;
      continue;
    }
    return null;
  }
  for (let k = keep[0]; k <= keep[pos - 1]; k++) if (taken.has(k)) return null;
  const K = Math.max(...pieces.map((p) => p.k));
  // the form's columns are proven by a section of that width with rows of figures
  if (!pieces.some((p) => p.section && p.k === K && p.rows >= 3) || K < 3) return null;
  const cells: RawCell[] = [];
  let row = 0;
  for (const p of pieces) {
    // a narrower piece: its first column on the form's first, the others share the rest out
    const bound = (c: number) => (c === 0 ? 0 : 1 + Math.round(((c - 1) * (K - 1)) / (p.k - 1)));
    let placed = p.cells.map((c) => {
      const col = bound(c.col);
      return { ...c, row: row + c.row, col, colSpan: bound(c.col + c.colSpan) - col };
    });
    const written = (c: RawCell) => c.lines.some((l) => l.text.trim());
    // a section's row leaves empty, left of its first written cell, what a cell above merged down covers
    // ("产出指标" over its indicators, "项目资金（万元）" over the funds rows), on across a page cut too
    for (let r = p.bodyFrom; r < p.rows; r++) {
      const own = placed.filter((c) => c.row === row + r);
      const first = Math.min(...own.filter(written).map((c) => c.col));
      for (const c of cells.concat(placed)) {
        if (c.col >= first || c.colSpan !== 1 || c.row >= row + r || c.row + c.rowSpan !== row + r || !written(c))
          continue;
        c.rowSpan++;
        placed = placed.filter((x) => !(x.row === row + r && x.col === c.col && !written(x)));
      }
    }
    cells.push(...placed);
    row += p.rows;
  }
  // each cell's line in the text, the cuts' lines counted again
  const lines = (c: RawCell): RawCell['lines'] => c.lines.map((l) => ({ ...l, line: keep[(l.line ?? 1) - 1] + 1 }));
  return {
    table: { kind: 'table', cells: cells.map((c) => ({ ...c, lines: lines(c) })) },
    start: from,
    end: keep[pos - 1],
  };
}
