// Tables in text laid out by page (`pdftotext -layout`): the tool writes each word at
// the character column of its x on the page, so a table's cells stand in columns of
// characters with blank columns between them ("rivers"), and a cell of several lines
// is spread over several text lines of which only some hold the row's other cells.
// This module finds such tables on a page's lines, before anything reads the page as
// prose, and gives them as RawTables with the file's line numbers.
import type { RawCell, RawLine, RawTable } from '../model/document.js';
import { isCjk } from '../structure/normalize.js';

/** A piece of a line: words one space apart (two spaces or more part cells). */
const PIECE = /[^\s](?: ?[^\s])*/gu;
/** A page number at the foot ("—5—", "- 5 -", "第 5 页"): never part of a table. */
const PAGE_NUMBER = /^(?:[-—–]\s*\d{1,4}\s*[-—–]|第\s*\d{1,4}\s*页(?:\s*共\s*\d+\s*页)?|\d{1,4})$/u;
/** A table's caption ("表 2 …", "续表 3"): the next table's, never a line of this one. */
const CAPTION = /^(?:续表|附表|表)\s*[\d一二三四五六七八九十]/u;
/** A heading's numbering or an attachment's label: a line above a table that is not its header's. */
const HEADING_START = /^(?:附件|附表|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．])/u;
/** Blank or one-piece lines a table may hold between two lines of cells (a tall cell's wrapped lines). */
const MAX_INNER_GAP = 6;
/** A cell that is one figure: an amount, a rate, a count or measure with its unit ("5,218 户", "≤260 元/平方米"), a year. */
const FIGURE =
  /^[-+≥≤<>]?\d[\d,]*(?:\.\d+)?\s?(?:%|‰|分|万?元(?:\/平方米)?|个|人次?|次|项|年|户|处|名|台|套|盏|场|把|所|公里|平方米|米|万?亩)?$/u;
/** A table's header is at most this many lines (a caption far above is not). */
const MAX_HEADER_LINES = 5;
/**
 * A line whose one piece starts this far right is a cell's line (a long 评价意见 wrapped over a dozen
 * lines beside one row), not a paragraph's, whose lines start at the margin or a first-line indent.
 */
const CELL_INDENT = 8;
/** A gap of fewer columns than this between two pieces is a space inside a cell, not a river. */
const MIN_RIVER = 2;
/** A word of a line set on a grid of characters: one space parts two cells there. */
const WORD = /[^\s]+/gu;

/**
 * How a text sets its tables. pdftotext -layout writes a word at the column of its x on the page: a
 * Chinese character about two columns wide (less where the table's font is smaller), cells two spaces
 * apart or more. lynx -dump lays a table out on a grid of characters, each one column wide (a Chinese
 * character too), a column as wide as its widest cell and one space after it: "自治区财政补助资金 4,128.38",
 * "100.00% 55.74%".
 */
interface Setting {
  widths: readonly number[];
  piece: RegExp;
  minRiver: number;
}

/** A piece of a line and the character columns it takes on the page, [start, end). */
export interface Piece {
  text: string;
  start: number;
  end: number;
}

/** One page of the file: its lines and the file line number of the first. */
export interface PageText {
  rows: readonly string[];
  firstLine: number;
}

/** A table found on a page: where it starts (page index, row on the page) and what it holds. */
export interface LaidOutTable {
  page: number;
  row: number;
  table: RawTable;
}

export interface LaidOutTables {
  tables: LaidOutTable[];
  /** Per page, the rows the tables took: they are not prose. */
  taken: Array<Set<number>>;
}

/**
 * How wide a Chinese character is, in character columns, tried in turn: two when the tool's column is
 * half the body font, less when a table is set in a smaller font than the text the tool measured.
 */
const CJK_WIDTHS = [2, 1.75, 1.5, 1.25, 1];
const PAGE_SETTING: Setting = { widths: CJK_WIDTHS, piece: PIECE, minRiver: MIN_RIVER };
const GRID_SETTING: Setting = { widths: [1], piece: WORD, minRiver: 1 };

/** Columns a piece takes on the page: `cjk` for a Chinese character or full-width mark, one for others. */
export function columnWidth(s: string, cjk = 2): number {
  // on a grid every character is one column: the count of characters, without testing each
  if (cjk === 1) return codePoints(s, 0, s.length);
  let w = 0;
  // (the full-width marks, dashes and quotes are all within isCjk's ranges)
  for (const c of s) w += isCjk(c) ? cjk : 1;
  return Math.ceil(w);
}

/** The pieces of a line: a piece starts at the character column the tool put it at and is as wide as its characters. */
export function piecesOf(row: string, cjk = 2, piece = PIECE): Piece[] {
  const out: Piece[] = [];
  // a piece's column counts the characters before it (one for a character outside the BMP), counted on
  // from the piece before: a long line's pieces are not each counted from the line's start
  let start = 0;
  let from = 0;
  for (const m of row.matchAll(piece)) {
    start += codePoints(row, from, m.index);
    from = m.index;
    out.push({ text: m[0], start, end: start + columnWidth(m[0], cjk) });
  }
  return out;
}

/** The characters of s[from, to) as `[...s.slice(from, to)].length` counts them: a surrogate pair is one, a lone surrogate one. */
function codePoints(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++, n++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  return n;
}

/** A region of lines read as one table part: its rows on the page and the lines' pieces. */
interface Region {
  first: number;
  last: number;
  lines: Array<{ row: number; pieces: Piece[] }>;
}

/** A table part read from a region: its columns and rows of cells (lines per cell). */
interface Part {
  cols: number;
  /** grid[r][c] = the cell's lines */
  grid: RawLine[][][];
  /** The first row's text, squeezed: a table continued on the next page repeats it. */
  head: string;
  /** Its first line holds figures: no header names its columns. */
  headless: boolean;
  /** Per column, lines under the repeated header that end the last row of the page before (a row cut by the page break). */
  carry?: RawLine[][];
}

/** Every table on the pages; a table continued after a form feed under its repeated header is one table. */
export function findLaidOutTables(pages: readonly PageText[], setting = PAGE_SETTING): LaidOutTables {
  const taken = pages.map(() => new Set<number>());
  const tables: LaidOutTable[] = [];
  let open: { part: Part; table: RawTable; rows: number } | null = null;
  pages.forEach((page, p) => {
    const regions = findRegions(page.rows, setting);
    regions.forEach((region, k) => {
      const startsPage = k === 0 && page.rows.slice(0, region.first).every((l) => isFurniture(l));
      const after = open !== null && startsPage ? open.part : null;
      const part = readRegion(region, page, after, setting);
      if (!part) {
        // columns not told apart: its lines stay prose, as a plain text reader reads them (a table
        // read wrongly gives figures to check; measured on the corpus, its lines as prose give fewer
        // false findings than as a one-column table the structure cannot tell is unread)
        open = null;
        return;
      }
      const continued = after !== null && continues(after, part);
      if (part.headless && !continued) {
        // figures with no header above them and no table before the form feed: a piece of a form
        // whose other lines did not stand in columns, not a table to check
        open = null;
        return;
      }
      for (let r = region.first; r <= region.last; r++) taken[p].add(r);
      if (open && continued) {
        // the header repeated under the form feed is not a row of its own
        const skip = part.head === open.part.head ? 1 : 0;
        part.carry?.forEach((lines, col) => {
          if (!lines.length) return;
          const last = open?.table.cells.find((c) => c.row === (open?.rows ?? 0) - 1 && c.col === col);
          if (last) last.lines.push(...lines);
          else open?.table.cells.push({ row: (open?.rows ?? 0) - 1, col, rowSpan: 1, colSpan: 1, lines });
        });
        appendRows(open.table, part, open.rows, skip);
        open.rows += part.grid.length - skip;
        open.part = { ...part, head: open.part.head };
      } else {
        const table: RawTable = { kind: 'table', cells: [] };
        appendRows(table, part, 0, 0);
        tables.push({ page: p, row: region.first, table });
        open = { part, table, rows: part.grid.length };
      }
      const endsPage = k === regions.length - 1 && page.rows.slice(region.last + 1).every((l) => isFurniture(l));
      if (!endsPage) open = null;
    });
    if (regions.length === 0) open = null;
  });
  return { tables, taken };
}

/**
 * A bare number under a number it continues, in a column too narrow for it ("90.5" over "3" at the
 * page's foot: 90.53), not a page number, which stands apart from the lines above it.
 */
function isWrappedDigits(rows: readonly string[], i: number): boolean {
  if (i === 0 || !/^\d{1,4}$/u.test(rows[i].trim())) return false;
  const [x] = piecesOf(rows[i]);
  // the number over it may stand two lines up, the row's other cells on the line between
  for (const above of rows.slice(Math.max(0, i - 2), i).reverse()) {
    const over = piecesOf(above).find((y) => y.start <= x.start && x.end <= y.end);
    // (a decimal's last digits: an integer's, "10" over "0", is not told from a page number as surely)
    if (over) return /\d\.\d+$/u.test(over.text);
  }
  return false;
}

/** Blank, or a page number: what may stand between a table and the page's edge. */
function isFurniture(line: string): boolean {
  const t = line.trim();
  return t === '' || PAGE_NUMBER.test(t);
}

/** The same table on the next page: as many columns, and its header repeated or none at all. */
function continues(before: Part, next: Part): boolean {
  if (before.cols !== next.cols) return false;
  const nextHeadIsData = /\d/.test(next.head) && next.head !== before.head;
  return next.head === before.head || nextHeadIsData;
}

function appendRows(table: RawTable, part: Part, from: number, skip: number): void {
  part.grid.slice(skip).forEach((cells, r) => {
    cells.forEach((lines, c) => {
      if (lines.length) table.cells.push({ row: from + r, col: c, rowSpan: 1, colSpan: 1, lines } satisfies RawCell);
    });
  });
}

/**
 * Regions of a page that are tables: runs of lines most of which hold two pieces or more, allowing blank
 * lines and one-piece lines between them (a cell's wrapped lines, a short cell centred on its row) and a
 * short wrapped line or two right under the last.
 */
function findRegions(rows: readonly string[], setting: Setting): Region[] {
  const pieces = rows.map((r, i) =>
    isFurniture(r) && !isWrappedDigits(rows, i) ? [] : piecesOf(r, setting.widths[0], setting.piece),
  );
  // on a grid a caption's words are one space apart ("表1 2024年…"): two words, yet no line of cells
  const multi = pieces.map(
    (ps) => ps.length >= 2 && !(setting === GRID_SETTING && CAPTION.test(ps[0].text) && ps[0].start >= CELL_INDENT),
  );
  const regions: Region[] = [];
  let i = 0;
  while (i < rows.length) {
    if (!multi[i]) {
      i++;
      continue;
    }
    let last = i;
    let count = 1;
    let gap = 0; // lines since the last line of cells that may as well be prose's
    for (let j = i + 1; j < rows.length && gap <= MAX_INNER_GAP; j++) {
      if (multi[j]) {
        if (!between(pieces, last, j, setting)) break;
        last = j;
        count++;
        gap = 0;
      } else if (!(pieces[j].length === 1 && pieces[j][0].start >= CELL_INDENT)) gap++;
    }
    if (count >= 2) {
      const width = Math.max(...pieces.slice(i, last + 1).flatMap((ps) => ps.map((x) => x.end)));
      // a short line right under the last row: that row's cell wrapped
      for (
        let t = 0;
        t < 2 &&
        last + 1 < rows.length &&
        (isShortCellLine(pieces[last + 1], width) ||
          (pieces[last + 1].length === 1 && isWrappedDigits(rows, last + 1)));
        t++
      )
        last++;
      // a header cell's first line right above the first: "管网" over "（公" / "里）", "一级指" over "标"
      // (one line: the one above it is a caption's wrapped end, "表")
      const first = i > 0 && isHeaderLineAbove(pieces[i - 1], pieces.slice(i, i + 3), width) ? i - 1 : i;
      const lines = [];
      for (let r = first; r <= last; r++) if (pieces[r].length) lines.push({ row: r, pieces: pieces[r] });
      regions.push({ first, last, lines });
    }
    i = last + 1;
  }
  return regions;
}

/** The lines between two lines of cells are cells' wrapped lines, not prose: blank, or short pieces within the table. */
function between(pieces: Piece[][], a: number, b: number, setting: Setting): boolean {
  const width = Math.max(...[...pieces[a], ...pieces[b]].map((x) => x.end));
  for (let r = a + 1; r < b; r++) {
    // two blank lines end a table (one may part its rows); on a grid one does: lynx writes a table's
    // rows line after line, and the next piece of a split table, set to columns of its own, after a blank
    if (!pieces[r].length && ((r + 1 < b && !pieces[r + 1].length) || setting === GRID_SETTING)) return false;
    if (pieces[r].length && !isShortCellLine(pieces[r], width)) return false;
  }
  return true;
}

/** One piece narrower than three fifths of the table that does not end a sentence: a cell's line, not a paragraph's. */
function isShortCellLine(ps: readonly Piece[], width: number): boolean {
  if (ps.length !== 1) return false;
  const [x] = ps;
  // a sentence's end at the margin ends a paragraph; far right it ends a cell's text
  const ends = /[。；：]$/u.test(x.text) && x.start < CELL_INDENT;
  return (x.end - x.start) * 5 <= width * 3 && !ends && !PAGE_NUMBER.test(x.text) && !CAPTION.test(x.text);
}

/**
 * A short line right above a table that is the top of a header cell wrapped under it: one piece, not
 * a heading's or a caption's, standing within a piece under it in the lines below or holding it ("一级指"
 * over "标"); a paragraph's last line or a heading reaches past the column it stands over.
 */
function isHeaderLineAbove(ps: readonly Piece[], below: readonly Piece[][], width: number): boolean {
  if (!isShortCellLine(ps, width) || HEADING_START.test(ps[0].text)) return false;
  const [x] = ps;
  const within = (a: Piece, b: Piece) => a.start >= b.start - 2 && a.end <= b.end + 2;
  return below.some((line) => {
    const under = line.filter((y) => y.start < x.end && x.start < y.end);
    // over one piece only: a group's header over several columns ("供水管网（公里）" over "DN110 及以"
    // "DN63—" "DN32—") is a header row of its own
    return under.length === 1 && (within(x, under[0]) || within(under[0], x));
  });
}

/**
 * A region read with the widest Chinese characters that give it columns every line fits in; null when none
 * does. At the top of a page after a table that ran to the foot of the last, the width that reads it as
 * that table continued is taken before a wider one that does not: the tool scales each page's columns
 * anew, and a page holding little more than the repeated header and a 合计 row ("乡镇 序" one column
 * apart) may part its columns only at a narrower width. There a column only the header fills is the
 * table's too, when the header is the one repeated.
 */
function readRegion(region: Region, page: PageText, after: Part | null, setting: Setting): Part | null {
  // each width's pieces once (the region's own are the first width's: findRegions read them so); every
  // reading below only reads them
  const piecesAt = new Map<number, Region['lines']>([[setting.widths[0], region.lines]]);
  const linesAt = (cjk: number) => {
    let lines = piecesAt.get(cjk);
    if (!lines) {
      lines = region.lines.map((l) => ({ row: l.row, pieces: piecesOf(page.rows[l.row], cjk, setting.piece) }));
      piecesAt.set(cjk, lines);
    }
    return lines;
  };
  const at = (cjk: number, repeatedHead?: string, split = false) => {
    const read = linesAt(cjk);
    // lynx lays a table out with spaces: a line parted by tabs is no line it set
    const lines = setting === GRID_SETTING ? reseatOverflow(read, (row) => !page.rows[row].includes('	')) : read;
    if (!split) {
      const part = readPart({ ...region, lines }, page, setting.minRiver, repeatedHead);
      // on a grid a 小计 or 合计 row's label spans the leading columns ("集宁区小计" over 序号 and 旗县市区):
      // the columns are the other lines' rivers
      if (part || setting !== GRID_SETTING) return part;
      return readPart({ ...region, lines }, page, setting.minRiver, repeatedHead, undefined, undefined, true);
    }
    const rivers = narrowRivers(lines, cjk);
    if (!rivers.size) return null;
    return readPart(
      { ...region, lines: splitAtRivers(lines, rivers, cjk) },
      page,
      setting.minRiver,
      repeatedHead,
      undefined,
      rivers,
    );
  };
  // cells the tool set one space apart on a line or two ("≤286.00 万 258.35 万") bridge a river the
  // other lines leave blank: parted there, and only there, when no width parts the columns as they stand
  // (the first width that reads it: the narrower ones are not read once one has; on a grid a piece is one
  // word, with no space in it to part)
  const first = (read: (cjk: number) => Part | null) => {
    for (const cjk of setting.widths) {
      const part = read(cjk);
      if (part) return part;
    }
    return null;
  };
  const widest =
    first((cjk) => at(cjk)) ?? (setting === GRID_SETTING ? null : first((cjk) => at(cjk, undefined, true)));
  if (!after || (widest && continues(after, widest))) return widest;
  for (const cjk of setting.widths) {
    const part = at(cjk, after.head);
    if (part && continues(after, part)) return part;
  }
  return underRepeatedHeader(region, page, after) ?? widest;
}

/**
 * lynx sets a cell wider than its column as it is and writes the rest of the line that many characters
 * further right ("租赁补贴发放户数完成率 4.00" one column past the "4.00"s above and below it): the river
 * under the wide cell closes and the columns cannot be told. A piece that starts a character or two right
 * of where the other lines start their pieces, right after a piece that ran up to it, is set back there with
 * the rest of its line, and the wide piece ends before it (a header "补贴标准（元/㎡·月）" pushing "发放金额（元）" too).
 * Lines parted by tabs are left as they are: lynx writes none, and a tab row's cells stand where the tabs put them.
 */
function reseatOverflow(
  lines: ReadonlyArray<{ row: number; pieces: Piece[] }>,
  laidOut: (row: number) => boolean,
): Array<{ row: number; pieces: Piece[] }> {
  const count = new Map<number, number>();
  for (const l of lines) for (const x of l.pieces) count.set(x.start, (count.get(x.start) ?? 0) + 1);
  const common = (c: number) => (count.get(c) ?? 0) >= 3;
  return lines.map((l) => {
    if (!laidOut(l.row)) return l;
    let shift = 0;
    const pieces = l.pieces.map((x) => ({ ...x }));
    for (let k = 1; k < pieces.length; k++) {
      const x = pieces[k];
      const prev = pieces[k - 1];
      x.start -= shift;
      x.end -= shift;
      if (common(x.start)) continue;
      // the piece before runs up to (or past) the start the others keep: it is the wide one
      const d = [1, 2].find((d) => common(x.start - d) && prev.end >= x.start - d);
      if (d === undefined) continue;
      shift += d;
      x.start -= d;
      x.end -= d;
      prev.end = Math.min(prev.end, x.start - 1);
    }
    return shift ? { row: l.row, pieces } : l;
  });
}

/**
 * A page that opens with the table's header repeated on one line, cell for cell, and holds too few
 * rows to part the columns by rivers (the last page of 附件5: the header and the 合计 row, whose label
 * stands left of the centred "乡镇"): the header's cells are the columns, and a piece goes to the header
 * cell it stands under, else to the one whose middle is nearest its own.
 */
function underRepeatedHeader(region: Region, page: PageText, after: Part): Part | null {
  const heads = after.head.split('|');
  const [first, ...rest] = region.lines;
  const header = first.pieces;
  if (header.length !== heads.length || header.some((x, c) => x.text.replace(/\s/gu, '') !== heads[c])) return null;
  if (!rest.length) return null;
  const mid = (x: Piece) => (x.start + x.end) / 2;
  const colOf = (x: Piece) => {
    const under = header.findIndex((h) => h.start < x.end && x.start < h.end);
    if (under >= 0) return under;
    const far = header.map((h) => Math.abs(mid(h) - mid(x)));
    return far.indexOf(Math.min(...far));
  };
  const lineAt = (row: number, text: string): RawLine => ({ page: null, line: page.firstLine + row, text });
  const grid: RawLine[][][] = [header.map((x) => [lineAt(first.row, x.text)])];
  // lines before the first that starts a row end the row the page break cut ("康养产业发展规划的通知》")
  const carry: RawLine[][] = heads.map(() => []);
  for (const l of rest) {
    const cols = l.pieces.map(colOf);
    // two pieces under one header cell: the columns are not these
    if (new Set(cols).size !== cols.length) return null;
    // a line of figures, or one whose first column is filled, starts a row; others continue the last
    if (cols.includes(0) || l.pieces.some((x) => FIGURE.test(x.text))) grid.push(heads.map(() => []));
    l.pieces.forEach((x, k) =>
      (grid.length === 1 ? carry : grid[grid.length - 1])[cols[k]].push(lineAt(l.row, x.text)),
    );
  }
  return { cols: heads.length, grid, head: after.head, headless: false, carry };
}

/**
 * Columns are the stretches between rivers: character columns blank on every line of the region. A line
 * that fills most columns, or holds a figure beside another cell, starts a row; the lines above the first
 * figures are the header row; a line that fills only some columns continues a row (rowOfPiece). Null
 * when the columns cannot be told: two pieces of a line in one column, a column only the header fills.
 */
function readPart(
  region: Region,
  page: PageText,
  minRiver: number,
  repeatedHead?: string,
  centred?: Set<number>,
  narrow?: ReadonlySet<number>,
  spannedLabels = false,
): Part | null {
  const width = Math.max(...region.lines.flatMap((l) => l.pieces.map((x) => x.end)));
  const used = new Array<boolean>(width + 1).fill(false);
  for (const l of region.lines) {
    for (const x of l.pieces) {
      if (spannedLabels && x === l.pieces[0] && isSpannedLabel(l.pieces)) continue;
      for (let c = x.start; c < x.end; c++) used[c] = true;
    }
  }
  const spans: Array<[number, number]> = [];
  let c = 0;
  while (c < width) {
    if (!used[c]) {
      c++;
      continue;
    }
    let end = c;
    // a gap narrower than a river is a space inside a cell
    while (end < width && (used[end] || (gapBelow(used, end, width, minRiver) && !narrow?.has(end)))) end++;
    if (!centred?.has(c)) spans.push([c, end]);
    c = end;
  }
  const cols = spans.length;
  const colOf = (x: Piece) => {
    const at = spans.findIndex(([a, b]) => x.start >= a && x.start < b);
    if (at >= 0 || !spans.length) return at;
    // a header cell centred over a column of short cells: the column whose stretch, up to the next
    // column, holds its middle ("姓名" over "许明远")
    const mid = (x.start + x.end) / 2;
    let k = 0;
    while (k + 1 < spans.length && spans[k + 1][0] <= mid) k++;
    return k;
  };
  const placed = region.lines.map((l) => ({ row: l.row, cells: l.pieces.map((x) => ({ x, col: colOf(x) })) }));
  // two pieces of one line in one column: the rivers did not part them, the columns are not known
  // (nothing below makes such a reading readable again: null now, not after the rows are found)
  if (cols < 2 || !placed.every((l) => new Set(l.cells.map((x) => x.col)).size === l.cells.length)) return null;
  const most = Math.max(...placed.map((l) => l.cells.length));
  const anchorMin = Math.max(2, Math.ceil(most * 0.6));
  // a line starts a row when it fills most columns and its first (or every column), or when it holds
  // a figure beside another cell (a row under cells that span it: "        2022 年   1,320.00 …");
  // words under an empty first column are a wrapped row's ("            日   办法》等政策文件…")
  const holdsFigure = (l: (typeof placed)[number]) => l.cells.length >= 2 && l.cells.some((x) => FIGURE.test(x.x.text));
  // a scoring table's rows are as tall as their 评分标准 and 评价意见, and the tool writes a row's
  // 分值 and 得分 on its middle line ("          2                    1.5"), the words of its other
  // cells on the lines around it: where every line of figures holds one in the same column (the
  // 分值), below the first of them a line that leaves that column empty is a tall row's wrapped line
  // ("（15   标合理性   益符合正常业绩…"), not a row of its own
  const figureLines = placed.filter(holdsFigure);
  const figureCol =
    figureLines.length >= 3
      ? spans.findIndex((_, col) =>
          figureLines.every((l) => l.cells.some((x) => x.col === col && FIGURE.test(x.x.text))),
        )
      : -1;
  const firstFigureRow = placed.findIndex(holdsFigure);
  const wrappedInRow = (l: (typeof placed)[number], k: number) =>
    figureCol >= 0 && k > firstFigureRow && !l.cells.some((x) => x.col === figureCol);
  const startsRow = (l: (typeof placed)[number], k: number) =>
    holdsFigure(l) ||
    (!wrappedInRow(l, k) &&
      l.cells.length >= anchorMin &&
      (l.cells.some((x) => x.col === 0) || l.cells.length === cols));
  const anchors = placed.map((l, k) => (startsRow(l, k) ? k : -1)).filter((k) => k >= 0);
  if (figureCol >= 0 && firstFigureRow > 0 && !anchors.some((k) => k < firstFigureRow)) {
    // the header of such a table stands over a first row whose words start well above its figures:
    // its fullest line names the columns
    const head = placed
      .slice(0, firstFigureRow)
      .reduce((best, l, k) => (l.cells.length > placed[best].cells.length ? k : best), 0);
    if (placed[head].cells.length >= anchorMin) anchors.unshift(head);
  }
  // the lines above the first line of figures name the columns: one header row, however many lines
  // its cells wrap over or however its column groups ("资金到位情况" over "到位数  到位率") stand
  const firstFigures = placed.findIndex((l) => l.cells.some((x) => FIGURE.test(x.x.text)) && !namesYears(l.cells));
  const headerEnd = firstFigures > 0 && firstFigures <= MAX_HEADER_LINES ? firstFigures : 0;
  if (headerEnd > 0) {
    anchors.splice(0, anchors.filter((k) => k < headerEnd).length, 0);
  }
  if (anchors.length < 2) return null;
  // a column that holds nothing below the header is a header cut off its column (the rivers were
  // read too wide), not a column of the table
  const bodyFrom = headerEnd || (anchors[1] ?? placed.length);
  const bodyCols = new Set(placed.slice(bodyFrom).flatMap((l) => l.cells.map((x) => x.col)));
  const headerOnly = spans.some((_, col) => !bodyCols.has(col));
  if (headerOnly && repeatedHead === undefined) {
    // columns only the header fills: header cells centred over columns their body's cells, flush
    // left and short, do not reach; read again with them given to the columns they stand over
    const only = spans.filter((_, col) => !bodyCols.has(col));
    if (!centred && only.length < cols - 1) {
      return readPart(region, page, minRiver, undefined, new Set(only.map(([a]) => a)), narrow, spannedLabels);
    }
    return null;
  }
  const lineAt = (row: number, text: string): RawLine => ({ page: null, line: page.firstLine + row, text });
  const grid: RawLine[][][] = anchors.map(() => spans.map(() => []));
  const fills = (k: number | undefined, col: number) => k !== undefined && placed[k].cells.some((x) => x.col === col);
  // the header's fullest line: a line above it is a header cell's top line ("序" over "号"), never the top
  // of a tall cell centred on the first row, which shows only under it
  const fullest = placed
    .slice(0, headerEnd)
    .reduce((best, l, k) => (l.cells.length > placed[best].cells.length ? k : best), 0);
  // per column, the last line placed in it: a bracket it leaves open closes in the cell's next line
  // ("效益（25" / "分）", a label centred on rows it spans), which is that cell's whatever row is nearer
  const lastIn = spans.map(() => null as { line: number; row: number; open: boolean } | null);
  placed.forEach((l, k) => {
    const at = anchors.indexOf(k);
    const above = [...anchors].reverse().find((a) => a < k);
    const below = anchors.find((a) => a > k);
    for (const { x, col } of l.cells) {
      const inHeader = k < headerEnd && !(k > fullest && below !== undefined && centredOn(below, l.row, col));
      const before = lastIn[col];
      const continuing = at < 0 && before !== null && before.open && l.row - before.line <= 2;
      const row =
        at >= 0 ? at : continuing ? before.row : inHeader ? 0 : anchors.indexOf(rowOfPiece(l.row, col, above, below));
      grid[row][col].push(lineAt(l.row, x.text));
      lastIn[col] = { line: l.row, row, open: leavesOpen(grid[row][col].map((y) => y.text).join('')) };
    }
  });
  /**
   * The row a wrapped line's piece belongs to. A row whose own line leaves the column empty takes the
   * piece when the line as far on its other side holds that column too: a tall cell centred on its row
   * ("举办全民健身" above the row's figures, "赛事活动次数" below). Otherwise the row whose cell in that
   * column it continues (the one above when both have one: a cell wraps downwards), else the nearer.
   */
  function rowOfPiece(row: number, col: number, above: number | undefined, below: number | undefined): number {
    if (above === undefined) return below!;
    if (below === undefined) return above;
    const onAbove = centredOn(above, row, col);
    const onBelow = centredOn(below, row, col);
    if (onAbove !== onBelow) return onAbove ? above : below;
    const up = fills(above, col);
    const down = fills(below, col);
    if (up !== down) return up ? above : below;
    if (up) return above;
    return placed[below].row - row < row - placed[above].row ? below : above;
  }
  /** Row k's own line leaves the column empty and the line as far on its other side fills it. */
  function centredOn(k: number, row: number, col: number): boolean {
    return !fills(k, col) && fillsLine(2 * placed[k].row - row, col);
  }
  function fillsLine(row: number, col: number): boolean {
    return placed.some((l) => l.row === row && l.cells.some((x) => x.col === col));
  }
  const head = grid[0]
    .map((lines) => lines.map((x) => x.text).join(''))
    .join('|')
    .replace(/\s/gu, '');
  // a column only the header fills is the table's only under the header it repeats
  if (headerOnly && head !== repeatedHead) return null;
  return { cols, grid, head, headless: firstFigures === 0 };
}

/** A figure ends the text before a space, its unit after it or none ("≤286.00 万"); a figure starts the text after it. */
const FIGURE_BEFORE = /\d[\d,.]*%?(?: ?[^\s\d]{1,3})?$/u;
const FIGURE_AFTER = /^[-+≥≤<>]?\d/u;

/**
 * Where the one spaces inside a piece stand that part two figures (the character column of each): cells
 * of figures are where a table's columns come closest; a space between words is a cell's own.
 */
function innerSpaces(x: Piece, cjk: number): number[] {
  const chars = [...x.text];
  const out: number[] = [];
  chars.forEach((ch, i) => {
    if (ch !== ' ') return;
    const before = chars.slice(0, i).join('');
    if (FIGURE_BEFORE.test(before) && FIGURE_AFTER.test(chars.slice(i + 1).join('')))
      out.push(x.start + columnWidth(before, cjk));
  });
  return out;
}

/**
 * Character columns that are rivers but for a one space inside a piece on a few lines: no character
 * of any line stands in the column, the lines that bridge it with a space are at most a third of those
 * that leave it blank (a table's two cells set one space apart on a line or two, not the words of a
 * cell one space apart down its column), and cells of two other lines or more start right after it,
 * where the bridging line's next cell starts ("258.35 万" under "4.35 公里"; not the "万" of
 * "≤286.00 万", a unit wrapped inside its cell, under which no other cell starts).
 */
function narrowRivers(lines: ReadonlyArray<{ pieces: Piece[] }>, cjk: number): Set<number> {
  const rivers = new Set<number>();
  const spaces = lines.map((l) => new Set(l.pieces.flatMap((x) => innerSpaces(x, cjk))));
  const candidates = new Set(spaces.flatMap((s) => [...s]));
  for (const c of candidates) {
    let bridged = 0;
    let blank = 0;
    let aligned = 0;
    let covered = false;
    lines.forEach((l, k) => {
      if (spaces[k].has(c)) bridged++;
      else if (l.pieces.some((x) => x.start <= c && c < x.end)) covered = true;
      else {
        blank++;
        if (l.pieces.some((x) => x.start === c + 1)) aligned++;
      }
    });
    if (!covered && blank >= 3 && bridged * 3 <= blank && aligned >= 2) rivers.add(c);
  }
  return rivers;
}

/** The pieces of each line parted at the one spaces that stand in a river. */
function splitAtRivers(
  lines: ReadonlyArray<{ row: number; pieces: Piece[] }>,
  rivers: ReadonlySet<number>,
  cjk: number,
): Array<{ row: number; pieces: Piece[] }> {
  return lines.map((l) => ({
    row: l.row,
    pieces: l.pieces.flatMap((x) => {
      const chars = [...x.text];
      const out: Piece[] = [];
      let from = 0;
      const parts = new Set(innerSpaces(x, cjk));
      chars.forEach((ch, i) => {
        const at = x.start + columnWidth(chars.slice(0, i).join(''), cjk);
        if (ch !== ' ' || !parts.has(at) || !rivers.has(at)) return;
        const text = chars.slice(from, i).join('');
        const start = x.start + columnWidth(chars.slice(0, from).join(''), cjk);
        out.push({ text, start, end: start + columnWidth(text, cjk) });
        from = i + 1;
      });
      const text = chars.slice(from).join('');
      const start = x.start + columnWidth(chars.slice(0, from).join(''), cjk);
      out.push({ text, start, end: start + columnWidth(text, cjk) });
      return out;
    }),
  }));
}

/**
 * A header line of column groups by year ("2022 年   2023 年   2024 年   合计" over "抽检  达标"): its
 * only figures are two years or more, which name the columns under them rather than fill a row.
 */
function namesYears(cells: ReadonlyArray<{ x: Piece }>): boolean {
  const figures = cells.filter((c) => FIGURE.test(c.x.text));
  return figures.length >= 2 && figures.every((c) => /^(?:19|20)\d\d\s?年度?$/u.test(c.x.text));
}

/**
 * A line led by the label of a 小计 or 合计 row and then only figures or dashes for cells left empty
 * ("集宁区小计  4,352 4,238  114", "过程指标小计  25.00 —  3.40 21.60 —").
 */
function isSpannedLabel(pieces: readonly Piece[]): boolean {
  return (
    pieces.length >= 2 &&
    /(?:小计|合计|总计)$/u.test(pieces[0].text) &&
    pieces.slice(1).every((x) => FIGURE.test(x.text) || /^[—–-]+$/u.test(x.text))
  );
}

/** A cell's text opens a bracket it does not close. */
function leavesOpen(text: string): boolean {
  return (text.match(/[（(]/gu)?.length ?? 0) > (text.match(/[）)]/gu)?.length ?? 0);
}

/** Column c starts a gap narrower than a river, with more of the cell after it. */
function gapBelow(used: readonly boolean[], c: number, width: number, minRiver: number): boolean {
  let n = 0;
  while (c + n < width && !used[c + n]) n++;
  return n > 0 && n < minRiver && c + n < width;
}

/**
 * The tables of a text lynx laid out (-dump): no pages, each table on a grid of characters. Read as
 * laid-out text is, with a Chinese character one column wide and one blank column a river.
 */
export function findGridTables(rows: readonly string[]): LaidOutTables {
  // lynx draws no rules: a line with box-drawing characters or bars is another tool's (w3m's boxes,
  // pandoc's grids), whose reader has had it, or a box it would not read
  const bare = rows.map((r) => (/[\u2500-\u257f|]/u.test(r) ? '' : r));
  const found = findLaidOutTables([{ rows: bare, firstLine: 1 }], GRID_SETTING);
  // a split table whose header line stands again over a piece not read (lynx set it to widths whose
  // cells overflow their columns) is not known whole: its totals would be checked against some of its
  // rows, so none of its pieces is read
  const squeeze = (r: string) => r.replace(/\s/gu, '');
  const unread = new Set(bare.filter((r, k) => !found.taken[0].has(k) && r.trim()).map(squeeze));
  const tables = found.tables.filter((t) => !unread.has(squeeze(bare[t.row])) && headsFigures(t.table));
  const taken = new Set([...found.taken[0]].filter((k) => tables.some((t) => t.row <= k && k <= lastRow(t.table))));
  return { tables, taken: [taken] };
}

/**
 * A header of words over two rows of figures or more: on a grid any two lines of words one space apart
 * line up (cover fields "项目单位\u3000信丰县…", a numbered list "1. 坚持…"), a table of figures does not by chance.
 */
function headsFigures(table: RawTable): boolean {
  const figure = (c: RawCell) => c.lines.some((l) => FIGURE.test(l.text));
  const rows = new Set(table.cells.filter(figure).map((c) => c.row));
  return !rows.has(0) && rows.size >= 2;
}

/** The last row of the file a grid table's cells stand on (0-based: the file's line numbers less one). */
function lastRow(table: RawTable): number {
  return Math.max(...table.cells.flatMap((c) => c.lines.map((l) => (l.line ?? 1) - 1)));
}
