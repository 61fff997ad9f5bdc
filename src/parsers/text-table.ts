// Tables written as tab-separated lines (what copying a Word table into a .txt
// gives): cells aligned to their columns, rows a page break split joined again,
// and merged cells restored as row spans, whether the source left them empty below
// their first row or left them out (a short row: Word writes a vertically merged
// cell once, so the rows under it have fewer fields, missing on the left).
import type { RawCell, RawLine, RawTable } from '../model/document.js';
import { SCORE_TOTAL_ROW } from '../facts/lang/totals.js';

export interface TabRow {
  fields: string[];
  line: number;
  /** A blank line stood before this row (a page break in the source). */
  afterGap: boolean;
}

const NUMERIC = /^-?\d[\d.,]*\s*%?$/;
// "≥95%", "≤3天", ">20家": a standard or target, not a figure of the row
const STANDARD = /^[≥≤><]=?\s*-?\d[\d.,]*\s*\S{0,3}$/;
export type FieldType = 'empty' | 'num' | 'std' | 'text';
export const typeOf = (s: string): FieldType => {
  const t = s.trim();
  return !t ? 'empty' : NUMERIC.test(t) ? 'num' : STANDARD.test(t) ? 'std' : 'text';
};
/** A 合计/总分 label closes the table: it is merged across the label columns, never down into another row. */
const isTotal = (s: string) => SCORE_TOTAL_ROW.test(s.replace(/\s/g, ''));

export function tabRowsToTable(rows: TabRow[], stripCell: (s: string) => string[]): RawTable {
  const cols = Math.max(...rows.map((r) => r.fields.length));
  const kinds = columnProfile(rows, cols);

  // cells[r][c]: the RawCell that starts there, or null for an empty position
  const grid: Array<Array<RawCell | null>> = [];
  // open[c]: the cell that covers column c in the last row built (null where it was empty)
  const open: Array<RawCell | null> = new Array(cols).fill(null);
  const cells: RawCell[] = [];
  let r = 0;
  // lost[c]: column c is covered by a cell merged from before the table's first row
  const lost: boolean[] = new Array(cols).fill(false);
  const headKey = rowKey(rows[0].fields);
  // a header's second row ("行政 | 事业 | 工勤 | 小计" under "编制数 | 实有人数"): repeated right under the first, it is
  // part of the header again
  const subKey = rows.length > 2 && isSubHeader(rows[1].fields) ? rowKey(rows[1].fields).join('\t') : null;
  let gap = false;
  let repeated = false;
  // the last row placed with the merged cells on its left it left out: a row of its shape under it leaves out the same
  let lastShort: { fields: string[]; omitted: boolean[] } | null = null;
  rows.forEach((row, i) => {
    // the header again inside the table: the office suite repeats it at the top of each page
    if (i > 0 && headKey.length >= 2 && rowKey(row.fields).join('\t') === headKey.join('\t')) {
      gap = true;
      repeated = true;
      return;
    }
    if (repeated && subKey !== null && rowKey(row.fields).join('\t') === subKey) {
      repeated = false;
      return;
    }
    repeated = false;
    if (gap) row = { ...row, afterGap: true };
    gap = false;
    // right under the header, a short row's left cells were merged from a row on the page before: they stay
    // empty, and the rows under them may leave them out too
    const canOmit = open.map((up, c) => extendable(up, r) || lost[c] || (!!up && up.row === 0 && up.rowSpan === r));
    const placed =
      (r > 0 && sameShape(row.fields, lastShort, canOmit)) ||
      placeRow(row.fields, cols, kinds, r > 0 ? canOmit : null, rows[i + 1]?.fields);
    lastShort = placed.omitted.some(Boolean) ? { fields: row.fields, omitted: placed.omitted } : null;
    const fields = placed.fields;
    const filled = fields.map((f, c) => (f.trim() ? c : -1)).filter((c) => c >= 0);
    // a page break split a row: the rest of one cell continues on the next page
    if (row.afterGap && filled.length === 1 && r > 0) {
      const c = filled[0];
      const above = grid[r - 1][c];
      if (above && kinds[c] !== 'num') {
        above.lines.push(...toLines(stripCell(fields[c]), row.line));
        return;
      }
    }
    // or the rest of several: no figure, every cell it writes goes on from a cell of the row above
    // that was cut before its end ("C302项目按期完成" / "率"), and no label of its own unless a
    // 《title》 or （note） opened above is closed here ("晋财教〔2023〕52" / "号", "《…下达2023年" / "…的通知》")
    const cut = (c: number) => continuesCell(grid[r - 1][c], fields[c], kinds[c]);
    const closes = (c: number) => closesAbove(grid[r - 1][c], fields[c]);
    if (row.afterGap && filled.length > 1 && r > 0 && filled.every(cut) && (!fields[0].trim() || filled.some(closes))) {
      for (const c of filled) grid[r - 1][c]!.lines.push(...toLines(stripCell(fields[c]), row.line));
      return;
    }
    const firstFilled = filled.length ? filled[0] : cols;
    grid[r] = new Array(cols).fill(null);
    for (let c = 0; c < cols; c++) {
      const text = fields[c] ?? '';
      if (placed.omitted[c]) {
        // left out by the source: the merged cell above runs on over this row (a header cell does not)
        const up = open[c];
        if (up && up.row > 0) {
          if (up.row + up.rowSpan === r) up.rowSpan++;
        } else {
          open[c] = null;
          lost[c] = true;
        }
        continue;
      }
      lost[c] = false;
      // the columns a short 合计 label is merged across
      if (c >= placed.spanFrom && c < placed.spanTo - 1) continue;
      if (!text.trim()) {
        // a leading empty cell under a label continues the merged cell above
        const up = open[c];
        if (c < firstFilled && filled.length >= 2 && up && up.row + up.rowSpan === r) up.rowSpan++;
        else open[c] = null;
        continue;
      }
      const from = c === placed.spanTo - 1 ? placed.spanFrom : c;
      const cell: RawCell = {
        row: r,
        col: from,
        rowSpan: 1,
        colSpan: c - from + 1,
        lines: toLines(stripCell(text), row.line),
      };
      cells.push(cell);
      grid[r][from] = cell;
      for (let k = from; k <= c; k++) open[k] = cell;
    }
    r++;
  });
  // empty positions are left to the grid builder, which fills them with empty cells;
  // make sure the last row and column exist even when empty
  if (r > 0 && !cells.some((c) => c.row + c.rowSpan === r && c.col + c.colSpan === cols)) {
    const covered = cells.some(
      (c) => c.row <= r - 1 && r - 1 < c.row + c.rowSpan && c.col <= cols - 1 && cols - 1 < c.col + c.colSpan,
    );
    if (!covered)
      cells.push({
        row: r - 1,
        col: cols - 1,
        rowSpan: 1,
        colSpan: 1,
        lines: [{ text: '', page: null, line: rows[rows.length - 1].line }],
      });
  }
  return { kind: 'table', cells };
}

/**
 * A cell the row below may leave out: it reaches the row above, it is no header
 * cell (a header's words are not merged down into the figures), and no 合计 (a
 * total is never merged down).
 */
function extendable(up: RawCell | null, r: number): boolean {
  return !!up && up.row > 0 && up.row + up.rowSpan === r && !isTotal(up.lines.map((l) => l.text).join(''));
}

/** A cell's text ends with a sentence: what comes after it on the next page is no part of it. */
const CELL_END = /[。！？；!?;]$/;

/** `text`, under a page break, is the rest of `above`: a cut text cell, not a figure or standard. */
function continuesCell(above: RawCell | null, text: string, kind: FieldType): boolean {
  if (!above || kind === 'num' || kind === 'std' || typeOf(text) !== 'text') return false;
  const prev = above.lines
    .map((l) => l.text)
    .join('')
    .trim();
  return prev.length > 0 && !CELL_END.test(prev) && !isTotal(prev);
}

/** `text` closes a 《 or （ that the cell above left open. */
function closesAbove(above: RawCell | null, text: string): boolean {
  if (!above) return false;
  const prev = above.lines.map((l) => l.text).join('');
  const open = (o: string, c: string) => prev.split(o).length > prev.split(c).length;
  return (
    (open('《', '》') && text.includes('》')) ||
    (open('（', '）') && text.includes('）')) ||
    (open('(', ')') && text.includes(')'))
  );
}

/** A row's written fields, without spaces, for comparing it with the header. */
function rowKey(fields: string[]): string[] {
  const k = fields.map((f) => f.replace(/\s/g, ''));
  while (k.length && !k[k.length - 1]) k.pop();
  return k;
}

interface Placement {
  /** One field a column; an omitted column holds ''. */
  fields: string[];
  /** Columns the source left out because the merged cell above covers them. */
  omitted: boolean[];
  /** A 合计 label spans its columns [spanFrom, spanTo): it was merged across them. */
  spanFrom: number;
  spanTo: number;
}

/**
 * Put a row's fields on the columns. A full row is as written. A short row under
 * other rows, whose first field is written (a source that writes merged cells as
 * empty fields has no short rows from them), lost its vertically merged cells: its
 * fields are anchored on the right, and the columns it leaves out, the first among
 * them, are those the cells above run on over; where a cell could be left out in
 * several places (a merged 评分标准 in the middle), the kinds of the fields choose.
 * A short 合计 row is anchored on the right too, its label merged across the columns
 * to its left. Otherwise (the header, no cell above to run on, or the first column
 * written) the fields keep their order and the kinds of the columns place them.
 */
function placeRow(
  fields: string[],
  cols: number,
  kinds: FieldType[],
  canOmit: boolean[] | null,
  next?: string[],
): Placement {
  const none = { omitted: new Array<boolean>(cols).fill(false), spanFrom: 0, spanTo: 0 };
  if (fields.length >= cols) return { fields, ...none };
  const first = fields[0]?.trim() ?? '';
  // a row that names columns ("项目资金（万元） | 年初预算数 | …", "绩效指标 | 一级指标 | …") opens a section of
  // its own (the national 自评表's sections have other column sets): it lost no merged cells
  if (namesColumns(fields)) {
    // "项目资金（万元） | 年初预算数 | … | 得分" over "年度资金总额 | 6,850.00 | … | 9.87" (html2text drops the merged
    // cell of both): the first name spans down over the row labels, the others stand over the figures, which the
    // row under places on the right
    if (next && next.length === fields.length && fields.length < cols && labelThenFigures(next)) {
      const out = new Array<string>(cols).fill('');
      out[0] = fields[0];
      fields.slice(1).forEach((f, i) => {
        out[cols - fields.length + 1 + i] = f;
      });
      return { fields: out, ...none };
    }
    // "项目资金（万元） | | 年初预算数 | … | 得分" over " | 年度资金总额 | 600.00 | … | 9.06" (a pasted .txt writes the
    // label merged down as an empty field below it): as many fields, so each head stands over the field under it.
    // The row under is placed by its kinds; placed by their own, the heads (words over figures) would drift
    // right of their figures
    if (next && next.length === fields.length && !next[0]?.trim() && labelThenFigures(next.slice(1))) {
      const out = new Array<string>(cols).fill('');
      alignCols(next, cols, kinds).forEach((c, i) => {
        out[c] = fields[i];
      });
      return { fields: out, ...none };
    }
    return { fields: alignRow(fields, cols, kinds), ...none };
  }
  if (canOmit && first) {
    if (isTotal(first) && fields.length > 1) {
      const rest = rightAnchored(fields.slice(1), cols, kinds, () => true);
      const at = rest && rest.fields.findIndex((_, c) => !rest.omitted[c]);
      if (rest && at !== null && at > 0) {
        const out = rest.fields.slice();
        out[at - 1] = fields[0];
        return { fields: out, omitted: none.omitted, spanFrom: 0, spanTo: at };
      }
    } else {
      // a row that writes its first column starts a new group, which no merged cell above runs on
      // into: what it lacks was merged across columns
      const placed = rightAnchored(fields, cols, kinds, (c) => canOmit[c]);
      if (placed?.omitted[0]) return { ...placed, spanFrom: 0, spanTo: 0 };
    }
  }
  return { fields: alignRow(fields, cols, kinds), ...none };
}

/**
 * A short row of the shape of the short row above it (as many fields, a label first, then figures or dashes where
 * the row above has figures or dashes) under the cells the row above left out, which still run on: placed as that
 * row was. html2text writes a funds block's "其中：当年财政拨款 | 6,850.00 | 7,262.60 | — | …" without the "项目资金（万元）"
 * merged down beside it, like the "年度资金总额" row above; placed from the first column, its label would stand
 * under 项目资金 and its figures one column left of their header.
 */
function sameShape(fields: string[], above: { fields: string[]; omitted: boolean[] } | null, canOmit: boolean[]) {
  if (!above || fields.length !== above.fields.length || !above.omitted.every((o, c) => !o || canOmit[c])) return null;
  const lead = above.omitted.findIndex((o) => !o);
  // only merged cells on the left: a row that left out a column in its middle was placed by its kinds
  if (lead < 1 || above.omitted.slice(lead).some(Boolean)) return null;
  const figure = (f: string) => NUMERIC.test(f.trim()) || DASH.test(f.trim());
  const [label, ...rest] = fields;
  if (typeOf(label) !== 'text' || typeOf(above.fields[0]) !== 'text' || rest.length < 2) return null;
  if (!rest.every((f, k) => figure(f) && figure(above.fields[k + 1]))) return null;
  const out = new Array<string>(lead).fill('').concat(fields);
  return { fields: out, omitted: above.omitted.slice(), spanFrom: 0, spanTo: 0 };
}

/** A dash for "none" in a figure's place ("—", "-", "--"). */
const DASH = /^(?:—{1,2}|-{1,2}|–)$/;

/** A header's second row: words only, at least two, no figure (a repeat of it inside the table is the header again). */
function isSubHeader(fields: string[]): boolean {
  const texts = fields.map((f) => f.trim()).filter(Boolean);
  return texts.length >= 2 && texts.every((t) => typeOf(t) === 'text') && !!rowKey(fields).length;
}

/** A row label, then figures only (at least two): a row of a money block, not another header. */
function labelThenFigures(fields: string[]): boolean {
  const [label, ...rest] = fields.map((f) => f.trim());
  return !!label && !NUMERIC.test(label) && rest.length >= 2 && rest.every((f) => NUMERIC.test(f));
}

/** Words that name a column: "…指标", "分值", "得分", "…数", "…率", "（万元）". */
const COLUMN_WORD = /(?:指标|分值|得分|权重|标准|名称|内容|数|率|值|情况|措施|[(（][^)）]*[)）])$/;

function namesColumns(fields: string[]): boolean {
  const texts = fields.map((f) => f.trim()).filter(Boolean);
  if (texts.length < 3 || texts.some((t) => typeOf(t) !== 'text' || t.length > 16)) return false;
  return texts.filter((t) => COLUMN_WORD.test(t.replace(/\s/g, ''))).length * 3 >= texts.length * 2;
}

/** How well a field of type t fits a column of the kind: 2 the same, 0 either empty, -1 or -2 a mismatch. */
const fitType = (t: FieldType, kind: FieldType): number => {
  if (t === 'empty' || kind === 'empty') return 0;
  if (t === kind) return 2;
  // a target column may read "基本达成", a 评分标准 column "≥20家"
  return (t === 'std' && kind === 'text') || (t === 'text' && kind === 'std') ? -1 : -2;
};

/**
 * The fields on the columns with the last one in the last column, each left-out
 * column one the caller allows, the kinds fitting best; ties keep the fields to
 * the right (the merged cells Word leaves out are the leading label columns).
 */
function rightAnchored(
  fields: string[],
  cols: number,
  kinds: FieldType[],
  canOmit: (c: number) => boolean,
): { fields: string[]; omitted: boolean[] } | null {
  const n = fields.length;
  // each field's type once: the table below tries it on every column
  const types = fields.map(typeOf);
  // best[i][c]: best score placing fields[i..] on columns c.. (the last field on the last column), -Infinity if impossible
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array(cols + 1).fill(-Infinity));
  best[n][cols] = 0;
  for (let i = n; i >= 0; i--)
    for (let c = cols - 1; c >= 0; c--) {
      const skip = c < cols - 1 && canOmit(c) ? best[i][c + 1] : -Infinity;
      const take = i < n ? fitType(types[i], kinds[c]) + best[i + 1][c + 1] : -Infinity;
      best[i][c] = Math.max(skip, take);
    }
  if (best[0][0] === -Infinity) return null;
  const out = new Array<string>(cols).fill('');
  const omitted = new Array<boolean>(cols).fill(false);
  let i = 0;
  for (let c = 0; c < cols; c++) {
    const take = i < n ? fitType(types[i], kinds[c]) + best[i + 1][c + 1] : -Infinity;
    // leave the column out when that is as good: ties keep the fields to the right
    if (c < cols - 1 && canOmit(c) && best[i][c + 1] >= take) omitted[c] = true;
    else out[c] = fields[i++];
  }
  return { fields: out, omitted };
}

function toLines(parts: string[], line: number): RawLine[] {
  const ps = parts.length ? parts : [''];
  return ps.map((text, i) => ({ text: i < ps.length - 1 ? `${text} ` : text, page: null, line }));
}

/**
 * The kind of each column (number, standard or text), judged from the rows that
 * have every column, below the header when there are such rows (in a short table
 * the header's words would outvote its figures).
 */
function columnProfile(rows: TabRow[], cols: number): FieldType[] {
  const counts = Array.from({ length: cols }, () => ({ num: 0, std: 0, text: 0 }));
  const full = rows.filter((r) => r.fields.length === cols);
  for (const r of full.length > 1 && full[0] === rows[0] ? full.slice(1) : full) {
    r.fields.forEach((f, c) => {
      const t = typeOf(f);
      if (t !== 'empty') counts[c][t]++;
    });
  }
  return counts.map((k) => {
    const all = k.num + k.std + k.text;
    if (!all) return 'empty';
    return k.num / all >= 0.6 ? 'num' : k.std / all >= 0.6 ? 'std' : 'text';
  });
}

/**
 * A row with fewer fields than columns that no merged cell above explains (the
 * header, a row merged across columns): place its fields, in order, on the
 * columns whose kind fits them best.
 */
export function alignRow(fields: string[], cols: number, kinds: FieldType[]): string[] {
  const out = new Array(cols).fill('');
  alignCols(fields, cols, kinds).forEach((c, i) => {
    out[c] = fields[i];
  });
  return out;
}

/** The column alignRow places each field on. */
function alignCols(fields: string[], cols: number, kinds: FieldType[]): number[] {
  const n = fields.length;
  const types = fields.map(typeOf);
  const score = (i: number, c: number) => fitType(types[i], kinds[c]);
  // best[i][c]: best score placing fields[i..] on columns c..
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array(cols + 1).fill(-Infinity));
  for (let c = 0; c <= cols; c++) best[n][c] = 0;
  for (let i = n - 1; i >= 0; i--)
    for (let c = cols - 1; c >= 0; c--) {
      if (cols - c < n - i) continue;
      best[i][c] = Math.max(best[i][c + 1], score(i, c) + best[i + 1][c + 1]);
    }
  const at: number[] = [];
  let c = 0;
  for (let i = 0; i < n; i++) {
    // skip a column only when that is strictly better: ties keep fields to the left
    while (c < cols - 1 && cols - (c + 1) >= n - i && best[i][c + 1] > score(i, c) + best[i + 1][c + 1]) c++;
    at.push(c);
    c++;
  }
  return at;
}
