// Tables drawn without vertical rulings: a 三线表 (a rule above, one under the
// header, one below) or no rules at all. Columns are rebuilt from where the
// text stands (gutters no text crosses, down several lines), rows from which
// columns a line writes to. Where the columns cannot be told (between a
// table's rules), or a rebuilt table cannot be read by them (a merged label
// centred in its rows, two rows' numbers in one cell), the lines become a
// table of one column, a line a row, so that no sentence or bracket is read
// across cells as if it were prose, and no figure is taken from a misread grid.
import type { Rulings } from './pdf-geometry.js';
import { startsWithNumbering } from './pdf-paragraphs.js';
import { emptyPart, fillCells, type TablePart } from './pdf-tables.js';
import { groupRunLines, joinRuns, type TextRun } from './pdf-text.js';

/**
 * A gap wider than this (ems) between the texts of a line parts two cells. Cell
 * texts of a Writer table stand 0.3 em apart and more, the gap between Chinese
 * and a number 0.2 em; the columns must then line up down the lines as well.
 */
const CELL_GAP = 0.25;
/** Lines of one table stand at most this far apart (baseline to baseline, ems). */
const ROW_PITCH = 3;
/** A cell text at least this wide (ems) that fills its column has wrapped onto the next line. */
const WRAP_WIDTH = 3;
/** Rules shorter than this (points) are underlines or ticks, not a table's rules. */
const MIN_RULE = 60;
/** Rules whose ends lie this close (points) are drawn for one table. */
const SAME_EXTENT = 6;
/** With no rules, a table needs this many lines with texts in this many columns or more (two gaps on three lines). */
const MIN_LINES = 3;
const MIN_CELLS = 3;

/** The text of one cell on one line: runs with no wide gap between them. */
interface Item {
  left: number;
  right: number;
}

interface Line {
  runs: TextRun[];
  /** The page's runs this line was made of (runs may hold pieces cut from them: figuresCut). */
  source: TextRun[];
  items: Item[];
  baseline: number;
  top: number;
  bottom: number;
  size: number;
  text: string;
}

interface Column {
  left: number;
  right: number;
  /** Width (points) from which a text fills the column: its header's stack when the header gives the columns. */
  fills?: number;
}

/** A table found on the page: its part (cells filled) and the runs it took. */
export interface BorderlessTable {
  part: TablePart;
  runs: TextRun[];
}

/** Dot leaders of a table of contents ("概况……3", "概况.......3"). */
const LEADER = /[.．·•…。]{4,}|…{2,}|[-_]{4,}/u;
const PAGE_NO = /^\d{1,3}$/u;
/** A sign alone (the "%" of "95.83%" wrapped in a narrow column) is no cell of its own. */
const TAIL = /^[^\p{L}\p{N}]{1,2}$/u;
/** A word's last character or two, with a closing sign ("年", "设", "区）"). */
const SHORT_TAIL = /^[^\p{N}\s]{1,2}[）)]?$/u;

function linesOf(runs: readonly TextRun[]): Line[] {
  return groupRunLines(runs.filter((r) => r.text.trim() !== '')).map((rs) => lineOf(rs, rs, new Set()));
}

/** The line of some runs (read left to right); a run in `cuts` starts an item of its own whatever the gap. */
function lineOf(rs: TextRun[], source: TextRun[], cuts: ReadonlySet<TextRun>): Line {
  const items: Item[] = [];
  let prev: TextRun | undefined;
  for (const r of rs) {
    const last = items[items.length - 1];
    if (last && prev && !cuts.has(r) && r.x - prev.right <= CELL_GAP * Math.min(r.size, prev.size))
      last.right = Math.max(last.right, r.right);
    else items.push({ left: r.x, right: r.right });
    prev = r;
  }
  return {
    runs: rs,
    source,
    items,
    baseline: rs[0].baseline,
    top: Math.min(...rs.map((r) => r.top)),
    bottom: Math.max(...rs.map((r) => r.bottom)),
    size: Math.max(...rs.map((r) => r.size)),
    text: joinRuns(rs),
  };
}

/** The text of one item of a line. */
const textOf = (l: Line, it: Item): string =>
  joinRuns(l.runs.filter((r) => r.x >= it.left - 0.5 && r.right <= it.right + 0.5)).trim();

/**
 * A line of a table of contents is no table row: it has a dot leader; or it
 * is a numbered heading and its page number, the heading's own spaces making
 * gaps as wide as a table's ("(一) 项目决策情况（指标分值 20 分） 7"); or it is
 * entries each followed by its page number ("一、概况 3 二、结论 8").
 */
function tocLike(l: Line): boolean {
  if (LEADER.test(l.text)) return true;
  if (l.items.length < 2) return false;
  const texts = l.items.map((it) => textOf(l, it));
  if (startsWithNumbering(l.text) && PAGE_NO.test(texts[texts.length - 1])) return true;
  return texts.length % 2 === 0 && texts.every((t, i) => i % 2 === 0 || PAGE_NO.test(t));
}

/** Columns of some lines: stretches of x that their texts cover, parted by gutters wider than a cell gap. */
function columnsOf(lines: readonly Line[]): Column[] {
  const items = lines.flatMap((l) => l.items.map((it) => ({ ...it, size: l.size }))).sort((a, b) => a.left - b.left);
  const cols: Array<Column & { size: number }> = [];
  for (const it of items) {
    const c = cols[cols.length - 1];
    if (c && it.left - c.right <= CELL_GAP * Math.min(c.size, it.size)) c.right = Math.max(c.right, it.right);
    else cols.push({ left: it.left, right: it.right, size: it.size });
  }
  return cols.map(({ left, right }) => ({ left, right }));
}

/** The column a text stands in; one crossing a gutter (a header over a 三线表's body columns) counts where its middle is. */
function columnOf(cols: readonly Column[], it: Item): number {
  const inside = cols.findIndex((c) => it.left >= c.left - 0.5 && it.right <= c.right + 0.5);
  if (inside >= 0) return inside;
  const mid = (it.left + it.right) / 2;
  const k = cols.findIndex((c, i) => i + 1 === cols.length || mid < (c.right + cols[i + 1].left) / 2);
  return Math.max(0, k);
}

/** Every column holds text on at least two of the lines: the texts line up down the rows. */
function aligned(lines: readonly Line[], cols: readonly Column[]): boolean {
  const hits = cols.map(() => 0);
  for (const l of lines) for (const c of new Set(l.items.map((it) => columnOf(cols, it)))) if (c >= 0) hits[c]++;
  return hits.every((n) => n >= 2);
}

const close = (a: Line, b: Line): boolean => b.baseline - a.baseline <= ROW_PITCH * Math.min(a.size, b.size);

/**
 * Does the cell text in column `c` end at the cell's right edge, so that the
 * next glyph would not have fitted? It reaches its column's widest text
 * within a glyph and, but for the last column, comes within two glyphs of the
 * next column's text (the cell's padding both sides): texts of one length down
 * a column all reach its widest, but not across a wide gutter.
 */
function endsFull(it: Item, cols: readonly Column[], c: number, size: number): boolean {
  const col = cols[c];
  // a header text wider than the body's column under it ("宣传展示（省" over "540.00") fills its cell, short of the next column
  if (it.right > col.right + 1)
    return it.left >= col.left - 1 && (c + 1 === cols.length || it.right < cols[c + 1].left - 1);
  if (col.right - it.right >= size + 1) return false;
  return c + 1 === cols.length || cols[c + 1].left - it.right <= 2 * size + 2;
}

/** Does the cell text fill its column edge to edge, wide enough to be words that wrapped onto the next line? */
function wraps(it: Item, cols: readonly Column[], c: number, size: number): boolean {
  const col = cols[c];
  return (
    it.left >= col.left - 1 &&
    it.left - col.left < size + 1 &&
    it.right - it.left >= Math.min(WRAP_WIDTH * size, col.fills ?? Number.POSITIVE_INFINITY) &&
    endsFull(it, cols, c, size)
  );
}

/**
 * Lines into rows. A line goes on the row above when it writes only to
 * columns that row left empty (a label centred down a tall row) or whose
 * text above ended at the column's edge or left a bracket open, at least one
 * of them words that wrapped (中央财 / 政奖补资金, with 95.83 / % beside it),
 * and leaves some filled column alone. A line that writes to every filled
 * column, or again to a column whose text had ended short, starts a row; so
 * does a rule.
 */
function rowsOf(lines: readonly Line[], cols: readonly Column[], breaks: ReadonlySet<number>): Line[][] {
  const rows: Line[][] = [];
  let last = new Map<number, { it: Item; size: number; text: string }>(); // the row's text in each column, its last line's piece
  lines.forEach((l, i) => {
    const at = l.items.map((it) => ({ it, c: columnOf(cols, it) }));
    const filled = at.filter(({ c }) => last.has(c));
    const above = (c: number) => last.get(c)!;
    // a cell whose text leaves a bracket open ("《中华人民共和国非物质文化遗产") goes on below ("法》")
    const open = (c: number): boolean => openBrackets(above(c).text) > 0;
    const goesOn =
      rows.length > 0 &&
      !breaks.has(i) &&
      (filled.length === 0 ||
        // a header's words wrap in cells as narrow as the figures under them: "所在县（市、" / "区）", "带动就业" / "（人）"
        wordsGoOn(l, at, last) ||
        ((filled.length < last.size || last.size === 1) &&
          filled.every(({ c }) => open(c) || endsFull(above(c).it, cols, c, above(c).size)) &&
          (filled.some(({ c }) => open(c) || wraps(above(c).it, cols, c, above(c).size)) ||
            at.every(({ it }) => TAIL.test(textOf(l, it))) ||
            // "2021" / "年": a word's last character or two alone under a text that ended at its column's edge
            (at.length === 1 && SHORT_TAIL.test(textOf(l, at[0].it))))));
    if (goesOn) rows[rows.length - 1].push(l);
    else {
      rows.push([l]);
      last = new Map();
    }
    for (const { it, c } of at) last.set(c, { it, size: l.size, text: (last.get(c)?.text ?? '') + textOf(l, it) });
  });
  return rows;
}

/**
 * A line of words only (no figure) under a row of words (a header), each under a text of that row, leaving some of
 * them alone: the last words of header cells as narrow as the figures below them ("传承人补" / "助", "所在县（市、" /
 * "区）"). A line with a figure, or one writing to a column the row left empty, is a row.
 */
function wordsGoOn(
  l: Line,
  at: ReadonlyArray<{ it: Item; c: number }>,
  last: ReadonlyMap<number, { text: string }>,
): boolean {
  const words = (text: string): boolean => !/\d/.test(text);
  return (
    at.length < last.size &&
    [...last.values()].every((x) => words(x.text)) &&
    at.every(({ it, c }) => last.has(c) && words(textOf(l, it)))
  );
}

/** The part for rows of lines over columns: one cell a grid position, boundaries halfway across gutters and gaps. */
function partOf(rows: readonly Line[][], cols: readonly Column[], page: number): BorderlessTable {
  const lines = rows.flat();
  const runs = lines.flatMap((l) => l.runs);
  const xs = [
    Math.min(...runs.map((r) => r.x)) - 1,
    ...cols.slice(1).map((c, i) => (cols[i].right + c.left) / 2),
    Math.max(...runs.map((r) => r.right)) + 1,
  ];
  const top = (row: readonly Line[]): number => Math.min(...row.map((l) => l.top));
  const bottom = (row: readonly Line[]): number => Math.max(...row.map((l) => l.bottom));
  const ys = [
    top(rows[0]) - 1,
    ...rows.slice(1).map((row, i) => (bottom(rows[i]) + top(row)) / 2),
    bottom(rows[rows.length - 1]) + 1,
  ];
  const cells = rows.flatMap((_, r) => cols.map((_c, c) => ({ r0: r, r1: r + 1, c0: c, c1: c + 1 })));
  const part: TablePart = emptyPart(page, xs, ys, cells);
  fillCells(part, runs);
  return { part, runs: [...new Set(lines.flatMap((l) => l.source))] };
}

const OPENERS = '（(《〔【“';
const CLOSERS = '）)》〕】”';
/** Brackets a text leaves open (closers without an opener count for nothing). */
function openBrackets(text: string): number {
  let depth = 0;
  for (const ch of text) {
    if (OPENERS.includes(ch)) depth++;
    else if (CLOSERS.includes(ch) && depth > 0) depth--;
  }
  return depth;
}

/**
 * One column, a line a row: the table whose columns could not be told. A
 * line that leaves a bracket open takes the next lines until it closes (at
 * most four lines): a cell's "效益（25" wrapped onto "分）" stays one unit.
 */
function linesTable(lines: readonly Line[], page: number): BorderlessTable {
  const rows: Line[][] = [];
  for (const l of lines) {
    const row = rows[rows.length - 1];
    if (row && row.length < 4 && openBrackets(row.map((x) => x.text).join('')) > 0) row.push(l);
    else rows.push([l]);
  }
  const runs = lines.flatMap((l) => l.runs);
  const col = { left: Math.min(...runs.map((r) => r.x)), right: Math.max(...runs.map((r) => r.right)) };
  return partOf(rows, [col], page);
}

/**
 * Can the rows be read column by column? Not when a label merged down
 * several rows is centred in them: with no rules, nothing tells which rows
 * it spans, and read as the label of the row it stands in it would name
 * other rows' indicators. Seen as a label column (left of the first column
 * filled on every body row) empty on the first body row yet filled further
 * down, or holding a line of its own in the middle of a row.
 */
function labelsReadable(rows: readonly Line[][], cols: readonly Column[], head: number, continued = false): boolean {
  const body = rows.slice(head);
  if (body.length < 2) return true;
  const has = (row: readonly Line[], c: number): boolean =>
    row.some((l) => l.items.some((it) => columnOf(cols, it) === c));
  const full = cols.findIndex((_, c) => body.every((row) => has(row, c)));
  const labels = full < 0 ? cols.length - 1 : full;
  if (!continued)
    for (let c = 0; c < labels; c++) if (!has(body[0], c) && body.some((row) => has(row, c))) return false;
  return body.every((row) =>
    row.every((l, k) => {
      if (k === 0 || !l.items.every((it) => columnOf(cols, it) < labels)) return true;
      // a label's second line is its words wrapping, no label of its own
      return l.items.every((it) => {
        const c = columnOf(cols, it);
        const prev = row
          .slice(0, k)
          .reverse()
          .find((p) => p.items.some((q) => columnOf(cols, q) === c));
        const above = prev?.items.find((q) => columnOf(cols, q) === c);
        // under a header's columns, a label stacked right under its own words goes on them ("保障" / "（13）")
        return (
          prev !== undefined &&
          above !== undefined &&
          (wraps(above, cols, c, prev.size) || (continued && prev === row[k - 1]))
        );
      });
    }),
  );
}

const NUMBER = /^[-+−]?\d[\d,，]*(?:\.\d+)?%?$/u;

/**
 * Were two rows taken for one? A cell holding two lines that are each a whole
 * number ("1,540.00" over "18,500.00") is two rows' values, not one wrapped text.
 */
function rowsMerged(rows: readonly Line[][], cols: readonly Column[]): boolean {
  return rows.some((row) =>
    cols.some((_, c) => {
      const texts = row.flatMap((l) => l.items.filter((it) => columnOf(cols, it) === c).map((it) => textOf(l, it)));
      return texts.filter((t) => NUMBER.test(t)).length >= 2;
    }),
  );
}

/** The table of some lines over columns; one column, a line a row, when its labels or rows cannot be read. */
function tableOver(
  lines: readonly Line[],
  cols: readonly Column[],
  breaks: ReadonlySet<number>,
  head: number,
  page: number,
): BorderlessTable {
  const rows = rowsOf(lines, cols, breaks);
  if (labelsReadable(rows, cols, head) && !rowsMerged(rows, cols)) return partOf(rows, cols, page);
  return linesTable(lines, page);
}

/** Horizontal rules that touch no vertical one (a grid's rules belong to the grid), long enough for a table. */
function freeRules(rulings: Rulings): Rulings['h'] {
  const tol = 2.5;
  return rulings.h.filter(
    (h) =>
      h.x2 - h.x1 >= MIN_RULE &&
      !rulings.v.some((v) => v.x >= h.x1 - tol && v.x <= h.x2 + tol && h.y >= v.y1 - tol && h.y <= v.y2 + tol),
  );
}

/**
 * Tables between rules of one extent: each stretch between two such rules
 * whose lines stand in two or more columns (or mostly hold cell gaps) is a
 * table's; adjacent ones are one table, with a row boundary at each rule.
 */
function ruledRegions(lines: readonly Line[], rulings: Rulings, page: number, taken: Set<Line>): BorderlessTable[] {
  const rules = freeRules(rulings).sort((a, b) => a.y - b.y);
  const out: BorderlessTable[] = [];
  const used = new Set<number>();
  for (let i = 0; i < rules.length; i++) {
    if (used.has(i)) continue;
    const same = rules
      .map((r, j) => ({ r, j }))
      .filter(
        ({ r, j }) =>
          j >= i &&
          !used.has(j) &&
          Math.abs(r.x1 - rules[i].x1) <= SAME_EXTENT &&
          Math.abs(r.x2 - rules[i].x2) <= SAME_EXTENT,
      );
    for (const { j } of same) used.add(j);
    // the stretches between consecutive rules, and whether each reads as a table's
    let region: Line[][] = [];
    const flush = (): void => {
      const found = region.length ? tableOf(region, page) : null;
      if (found) {
        out.push(found);
        for (const s of region) for (const l of s) taken.add(l);
      }
      region = [];
    };
    // a cell's text may stand out of the rules by less than a glyph (a bracket's blank half, a figure wider than its column)
    const within = (l: Line): boolean =>
      l.items[0].left >= rules[i].x1 - Math.max(2, l.size) &&
      l.items[l.items.length - 1].right <= rules[i].x2 + Math.max(2, l.size);
    for (let k = 0; k + 1 < same.length; k++) {
      const [a, b] = [same[k].r, same[k + 1].r];
      const slab = lines.filter((l) => !taken.has(l) && l.top >= a.y - 1 && l.bottom <= b.y + 1 && within(l));
      const inside = lines.filter((l) => l.baseline > a.y && l.baseline < b.y);
      if (slab.length && slab.length === inside.length && tableLike(slab)) region.push(slab);
      else flush();
    }
    // a header alone between two rules is a table's whose body runs on under the header rule with no rule below
    // (a longtable cut at the page's foot: 表头 between 顶线 and 栏目线, the rows down to the page's end)
    if (region.length === 1 && region[0] === lastSlab(region, same)) {
      const body = openBody(lines, same[same.length - 1].r.y, within, taken);
      if (body.length && tableLike(body)) region.push(body);
    }
    flush();
  }
  return out;
}

/** The region's last slab when it ends at the last of the rules (the stretch under the last rule is not read yet). */
function lastSlab(region: readonly Line[][], same: ReadonlyArray<{ r: { y: number } }>): Line[] | undefined {
  const slab = region[region.length - 1];
  const y = same[same.length - 1]?.r.y;
  return slab && y !== undefined && slab.every((l) => l.bottom <= y + 1) ? slab : undefined;
}

/** The lines under a rule that run on from it, each within a row's pitch of the one above, inside the rule's extent. */
function openBody(lines: readonly Line[], y: number, within: (l: Line) => boolean, taken: Set<Line>): Line[] {
  const out: Line[] = [];
  for (const l of lines) {
    if (l.top < y - 1) continue;
    const prev = out[out.length - 1];
    const near = prev ? close(prev, l) : l.baseline - y <= ROW_PITCH * l.size;
    if (taken.has(l) || !within(l) || !near || tocLike(l)) break;
    out.push(l);
  }
  return out;
}

/** Lines between two rules read as a table's: two columns or more, or mostly lines with cell gaps (not prose). */
function tableLike(slab: readonly Line[]): boolean {
  if (slab.some(tocLike)) return false;
  const cols = columnsOf(slab);
  if (cols.length >= 2 && (slab.length === 1 || aligned(slab, cols))) return true;
  return slab.filter((l) => l.items.length >= 2).length * 2 >= slab.length;
}

/** The table of the stretches between one table's rules: its columns from the body (under the header rule), else one column. */
function tableOf(slabs: readonly Line[][], page: number): BorderlessTable | null {
  const lines = slabs.flat();
  if (lines.length < 2) return null;
  const body = slabs.length > 1 ? slabs.slice(1).flat() : lines;
  const cols = columnsOf(body);
  if (slabs.length > 1) {
    const headed = headedTable(slabs, page);
    if (headed) return headed;
  }
  const breaks = new Set<number>();
  let n = 0;
  for (const s of slabs) {
    breaks.add(n);
    n += s.length;
  }
  if (cols.length >= 2 && aligned(body, cols)) {
    const head = slabs.length > 1 ? rowsOf(slabs[0], cols, new Set()).length : 1;
    return tableOver(lines, cols, breaks, head, page);
  }
  return linesTable(lines, page);
}

/** A figure, a share or a dash standing for none: a cell's whole text in a table's body. */
const FIGURE_CELL = /^(?:[-+−]?\d[\d,，]*(?:\.\d+)?%?|[—–-]{1,2})$/u;

/** One figure or dash of a run that holds several. */
const FIGURE_PIECE = /[-+−]?\d[\d,，]*(?:\.\d+)?%?|[—–]{1,2}|(?<![\d%])-{1,2}(?![\d])/gu;

/** Ems of a text: a Chinese glyph, a full-width sign, an em dash or an ellipsis one, anything else a half. */
const emsOf = (t: string): number =>
  [...t].reduce((a, c) => a + (/[\u2014\u2026\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]/u.test(c) ? 1 : 0.5), 0);

/**
 * A line whose runs are cut where space-parted figures stand in other columns: a narrow column's figure that
 * overflows runs into the next column's and the file draws both as one text ("97.38% 1,968", "15.00 —"). Each
 * piece's place is estimated from its share of the run's ems; a run is cut only when its pieces start in
 * different columns.
 */
function figuresCut(l: Line, cols: readonly Column[]): Line {
  const cuts = new Set<TextRun>();
  const runs = l.runs.flatMap((r) => {
    const text = r.text.trim();
    // the figures and dashes of the run, with or without a space between them ("100.00—" lost its gutter)
    const words = [...text.matchAll(FIGURE_PIECE)];
    if (words.length < 2 || words.map((m) => m[0]).join('') !== text.replace(/\s+/gu, '')) return [r];
    const scale = (r.right - r.x) / (emsOf(text) || 1);
    const pieces = words.map((m) => {
      const x = r.x + emsOf(text.slice(0, m.index)) * scale;
      return { ...r, text: m[0], x, right: x + emsOf(m[0]) * scale };
    });
    const at = pieces.map((p) => headerColumn(cols, p.x, p.size));
    if (at.some((c) => c < 0) || new Set(at).size < at.length) return [r];
    for (const p of pieces.slice(1)) cuts.add(p);
    return pieces;
  });
  // a run starting in another column than the run before it starts a cell, however close ("109.09%" / "5")
  runs.forEach((r, k) => {
    if (k > 0 && headerColumn(cols, r.x, r.size) !== headerColumn(cols, runs[k - 1].x, runs[k - 1].size)) cuts.add(r);
  });
  return cuts.size ? lineOf(runs, l.source, cuts) : l;
}

/** The header column a text starting at x stands in: x within the column's words, or up to a glyph left of them. */
function headerColumn(cols: readonly Column[], x: number, size: number): number {
  return cols.findIndex((c) => x >= c.left - size && x <= c.right);
}

/**
 * The table read by its header's columns. In a narrow-columned 三线表 the header's words wrap a glyph or two a
 * line ("分" / "值", "公租" / "房保" / "有量" / "（套）"), each stack inside its column, while the body's figures
 * overflow their columns into the next (the gutters close up, and the body alone gives too few columns). When
 * every body text starts inside one header stack, a line's texts each in a stack of its own, the stacks are the
 * columns and the header lines one row (a repeated header then reads the same on every page).
 */
function headedTable(slabs: readonly Line[][], page: number): BorderlessTable | null {
  const head = slabs[0];
  const cols = columnsOf(head);
  // a group label over several columns ("资金到位情况" over "到位数" / "到位率") makes one stack of them: two body
  // texts of a line then start in it and the header does not give the columns
  if (cols.length < 2) return null;
  const bodySlabs = slabs.slice(1).map((s) => s.map((l) => figuresCut(l, cols)));
  for (const l of bodySlabs.flat()) {
    const at = l.items.map((it) => headerColumn(cols, it.left, l.size));
    if (at.some((c) => c < 0) || new Set(at).size < at.length) return null;
  }
  // each column as wide as the texts that start in it, short of the next column's words; a text as wide as the
  // header's stack fills it ("投入" / "指标" / "小计" in a column two glyphs wide)
  const spans: Column[] = cols.map((c) => ({ ...c, fills: c.right - c.left - 1 }));
  for (const l of bodySlabs.flat())
    for (const it of l.items) {
      const c = headerColumn(cols, it.left, l.size);
      spans[c].left = Math.min(spans[c].left, it.left);
      spans[c].right = Math.max(spans[c].right, it.right);
    }
  for (let c = 0; c + 1 < spans.length; c++) spans[c].right = Math.min(spans[c].right, cols[c + 1].left - 1);
  for (let c = 1; c < spans.length; c++) spans[c].left = Math.max(spans[c].left, spans[c - 1].right + 1);
  const breaks = new Set<number>();
  let n = 0;
  for (const s of bodySlabs) {
    breaks.add(n);
    n += s.length;
  }
  const rows = [head, ...headedRows(bodySlabs.flat(), spans, breaks)];
  // a continued page's first rows go on under the label of the page before: its label cells are empty
  if (!labelsReadable(rows, spans, 1, true) || rowsMerged(rows.slice(1), spans)) return null;
  return partOf(rows, spans, page);
}

/**
 * Rows of lines under a header's columns. A figure column (every text in it a figure, on two lines or more: 分值,
 * 扣分, 得分; 户数, 到位率) has each row's figure on the row's first line, so a line with a figure there starts a row;
 * a line with none, writing only under cells the row has text in, is the row's wrapped words ("（15）" / "计（6）" /
 * "充分性" under "投入" / "政策设" / "政策依据", a criterion's last "分", a label's third line "（7）" when the
 * row's other cells took two). Without a figure column, rowsOf reads them.
 */
function headedRows(lines: readonly Line[], cols: readonly Column[], breaks: ReadonlySet<number>): Line[][] {
  const cells = (l: Line) => l.items.map((it) => ({ c: columnOf(cols, it), t: textOf(l, it) }));
  const figureCols = new Set(
    cols
      .map((_, c) => c)
      .filter((c) => {
        const ts = lines.flatMap((l) => cells(l).filter((x) => x.c === c));
        return ts.length >= 2 && ts.every((x) => FIGURE_CELL.test(x.t));
      }),
  );
  if (!figureCols.size) return rowsOf(lines, cols, breaks);
  const rows: Line[][] = [];
  lines.forEach((l, i) => {
    const row = rows[rows.length - 1];
    const at = cells(l).map((x) => x.c);
    const filled = new Set(row?.flatMap((x) => cells(x).map((y) => y.c)) ?? []);
    const goesOn = row && !breaks.has(i) && !at.some((c) => figureCols.has(c)) && at.every((c) => filled.has(c));
    if (goesOn) row.push(l);
    else rows.push([l]);
  });
  return rows;
}

/**
 * Tables with no rules: consecutive lines that keep to the same columns
 * (a wrapped cell's lines among them), at least three of them with texts in
 * three columns or more, and every column holding text on two lines or more;
 * grown up over header lines with two cells or more.
 */
function unruledRegions(lines: readonly Line[], page: number, taken: Set<Line>): BorderlessTable[] {
  const out: BorderlessTable[] = [];
  const free = lines.filter((l) => !taken.has(l));
  const rowLike = (l: Line): boolean => l.items.length >= MIN_CELLS && !tocLike(l);
  const keepsColumns = (region: readonly Line[], l: Line): boolean =>
    !tocLike(l) && columnsOf([...region, l]).length === columnsOf(region).length;
  let i = 0;
  while (i < free.length) {
    if (!rowLike(free[i])) {
      i++;
      continue;
    }
    const region = [free[i]];
    let j = i + 1;
    while (j < free.length && close(region[region.length - 1], free[j]) && keepsColumns(region, free[j]))
      region.push(free[j++]);
    // a last line of one text is the table's only when it goes on a wrapped cell or number (else a heading or a note under it)
    while (region.length > 1 && region[region.length - 1].items.length < 2) {
      const l = region[region.length - 1];
      const above = region[region.length - 2];
      const cs = columnsOf(region);
      const c = columnOf(cs, l.items[0]);
      const prev = above.items.find((it) => columnOf(cs, it) === c);
      if (
        prev &&
        (wraps(prev, cs, c, above.size) || (TAIL.test(textOf(l, l.items[0])) && endsFull(prev, cs, c, above.size)))
      )
        break;
      region.pop();
      j--;
    }
    const cols = columnsOf(region);
    if (region.filter(rowLike).length < MIN_LINES || cols.length < MIN_CELLS || !aligned(region, cols)) {
      i++;
      continue;
    }
    let k = i - 1;
    while (k >= 0 && !taken.has(free[k]) && close(free[k], region[0]) && keepsColumns(region, free[k])) {
      const l = free[k];
      if (l.items.length < 2) {
        // one text: the table's only when its words wrap into the line below (a header cell 资金来 / 源)
        const cs = columnsOf([l, ...region]);
        const c = columnOf(cs, l.items[0]);
        if (!wraps(l.items[0], cs, c, l.size) || !region[0].items.some((it) => columnOf(cs, it) === c)) break;
      }
      region.unshift(free[k--]);
    }
    const cs = columnsOf(region);
    out.push(tableOver(region, cs, new Set(), 1, page));
    for (const l of region) taken.add(l);
    i = j;
  }
  return out;
}

/** The borderless tables of one page, from the runs outside ruled grids and the page's rulings. */
export function findBorderlessTables(runs: readonly TextRun[], rulings: Rulings, page: number): BorderlessTable[] {
  const lines = linesOf(runs);
  const taken = new Set<Line>();
  const ruled = ruledRegions(lines, rulings, page, taken);
  return [...ruled, ...unruledRegions(lines, page, taken)].sort((a, b) => a.part.top - b.part.top);
}
