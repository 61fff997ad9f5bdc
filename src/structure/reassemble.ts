// One logical table from the pieces a page break or a converter cut it into, for every format:
// fragments that repeat the header (or continue it on the next page) are joined, a row cut
// across the seam is merged back into the row above cell by cell, a merged label cut by the
// seam is carried over it, and a header row repeated anywhere inside a grid is dropped.
// Each cell keeps its own lines, so locations still point at the real page, line and cell.
import type { RawBlock, RawCell, RawLine, RawTable, ReadingIssue, TableFragment } from '../model/document.js';
import { isClosingRowLabel } from '../facts/lang/totals.js';
import { norm } from './normalize.js';
import { isContinuedCaption } from './continued-caption.js';

/** A cell of a dense grid under edit; `at[r][c]` points at the cell covering each position. */
interface GCell {
  lines: RawLine[];
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

interface Dense {
  rows: number;
  cols: number;
  at: GCell[][];
  fragments: TableFragment[];
  /** Its parser's signs of a grid unlike the table drawn (RawTable.readingIssues): a joined table keeps every piece's. */
  issues: ReadingIssue[];
}

export function reassembleTables(blocks: readonly RawBlock[]): RawBlock[] {
  const out: RawBlock[] = [];
  let open: { at: number; grid: Dense } | null = null;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind === 'table' && b.cells.length) {
      const next = dense(b);
      if (open && open.at === out.length - 1 && joinable(open.grid, next)) {
        fitWidths(open.grid, next);
        append(open.grid, next);
        out[open.at] = toRaw(open.grid);
        continue;
      }
      // a caption that only says the table goes on ("续表", "表3（续）") between two pieces
      if (
        open &&
        open.at === out.length - 2 &&
        isContinuationCaption(out[out.length - 1]) &&
        joinable(open.grid, next)
      ) {
        out.pop();
        fitWidths(open.grid, next);
        append(open.grid, next);
        out[open.at] = toRaw(open.grid);
        continue;
      }
      dropRepeatedHeaders(next);
      mergeCutRowsAtPageBreaks(next);
      out.push(toRaw(next));
      open = { at: out.length - 1, grid: next };
      continue;
    }
    out.push(b);
  }
  return out;
}

// ---------------------------------------------------------------- when two pieces are one table

/** "续表", "续表2", "表3（续）", "附件7（续）", "（续上表）": a caption that continues the table above. */
function isContinuationCaption(b: RawBlock | undefined): boolean {
  return b?.kind === 'paragraph' && isContinuedCaption(norm(b.lines.map((l) => l.text).join('')));
}

function joinable(a: Dense, b: Dense): boolean {
  // pieces of one form of different widths (the form's name row repeated), or a piece its parser could not read
  // as drawn (RawTable.readingIssues: a .docx merge misplaced, its columns shifted) that repeats the form's first
  // row: still the form's — the latter joined, the whole form is read 不可靠
  if (b.issues.length > 0 && (sameFirstRow(a, b) || sameFormName(a, b))) return true;
  if (a.cols !== b.cols) return pieceOfOneForm(a, b);
  if (repeatedHeaderRows(a, b) > 0) return true;
  // no header again: the next page goes on with rows of the same shape
  if (!isHeaderRow(a, 0) || isHeaderRow(b, 0)) return false;
  if (!onNextPage(a, b)) return false;
  return sameColumnKinds(a, b);
}

/** Both pieces start with the same row, whatever empty columns one of them has past its end. */
function sameFirstRow(a: Dense, b: Dense): boolean {
  const key = (d: Dense) => {
    const k = ownKey(d, 0);
    while (k.length && !k.at(-1)) k.pop();
    return k;
  };
  const ka = key(a);
  return ka.filter(Boolean).length >= 2 && ka.join('|') === key(b).join('|');
}

/**
 * Both pieces open with the same name row of a form ("部门名称 | X | 主管部门 | Y"), whatever columns each was read with:
 * AbiWord's misplaced merges leave a piece up to 16 columns wide with empty cells past the name row's end, and the
 * piece above, once it took such a piece, stands the name row's cells elsewhere.
 */
function sameFormName(a: Dense, b: Dense): boolean {
  const key = (d: Dense) => {
    const cells = [...new Set(d.at[0])].filter((c) => textOf(c));
    if (cells.length < 2 || cells.length > 4 || cells.some((c) => c.row !== 0 || c.rowSpan !== 1)) return null;
    const texts = cells.map(textOf);
    return /名称$/.test(texts[0]) && texts.every((t) => kindOf(t) === 'text') ? texts.join('|') : null;
  };
  const k = key(a);
  return k !== null && k === key(b);
}

/** How many top rows of `b` repeat the top rows of `a` (Word's "repeat header rows"): 0, 1 or 2. */
function repeatedHeaderRows(a: Dense, b: Dense): number {
  let n = 0;
  for (let r = 0; r < 2 && r < a.rows && r < b.rows; r++) {
    // a cell merged down from the row above is empty in this row, written again empty or merged again
    const ta = ownKey(a, r);
    if (ta.filter(Boolean).length < 2 || ta.join('|') !== ownKey(b, r).join('|')) break;
    if (r > 0 && !isHeaderRow(a, r) && !isSubHeaderRow(a, r)) break;
    n = r + 1;
  }
  // a header of two rows is repeated whole, or its first row was not a header at all; a form's name row
  // ("部门（单位）名称 | 沛县农业农村局", repeated on each page) is the whole of what a form's piece repeats
  return n === 1 && b.rows > 1 && headerHeight(a) === 2 && !isNameRow(a, 0) ? 0 : n;
}

/** "部门（单位）名称 | X", "项目名称 | X": a form's first row, a label naming what the form is about and that name across the rest. */
function isNameRow(d: Dense, r: number): boolean {
  const cells = [...new Set(d.at[r])];
  return (
    cells.length === 2 && /名称$/.test(textOf(cells[0])) && !NUMERIC.test(textOf(cells[1])) && cells[1].colSpan > 1
  );
}

/**
 * Two pieces of one form that a PDF reader found of different widths: its head (项目名称 … 主管部门 | 实施单位 … 项目资金 /
 * 年度资金总额, spans in every row, so fewer column edges) and its body (一级 … 偏差原因), or the body and its 总分 row.
 * Each piece repeats the form's name row ("项目名称 | X", "部门名称 | X | 主管部门 | Y"): the same name row is the same form,
 * whatever the widths. Only a narrower piece whose every other row opens with a label is fitted (its extra columns go into
 * that label, `fitWidths`): a column of figures cannot be widened without knowing where its edges were.
 */
function pieceOfOneForm(a: Dense, b: Dense): boolean {
  const name = formNameRow(a);
  if (!name || name !== formNameRow(b) || a.rows < 2 || b.rows < 2 || !onNextPage(a, b)) return false;
  const narrow = a.cols < b.cols ? a : b;
  for (let r = 1; r < narrow.rows; r++) {
    const first = narrow.at[r][0];
    if (first.row === r && kindOf(textOf(first)) !== 'text') return false;
  }
  return true;
}

/** The texts of a form's name row, when row 0 is one: a label ending in 名称 and a name beside it, no figure in the row. */
function formNameRow(d: Dense): string | null {
  const cells = [...new Set(d.at[0])];
  if (cells.length < 2 || cells.length > 4 || cells.some((c) => c.row !== 0 || c.rowSpan !== 1)) return null;
  const texts = cells.map(textOf);
  if (!/名称$/.test(texts[0]) || texts.some((t) => kindOf(t) !== 'text')) return null;
  return texts.join('|');
}

/**
 * Gives the narrower of two pieces of one form the wider's column count: the missing columns are put after its first
 * column (its label, "年度资金总额", "总分", spanning them), so its figures keep their right edge ("年初预算数 … 得分", "分值
 * | 得分 | 自评等级" are the form's last columns); in the name row after the label, so the label stays one column and
 * the row reads as the other piece's.
 */
function fitWidths(a: Dense, b: Dense): void {
  if (a.cols === b.cols) return;
  const narrow = a.cols < b.cols ? a : b;
  const k = Math.abs(a.cols - b.cols);
  const cols = narrow.cols + k;
  const seen = new Set<GCell>();
  for (const row of narrow.at)
    for (const cell of row) {
      if (seen.has(cell)) continue;
      seen.add(cell);
      const after = cell.row === 0 && cell.rowSpan === 1 ? 1 : 0;
      if (cell.col > after) cell.col += k;
      else if (cell.col + cell.colSpan - 1 >= after) cell.colSpan += k;
    }
  narrow.at = narrow.at.map((_, r) => {
    const row: GCell[] = new Array<GCell>(cols);
    for (const cell of seen)
      if (cell.row <= r && r < cell.row + cell.rowSpan)
        for (let c = cell.col; c < cell.col + cell.colSpan; c++) row[c] = cell;
    return row;
  });
  narrow.cols = cols;
}

/** Where the pages are known, `b` starts on the page after `a` ends (or on the same one). */
function onNextPage(a: Dense, b: Dense): boolean {
  const last = lastPage(a);
  const first = firstPage(b);
  if (last === null || first === null) return true;
  return first === last + 1;
}

const NUMERIC = /^[-+]?(?:\d[\d,]*(?:\.\d+)?|\.\d+)%?$/;
/** Words that name a column: "序号", "分值", "得分", "…指标", "…名称", "…(万元)". */
export const HEADER_WORD =
  /(?:序号|编号|指标|分值|权重|得分|评分|标准|名称|内容|项目|单位|金额|预算|资金|备注|说明|情况|完成|目标|数|率|值|年度|时间|类别|类型|依据|要点|方式|[(（](?:万?元|%|个|人|分)[)）])$/;

function isHeaderRow(d: Dense, r: number): boolean {
  const texts = rowKey(d, r).filter(Boolean);
  if (new Set(texts).size < 2) return false;
  if (texts.some((t) => NUMERIC.test(t) || t.length > 20)) return false;
  return texts.filter((t) => HEADER_WORD.test(t)).length * 2 >= new Set(texts).size;
}

/** Rows the header takes: the first row, and the second under a cell of the first spanning two columns. */
function headerHeight(d: Dense): number {
  if (!isHeaderRow(d, 0)) return 0;
  const spansAcross = d.at[0].some((c) => c.colSpan > 1 && c.row === 0);
  return spansAcross && d.rows > 1 && (isHeaderRow(d, 1) || isSubHeaderRow(d, 1)) ? 2 : 1;
}

/**
 * The second row of a header that names the parts of the first row's spanned groups ("2022年末" over "编制内 |
 * 编制外"; the row above words only, "序号 | 科室 | 2022年末 | …"): words each under a spanned cell of the row above,
 * and nothing else but the cells the row above merges down ("序号", "科室").
 */
function isSubHeaderRow(d: Dense, r: number): boolean {
  const top = rowKey(d, 0).filter(Boolean);
  if (r !== 1 || top.length < 2 || top.some((t) => NUMERIC.test(t) || t.length > 20)) return false;
  let words = 0;
  for (let c = 0; c < d.cols; c++) {
    const cell: GCell = d.at[r][c];
    if (cell.row !== r) continue;
    const t = textOf(cell);
    if (!t) continue;
    if (NUMERIC.test(t) || t.length > 20 || d.at[0][c].colSpan < 2) return false;
    words++;
  }
  return words >= 2;
}

type Kind = 'number' | 'text' | 'empty';
const kindOf = (t: string): Kind => (!t ? 'empty' : NUMERIC.test(t) ? 'number' : 'text');

/** Each column mostly numbers in one piece is mostly numbers in the other. */
function sameColumnKinds(a: Dense, b: Dense): boolean {
  const share = (d: Dense, c: number, from: number) => {
    let n = 0;
    let num = 0;
    for (let r = from; r < d.rows; r++) {
      const k = kindOf(textOf(d.at[r][c]));
      if (k === 'empty') continue;
      n++;
      if (k === 'number') num++;
    }
    return n ? num / n : null;
  };
  let compared = 0;
  for (let c = 0; c < a.cols; c++) {
    const x = share(a, c, headerHeight(a));
    const y = share(b, c, 0);
    if (x === null || y === null) continue;
    if (x >= 0.5 !== y >= 0.5) return false;
    compared++;
  }
  return compared >= 2;
}

// ---------------------------------------------------------------- joining

function append(a: Dense, b: Dense): void {
  // pieces of different widths (joinable's misread piece): both as wide as the wider
  widen(a, b.cols);
  widen(b, a.cols);
  const drop = repeatedHeaderRows(a, b);
  // a repeated header's cell that a parser merged down over an empty cell below ("部门（单位）名称" over a
  // continued 一级指标): the rows it reaches into keep their emptiness, not the header's text
  for (let r = 0; r < drop; r++) for (const cell of b.at[r]) if (cell.row + cell.rowSpan > drop) cell.lines = [];
  removeRows(b, 0, drop);
  dropRepeatedHeaders(b, a);
  // a piece its parser already joined over pages has its own page breaks inside, not only the seam
  mergeCutRowsAtPageBreaks(b);
  const seam = a.rows;
  for (const i of b.issues) if (!a.issues.some((x) => x.issue === i.issue && x.col === i.col)) a.issues.push(i);
  for (const f of b.fragments) a.fragments.push({ ...f, firstRow: f.firstRow + seam });
  const moved = new Set<GCell>();
  for (const row of b.at) {
    for (const cell of row) if (!moved.has(cell)) moved.add(cell), (cell.row += seam);
    a.at.push(row);
  }
  a.rows += b.rows;
  if (seam > 0 && seam < a.rows) {
    if (!mergeCutRow(a, seam)) carryLabels(a, seam);
  }
}

/**
 * The first row after a seam is the rest of the row above when every text it holds continues a cell
 * above, it leaves empty a figure the row above gives (the figures stayed on the first page), and a
 * cell above is visibly cut: a bracket left open ("按《县级项目资金管" / "理办法》验收"), text below that
 * cannot start a cell, a sentence cut in a column of sentences, or a label without the code every other
 * label of its column opens with ("C102产出质量达" / "标率").
 */
function mergeCutRow(d: Dense, s: number): boolean {
  const p = s - 1;
  if (wholeRow(d, s) && !wholeRow(d, p)) return mergeLinesIntoOpenCell(d, s);
  const own = (c: number) => d.at[s][c].row === s && d.at[s][c].col === c;
  const filled: number[] = [];
  let incomplete = false;
  let cut = false;
  for (let c = 0; c < d.cols; c++) {
    if (!own(c)) continue;
    const below = textOf(d.at[s][c]);
    const above = d.at[p][c];
    const aboveText = textOf(above);
    if (!below) {
      if (NUMERIC.test(aboveText) && above.row + above.rowSpan - 1 === p) incomplete = true;
      continue;
    }
    if (!aboveText || above === d.at[s][c] || d.at[s][c].rowSpan > 1) return false;
    filled.push(c);
    if (isCut(d, c, p, aboveText, below)) cut = true;
  }
  if (filled.length === 0) {
    removeRows(d, s, 1); // an empty row left at the seam
    return true;
  }
  // two rows of a piece read one line a row (a cell across the whole grid each) have no figures to leave empty
  const first = textOf(d.at[s][filled[0]]);
  if (!(incomplete || (wholeRow(d, p) && wholeRow(d, s))) || !cut || opensRow(first) || isClosingRowLabel(first))
    return false;
  for (const c of filled) {
    const above = d.at[p][c];
    const below = d.at[s][c];
    if (c > 0 && d.at[s][c - 1] === below) continue;
    above.lines.push(...below.lines);
    below.lines = [];
  }
  removeRows(d, s, 1);
  return true;
}

/**
 * Lines read one a row after the seam (cells across the grid) that go on the one cell of the row above that left a
 * bracket open ("《山西省财政厅关于下达2024年" / "号省级非物质文化遗产保护传承专项" / "资金（第二批）预算的通知》"): they
 * join that cell until the bracket closes.
 */
function mergeLinesIntoOpenCell(d: Dense, s: number): boolean {
  const p = s - 1;
  const open = (t: string) => (t.match(OPENERS)?.length ?? 0) > (t.match(CLOSERS)?.length ?? 0);
  const cells = [...new Set(d.at[p])].filter((c) => c.row + c.rowSpan - 1 === p && open(textOf(c)));
  if (cells.length !== 1 || opensRow(textOf(d.at[s][0])) || isClosingRowLabel(textOf(d.at[s][0]))) return false;
  const cell = cells[0];
  while (s < d.rows && wholeRow(d, s) && open(textOf(cell)) && !opensRow(textOf(d.at[s][0]))) {
    cell.lines.push(...d.at[s][0].lines);
    removeRows(d, s, 1);
  }
  return true;
}

const OPENERS = /[《（(“‘【[]/g;
const CLOSERS = /[》）)”’】\]]/g;
const ENDS_SENTENCE = /[。；！？.;!?]$/;
const STARTS_CONTINUATION = /^[、，。；：）》”」』,.;:)]/;

function isCut(d: Dense, c: number, p: number, above: string, below: string): boolean {
  const open = (above.match(OPENERS)?.length ?? 0) - (above.match(CLOSERS)?.length ?? 0);
  if (open > 0 || STARTS_CONTINUATION.test(below)) return true;
  const others = columnTexts(d, c, p);
  if (others.length < 2) return false;
  const most = (test: (t: string) => boolean) => others.filter(test).length * 3 >= others.length * 2;
  if (!ENDS_SENTENCE.test(above) && most((t) => ENDS_SENTENCE.test(t))) return true;
  return opensRow(above) && !opensRow(below) && most(opensRow);
}

/** The texts of a column's data rows up to row `p`, header rows left out. */
function columnTexts(d: Dense, c: number, p: number): string[] {
  const out: string[] = [];
  for (let r = headerHeight(d); r <= p; r++) {
    const cell = d.at[r][c];
    if (cell.row === r && textOf(cell)) out.push(textOf(cell));
  }
  return out;
}

/**
 * A cell that opens a row of its own: a code ("A102", "C1"), a numbering ("3.", "（二）") or a number. A dot
 * before a digit is a decimal's ("2.5m）", the rest of "旋耕机（2.0—" cut by the page), no numbering.
 */
function opensRow(t: string): boolean {
  return (
    /^(?:[A-Z]\d{0,4}(?![A-Za-z])|\d+(?:、|[.．](?!\d))|[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、)/.test(
      t,
    ) || NUMERIC.test(t)
  );
}

/** A table its parser already joined over pages (a PDF): a row the page break cut is merged back all the same. */
function mergeCutRowsAtPageBreaks(d: Dense): void {
  const pageOf = (r: number): number | null => {
    for (const c of d.at[r])
      if (c.row === r) for (const l of c.lines) if (l.text.trim() && l.page !== null) return l.page;
    return null;
  };
  for (let r = d.rows - 1; r > 0; r--) {
    const here = pageOf(r);
    const above = pageOf(r - 1);
    if (here !== null && above !== null && here > above) mergeCutRow(d, r);
  }
}

/**
 * A label merged down a column (一级指标 "产出指标" over several rows) that the seam cut: the next
 * piece leaves its leading cells empty. The label above is carried over them.
 */
function carryLabels(d: Dense, s: number): void {
  for (let c = 0; c < d.cols; c++) {
    const above = d.at[s - 1][c];
    if (!textOf(above) || textOf(d.at[s][c]) || d.at[s][c].colSpan > 1) return;
    if (!rowHasTextRightOf(d, s, c)) return;
    let r = s;
    while (
      r < d.rows &&
      d.at[r][c].row === r &&
      !textOf(d.at[r][c]) &&
      d.at[r][c].rowSpan === 1 &&
      d.at[r][c].colSpan === 1 &&
      rowHasTextRightOf(d, r, c)
    ) {
      above.rowSpan = r - above.row + 1;
      d.at[r][c] = above;
      r++;
    }
  }
}

function rowHasTextRightOf(d: Dense, r: number, c: number): boolean {
  for (let k = c + 1; k < d.cols; k++) if (d.at[r][k].row === r && textOf(d.at[r][k])) return true;
  return false;
}

/**
 * A header row (one or two rows) written again inside the grid: no data; so is a row of one cell across the grid
 * that runs the header's texts together ("序号文件名称文号发布日期": a piece read one line a row). `of` gives the
 * header when `d` has none of its own.
 */
function dropRepeatedHeaders(d: Dense, of: Dense = d): void {
  dropHeadersRunTogether(d, of);
  const h = headerHeight(of);
  if (h === 0) return;
  const head = Array.from({ length: h }, (_, r) => rowKey(of, r).join('|'));
  for (let r = of === d ? h : 0; r + h <= d.rows; ) {
    let same = true;
    for (let k = 0; k < h && same; k++) same = rowKey(d, r + k).join('|') === head[k];
    if (same) removeRows(d, r, h);
    else r++;
  }
}

/** Rows of one cell across the grid that run the header's texts together (a caption's lines may stand above the header). */
function dropHeadersRunTogether(d: Dense, of: Dense): void {
  if (d.cols < 2) return;
  const h = [0, 1, 2].find((r) => r < of.rows && isHeaderRow(of, r));
  if (h === undefined) return;
  const head = distinctTexts(of, h).join('');
  for (let r = of === d ? h + 1 : 0; r < d.rows; ) {
    if (wholeRow(d, r) && textOf(d.at[r][0]) === head) removeRows(d, r, 1);
    else r++;
  }
}

/** The row is one cell across the whole grid. */
function wholeRow(d: Dense, r: number): boolean {
  const c = d.at[r][0];
  return c.row === r && c.rowSpan === 1 && d.at[r].every((x) => x === c);
}

/** The texts of a row's cells, each once, left to right. */
function distinctTexts(d: Dense, r: number): string[] {
  return [...new Set(d.at[r])].map(textOf);
}

// ---------------------------------------------------------------- the dense grid

const textOf = (c: GCell): string => norm(c.lines.map((l) => l.text).join('')).replace(/\s/g, '');

function rowKey(d: Dense, r: number): string[] {
  return d.at[r].map(textOf);
}

/** The texts of a row's cells, a cell merged down from a row above read as empty. */
/** Empty cells on the right of every row up to `cols` columns. */
function widen(d: Dense, cols: number): void {
  if (d.cols >= cols) return;
  for (let r = 0; r < d.rows; r++)
    for (let c = d.cols; c < cols; c++) d.at[r].push({ lines: [], row: r, col: c, rowSpan: 1, colSpan: 1 });
  d.cols = cols;
}

function ownKey(d: Dense, r: number): string[] {
  return d.at[r].map((c) => (c.row === r ? textOf(c) : ''));
}

function dense(t: RawTable): Dense {
  let rows = 0;
  let cols = 0;
  for (const c of t.cells) {
    rows = Math.max(rows, c.row + Math.max(1, c.rowSpan));
    cols = Math.max(cols, c.col + Math.max(1, c.colSpan));
  }
  const at: (GCell | undefined)[][] = Array.from({ length: rows }, () => new Array<GCell | undefined>(cols));
  const sorted = [...t.cells].sort((a, b) => a.row - b.row || a.col - b.col);
  for (const rc of sorted) {
    const cell: GCell = {
      lines: [...rc.lines],
      row: rc.row,
      col: rc.col,
      rowSpan: Math.max(1, rc.rowSpan),
      colSpan: Math.max(1, rc.colSpan),
    };
    for (let r = rc.row; r < rc.row + cell.rowSpan; r++)
      for (let c = rc.col; c < rc.col + cell.colSpan; c++) at[r][c] ??= cell;
  }
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) at[r][c] ??= { lines: [], row: r, col: c, rowSpan: 1, colSpan: 1 };
  const grid = at as GCell[][];
  const fragments = t.fragments?.map((f) => ({ ...f })) ?? [{ firstRow: 0, ...firstPos(grid) }];
  return { rows, cols, at: grid, fragments, issues: [...(t.readingIssues ?? [])] };
}

function firstPos(at: GCell[][]): { page: number | null; line: number | null } {
  for (const row of at)
    for (const c of row) for (const l of c.lines) if (l.text.trim()) return { page: l.page, line: l.line };
  return { page: null, line: null };
}

function pagesOf(d: Dense): number[] {
  const pages: number[] = [];
  for (const row of d.at)
    for (const c of row) for (const l of c.lines) if (l.page !== null && l.text.trim()) pages.push(l.page);
  return pages;
}
const lastPage = (d: Dense) => (pagesOf(d).length ? Math.max(...pagesOf(d)) : null);
const firstPage = (d: Dense) => (pagesOf(d).length ? Math.min(...pagesOf(d)) : null);

/** Removes rows [from, from+n): cells that start there and reach below move down, cells from above shrink. */
function removeRows(d: Dense, from: number, n: number): void {
  if (n <= 0) return;
  const end = from + n;
  const seen = new Set<GCell>();
  for (let r = 0; r < d.rows; r++)
    for (const cell of d.at[r]) {
      if (seen.has(cell)) continue;
      seen.add(cell);
      const top = cell.row;
      const bottom = cell.row + cell.rowSpan; // exclusive
      const cutAbove = Math.max(0, Math.min(bottom, end) - Math.max(top, from));
      if (top >= end) cell.row -= n;
      else if (top >= from) cell.row = from; // starts in the removed rows: what remains starts where they were
      cell.rowSpan -= cutAbove;
    }
  d.at.splice(from, n);
  d.rows -= n;
  for (const f of d.fragments)
    if (f.firstRow >= end) f.firstRow -= n;
    else if (f.firstRow > from) f.firstRow = from;
}

function toRaw(d: Dense): RawTable {
  const cells: RawCell[] = [];
  const seen = new Set<GCell>();
  for (const row of d.at)
    for (const c of row) {
      if (seen.has(c) || c.rowSpan <= 0) continue;
      seen.add(c);
      cells.push({
        row: c.row,
        col: c.col,
        rowSpan: c.rowSpan,
        colSpan: c.colSpan,
        lines: c.lines.length ? [...c.lines] : [{ text: '', page: null, line: null }],
      });
    }
  const fragments = d.fragments.filter(
    (f, i, all) => f.firstRow < d.rows && (i === 0 || f.firstRow > all[i - 1].firstRow),
  );
  return {
    kind: 'table',
    cells,
    ...(fragments.length > 1 ? { fragments } : {}),
    ...(d.issues.length ? { readingIssues: [...d.issues] } : {}),
  };
}
