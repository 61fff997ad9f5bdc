// Tables written a cell a line, row after row, with no separator: what LibreOffice's "save as text"
// (`--convert-to "txt:Text (encoded):UTF8"`) gives for a Word table. A row is as many lines as it has
// cells, an empty cell an empty line; a cell merged across columns is written once, a cell merged down
// is written in its first row and left empty below. Nothing marks where a row ends, so a table is
// rebuilt only where its shape proves the stride: after a title, a header of k short cells (one of them
// a word that names a column), then rows of exactly k lines whose column kinds agree row after row
// (numbers under numbers, text under text, a 序号 column counting 1, 2, 3…). The first row that does not
// fit ends the table; where no stride proves itself the lines stay as they were.
import type { RawCell, RawTable } from '../model/document.js';
import { GROUP_SUBTOTAL_LABEL, MONEY_TOTAL_LABEL, SCORE_TOTAL_ROW, SCORE_VERDICT_ROW } from '../facts/lang/totals.js';
import { isContinuedCaption } from '../structure/continued-caption.js';
import { HEADER_WORD } from '../structure/reassemble.js';
import { isTitle } from './text-cells.js';

/** A table rebuilt from its cell lines: `start` and `end` are the indices of its first and last line. */
export interface CellRowsTable {
  table: RawTable;
  start: number;
  end: number;
}

/** Fewer columns than this, or fewer body rows, prove no stride. */
const MIN_COLS = 3;
const MAX_COLS = 16;
const MIN_ROWS = 2;
/** A unit line between the title and the header: "单位：万元", "（单位：元）". */
const UNIT_LINE = /^[（(]?单\s*位\s*[:：]/;
/** A chapter heading ("三、…", "（四）…") is no cell: it ends the table. */
const CHAPTER = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])/;
/** A figure alone in its cell: "1,380.00", "-3.91", "90.60%", "2130119". */
const FIGURE = /^-?\d[\d,]*(?:\.\d+)?%?$/;
/** A placeholder for no figure: "—", "--", "/". */
const DASH = /^[—–\-－─/／]+$/;
/** A running number column's head. */
const SERIAL_HEAD = /^(?:序\s*号|编\s*号)$/;
/**
 * An indicator's code in its own column: "1.1.1" under "1" and "1.1" (附件1 of a scoring table), one kind with them.
 */
const DOTTED_CODE = /^\d{1,2}(?:\.\d{1,2}){2,3}$/;
/** Codes of several 科目 in one cell, one kind with a code: "2050202/2050203" (a project under two), "301/303". */
const CODE_LIST = /^\d{3,}(?:[/／]\d{3,})+$/;
/**
 * A cost table's column heads that HEADER_WORD does not end in: "合同价", "结算送审价", "已付款", "付款比例（已付款/
 * 合同价）" — an amount or a share named by its last word, a formula in brackets after it.
 */
const AMOUNT_HEAD = /(?:价|款|比例)$/;
/** A header cell is short and says no sentence. */
const HEADER_MAX = 24;

type Kind = 'empty' | 'num' | 'text' | 'prose';

function kindOfCell(t: string): Kind {
  if (!t || DASH.test(t)) return 'empty';
  if (FIGURE.test(t) || DOTTED_CODE.test(t) || CODE_LIST.test(t)) return 'num';
  // a sentence in a cell of names and figures is the text after the table ("加上年初结转…。")
  return /[。！？；]$/.test(t) && t.length > 15 ? 'prose' : 'text';
}

const isTotalLabel = (t: string | undefined) => {
  const s = (t ?? '').replace(/\s/g, '');
  return MONEY_TOTAL_LABEL.test(s) || SCORE_TOTAL_ROW.test(s) || GROUP_SUBTOTAL_LABEL.test(s);
};

const isCaption = (t: string) => isTitle(t) || isContinuedCaption(t);

function isHeaderCell(t: string): boolean {
  return !!t && !FIGURE.test(t) && t.length <= HEADER_MAX && !/[。；！？]/.test(t) && !isCaption(t);
}

/** Every table written a cell a line after a title in `lines` (the text's lines, untrimmed). */
export function cellRowTables(lines: string[]): CellRowsTable[] {
  const text = lines.map((l) => l.trim());
  const out: CellRowsTable[] = [];
  for (let i = 0; i < text.length; i++) {
    if (lines[i].includes('\t') || !isCaption(text[i])) continue;
    let start = i + 1;
    if (start < text.length && UNIT_LINE.test(text[start])) start++;
    for (let found = readTable(text, start); found; ) {
      out.push(found);
      i = found.end;
      found = nextPiece(text, found);
    }
  }
  return out;
}

type Read = CellRowsTable & { k: number; size: number; kinds: Array<Kind | undefined> };

/**
 * A page cut that repeats the header and no title (docx2txt's "合同 | 合同价 | …" again under 表6's first rows, its
 * 合计 alone under 附件1's last header; LibreOffice's export of a table split into pieces, blank lines between
 * them): the lines after it are the same table's rows, at the stride and in the column kinds its first piece
 * proved — one row is enough.
 */
function nextPiece(text: string[], piece: Read): Read | null {
  let next = piece.end + 1;
  // blank lines between the pieces are no cells: a row's empty cells stand among written ones
  while (next < text.length && !text[next]) next++;
  for (let j = 0; j < piece.size; j++) if (text[next + j] !== text[piece.start + j]) return null;
  const header = headerOf(text.slice(next, next + piece.size), piece.k, next);
  const body = header && bodyRows(text, next + piece.size, piece.k, header, false, piece.kinds);
  if (!header || !body) return null;
  const cells = [...header.cells, ...body.cells(header.rows)];
  return { ...piece, table: { kind: 'table', cells }, start: next, end: body.end, kinds: body.kinds };
}

interface Header {
  cells: RawCell[];
  /** Header rows. */
  rows: number;
  /** The column heads of the lowest header row (empty where a cell from above covers it). */
  heads: string[];
}

/** Read one table from `start` (the header's first line): the stride that the most body lines prove, if one does. */
function readTable(text: string[], start: number): Read | null {
  // the header-like lines: short text, empty lines allowed after the first (cells a two-row header leaves empty)
  let h = 0;
  while (start + h < text.length && (text[start + h] ? isHeaderCell(text[start + h]) : h > 0)) h++;
  let best: { body: Body; header: Header; size: number; k: number } | null = null;
  let tie = false;
  for (let k = MIN_COLS; k <= Math.min(h, MAX_COLS); k++) {
    for (let size = k; size <= h && size < 2 * k; size++) {
      const header = headerOf(text.slice(start, start + size), k, start);
      if (!header) continue;
      const body = bodyRows(text, start + size, k, header);
      if (!body) continue;
      if (!best || body.end > best.body.end) {
        best = { body, header, size, k };
        tie = false;
      } else if (body.end === best.body.end) tie = true;
    }
  }
  // two strides that explain the same lines: the shape proves neither
  if (!best || tie) return null;
  const cells = [...best.header.cells, ...best.body.cells(best.header.rows)];
  const { k, size, body } = best;
  return { table: { kind: 'table', cells }, start, end: body.end, k, size, kinds: body.kinds };
}

const cell = (row: number, col: number, t: string, line: number, rowSpan = 1, colSpan = 1): RawCell => ({
  row,
  col,
  rowSpan,
  colSpan,
  lines: [{ text: t, page: null, line: line + 1 }],
});

/** A header cell that names a column: a HEADER_WORD, or a cost table's amount or share, a formula after it. */
function namesColumn(t: string): boolean {
  const s = t.replace(/\s/g, '');
  const bare = s.replace(/[（(][^（()）]*[)）]$/, '');
  return HEADER_WORD.test(s) || HEADER_WORD.test(bare) || AMOUNT_HEAD.test(bare);
}

/**
 * The header: one row of k cells, or two rows — the first of `a` cells, the second of k lines where its empty
 * lines stand under cells merged down from the first, and each run of its written cells under one cell of
 * the first merged across them ("基本支出" over "人员经费 | 公用经费 | 小计"). The first row must have exactly
 * as many cells as those places; otherwise the header's spans are not known and it is no header.
 */
function headerOf(hs: string[], k: number, start: number, inForm = false): Header | null {
  if (!hs.some(namesColumn)) return null;
  if (hs.length === k) {
    // in a form a section's header may leave a cell empty (the row names' column under "项目资金（万元）")
    if (inForm ? !hs[0] || !hs[k - 1] : hs.some((t) => !t)) return null;
    if (inForm) {
      const cells = hs.flatMap((t, c) => (t ? [cell(0, c, t, start + c)] : []));
      return { cells, rows: 1, heads: hs };
    }
    return { cells: hs.map((t, c) => cell(0, c, t, start + c)), rows: 1, heads: hs };
  }
  const a = hs.length - k;
  const top = hs.slice(0, a);
  const low = hs.slice(a);
  if (top.some((t) => !t) || low.every((t) => !t) || low.every((t) => !!t)) return null;
  const cells: RawCell[] = [];
  let next = 0;
  for (let c = 0; c < k; ) {
    if (next >= a) return null;
    if (!low[c]) {
      cells.push(cell(0, c, top[next], start + next, 2, 1));
      next++;
      c++;
      continue;
    }
    let end = c;
    while (end < k && low[end]) end++;
    cells.push(cell(0, c, top[next], start + next, 1, end - c));
    for (let x = c; x < end; x++) cells.push(cell(1, x, low[x], start + a + x));
    next++;
    c = end;
  }
  if (next !== a) return null;
  // a column's head: its own cell in the second row, or the first row's cell merged down over it
  const heads = low.map((t, c) => t || (cells.find((x) => x.row === 0 && x.col === c)?.lines[0].text ?? ''));
  return { cells, rows: 2, heads };
}

interface Body {
  /** The index of the body's last line. */
  end: number;
  rows: number;
  cells: (firstRow: number) => RawCell[];
  /** Each column's kind, as its rows wrote it. */
  kinds: Array<Kind | undefined>;
}

/**
 * The body rows from `from` at stride k, while they fit: each column keeps one kind (a number, a text, a
 * sentence; an empty cell or "—" fits any), a 序号 column counts on by one, no line is a title or a chapter
 * heading. A 合计 row fits with its label in a number column (the 序号's), and a 合计 merged across the
 * leading columns (fewer lines than k) is placed on the right, where its figures must fit; it ends the table.
 */
function bodyRows(
  text: string[],
  from: number,
  k: number,
  header: Header,
  inForm = false,
  proven: ReadonlyArray<Kind | undefined> | null = null,
): Body | null {
  const minRows = inForm || proven ? 1 : MIN_ROWS;
  const kinds: Array<Kind | undefined> = proven ? [...proven] : new Array(k).fill(undefined);
  const numbers = new Array<number>(k).fill(0);
  const serial = SERIAL_HEAD.test(header.heads[0] ?? '');
  let lastSerial: number | null = null;
  const rows: Array<{ at: number; fields: string[]; span: number }> = [];
  const blocked = (t: string) => isCaption(t) || CHAPTER.test(t);
  // a form's value columns mix rates with measures ("93.6%" under "3.26万亩"): there a rate is read as text,
  // and only a bare figure (分值, 得分, an amount) as a figure
  const kindOf = (t: string): Kind => {
    const kind = kindOfCell(t);
    return inForm && kind === 'num' && t.endsWith('%') ? 'text' : kind;
  };
  const fits = (fields: string[], firstCol: number) =>
    fields.every((t, i) => {
      const c = firstCol + i;
      const kind = kindOf(t);
      // a column of words right of the first may hold a sentence ("…的得满分，每有一个标段未移交扣0.5分。" under
      // 评分细则's shorter rules): the sentence after a table falls in the first column, whose kind stays one
      const words = (x: Kind | undefined) => x === 'text' || x === 'prose';
      return (
        kind === 'empty' || kinds[c] === undefined || kinds[c] === kind || (c > 0 && words(kinds[c]) && words(kind))
      );
    });
  const take = (fields: string[], firstCol: number) =>
    fields.forEach((t, i) => {
      const c = firstCol + i;
      const kind = kindOf(t);
      if (kind === 'empty') return;
      kinds[c] ??= kind;
      if (kind === 'num') numbers[c]++;
    });
  // the k lines from `pos` as a row, if they fit: none a title or heading, some written, the 序号 counting on
  const rowAt = (pos: number): { fields: string[]; total: boolean } | null => {
    const fields = text.slice(pos, pos + k);
    if (fields.length < k || fields.some(blocked) || fields.every((t) => !t)) return null;
    const total = isTotalLabel(fields[0]);
    if (total ? !fits(fields.slice(1), 1) : !fits(fields, 0)) return null;
    if (serial && !total) {
      const n = /^\d{1,4}$/.test(fields[0]) ? Number(fields[0]) : null;
      if (n === null || (lastSerial !== null && n !== lastSerial + 1)) return null;
    }
    return { fields, total };
  };
  let at = from;
  while (at < text.length) {
    const row = rowAt(at);
    // in a form, a row of column words opens the next section ("一级指标 | 二级指标 | 三级指标" under 年度总体目标)
    if (row && inForm && row.fields.every((t) => !!t && isFormHead(t.replace(/\s/g, '')))) break;
    if (!row) {
      // a 合计 / "沛城街道小计" merged across the leading columns: its label, then figures for the columns on
      // the right, and after them the table's end or its next row
      const short = isTotalLabel(text[at]) ? shortTotal(text, at, k, fits, (pos) => rowAt(pos) !== null) : null;
      if (!short) break;
      take(text.slice(at + 1, at + 1 + short), k - short);
      rows.push({ at, fields: text.slice(at, at + 1 + short), span: k - short });
      at += 1 + short;
      continue;
    }
    if (serial && !row.total) lastSerial = Number(row.fields[0]);
    take(row.total ? row.fields.slice(1) : row.fields, row.total ? 1 : 0);
    rows.push({ at, fields: row.fields, span: 1 });
    at += k;
  }
  // a column that only the last row writes was taken from the text after the table (the 自评表's
  // "年度总体目标" under a column no row above filled): that row is no row of the table
  const writes = (r: (typeof rows)[number], c: number) =>
    r.span > 1 ? c >= r.span && !!r.fields[c - r.span + 1] : !!r.fields[c];
  while (rows.length > minRows) {
    const lastRow = rows[rows.length - 1];
    const alone = Array.from({ length: k }, (_, c) => c).some(
      (c) => writes(lastRow, c) && !rows.slice(0, -1).some((r) => writes(r, c)),
    );
    if (!alone) break;
    rows.pop();
  }
  // figures under names: a body of figures only is as well a table written a column at a time (raw
  // pdftotext's, columnsTable) cut into rows, and a body without figures proves no column
  if (rows.length < minRows || !kinds.some((kind) => kind === 'text' || kind === 'prose')) return null;
  if (!inForm && !proven && !numbers.some((n) => n >= MIN_ROWS)) return null;
  // a column no row writes is no column of this table: the stride is not proven
  // (in a form, the first column may be the header's label merged down over the rows: "项目资金（万元）", "年度总体目标")
  // (a piece after a page cut: its first piece proved them)
  if (!proven)
    for (let c = inForm && header.heads[0] ? 1 : 0; c < k; c++) if (!rows.some((r) => writes(r, c))) return null;
  const last = rows[rows.length - 1];
  const end = last.at + (last.span > 1 ? last.fields.length : k) - 1;
  return {
    end,
    rows: rows.length,
    kinds,
    cells: (firstRow) =>
      rows.flatMap((r, i) => {
        const row = firstRow + i;
        if (r.span > 1) {
          // the merged label over the leading columns, then the figures on the right
          return [
            cell(row, 0, r.fields[0], r.at, 1, r.span),
            ...r.fields.slice(1).map((t, j) => cell(row, r.span + j, t, r.at + 1 + j)),
          ];
        }
        return r.fields.map((t, c) => cell(row, c, t, r.at + c));
      }),
  };
}

/**
 * How many figures follow a 合计 label merged across the leading columns: the one count m (fewer than k − 1)
 * whose m lines fit the m columns on the right and whose next line ends the table (a title, a heading, a
 * sentence, the text's end); several counts that fit, or none, prove nothing.
 */
function shortTotal(
  text: string[],
  at: number,
  k: number,
  fits: (fields: string[], firstCol: number) => boolean,
  rowFollows: (pos: number) => boolean,
): number | null {
  const found: number[] = [];
  for (let m = 1; m < k - 1; m++) {
    if (at + 1 + m > text.length) break;
    const fields = text.slice(at + 1, at + 1 + m);
    if (!fields.some((t) => kindOfCell(t) === 'num') || !fits(fields, k - m)) continue;
    if (fields.some((t) => isCaption(t) || CHAPTER.test(t))) continue;
    const after = text[at + 1 + m];
    // the 自评表's verdict under its 总分, its label alone ("自评等级" | "优"): a row of its own, after the
    // indicators' table ("自评等级：良" with its value is a cell of the 总分 row)
    const verdict = (after ?? '').replace(/\s/g, '');
    const ends =
      after === undefined ||
      after === '' ||
      isCaption(after) ||
      CHAPTER.test(after) ||
      kindOfCell(after) === 'prose' ||
      SCORE_VERDICT_ROW.exec(verdict)?.[0] === verdict;
    if (!ends && !rowFollows(at + 1 + m)) continue;
    found.push(m);
  }
  return found.length === 1 ? found[0] : null;
}

/** A form section's column heads: words that name a column, and the 自评表's "偏差原因分析及改进措施". */
export const isFormHead = (t: string) => HEADER_WORD.test(t) || /(?:措施|原因)$/.test(t);

/** A section of a form (text-cell-forms.ts): its width and header, for the rows a page cut sends on. */
export interface Section {
  k: number;
  header: Header;
}

/**
 * One section of a form at `pos`: a header of k column words (isFormHead; an empty cell allowed but the first and last),
 * then its rows (one is enough; no figures needed), or with `cont` the rows that go on under that section's
 * header after a page cut. The stride that explains the most lines; two that explain the same prove nothing.
 */
export function readSection(
  text: string[],
  pos: number,
  cont: Section | null,
): { k: number; cells: RawCell[]; rows: number; bodyFrom: number; end: number; section: Section } | null {
  if (cont) {
    const body = bodyRows(text, pos, cont.k, cont.header, true);
    return body && { k: cont.k, cells: body.cells(0), rows: body.rows, bodyFrom: 0, end: body.end, section: cont };
  }
  let h = 0;
  while (pos + h < text.length && (text[pos + h] ? isHeaderCell(text[pos + h]) : h > 0)) h++;
  let best: { body: Body; header: Header; k: number } | null = null;
  let tie = false;
  for (let k = MIN_COLS; k <= Math.min(h, MAX_COLS); k++) {
    const hs = text.slice(pos, pos + k);
    if (!hs.every((t) => !t || isFormHead(t.replace(/\s/g, '')))) continue;
    const header = headerOf(hs, k, pos, true);
    if (!header) continue;
    const body = bodyRows(text, pos + k, k, header, true);
    if (!body) continue;
    if (!best || body.end > best.body.end) {
      best = { body, header, k };
      tie = false;
    } else if (body.end === best.body.end) tie = true;
  }
  if (!best || tie) return null;
  return {
    k: best.k,
    cells: [...best.header.cells, ...best.body.cells(1)],
    rows: 1 + best.body.rows,
    bodyFrom: 1,
    end: best.body.end,
    section: { k: best.k, header: best.header },
  };
}
