// Table cells laid out as lines: what `pdftotext` without -layout gives for a PDF
// table (each cell, or each wrapped piece of a cell, on a line of its own; the
// header "补贴标准（元/人次）" as "补贴标" / "准（元/" / "人次）"). Such a line is no
// sentence: read as a paragraph it opens brackets it never closes and doubles
// words across cells ("培训人次 取证人次"). Only what follows a table's title is
// taken, up to the first line that is text again. A table whose lines prove its shape
// (a column at a time, every column as long as the labels) is rebuilt (columnsTable).
import type { RawCell, RawTable } from '../model/document.js';
import { norm } from '../structure/normalize.js';
import { ACROSS_ROW } from '../structure/table-reading.js';
import { matchNumbering } from '../structure/numbering.js';

/**
 * A table's title line: "表2 就业补助资金来源情况表（单位：万元）", "续表3 …", "附表1 满意度调查结果统计表",
 * "附件2 职业技能培训班次明细表".
 */
const TITLE = /^(?:续\s*)?(?:附\s*)?表\s*\d{1,3}(?:[-－]\d{1,3})?\s+\S|^附\s*件\s*\d{1,2}\s+\S/;
/** A title names its table: it is no sentence, and a body line cut after "见" / "表3。" is no title. */
const SENTENCE_END = /[。；，：]$/;
/** A note under the title, before the cells: "说明：…。", "注：…。" — text, kept as paragraphs. */
const NOTE = /^(?:说\s*明|注)\s*[:：]/;
/** Lines a note may run to before it ends in "。" (a longer run is not a note). */
const NOTE_LINES = 4;
/** A heading after the table: "（三）资金投入情况", "三、…", "1.项目立项（权重5分，得分5分）" (not "1.5"). */
const HEADING = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.．、](?!\d))/;
/** HEADING, or an indicator's dotted code before its score bracket ("3.4 产出成本（分值 4 分，得分 3.50 分）"). */
function isHeading(t: string): boolean {
  return HEADING.test(t) || matchNumbering(norm(t))?.kind === 'arabic-dotted';
}
/**
 * A body line at full width: about 28 Han characters of the body type (16 pt on A4) — a cell of a
 * 9 pt table is narrower, and cells pdftotext put on one line stand apart with spaces.
 */
const BODY_WIDTH = 44;
/** Fewer cell lines than this after a title are no table laid out as lines. */
const MIN_CELLS = 3;

/** Display width: a Han character or full-width sign counts two, an ASCII one. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += ch.codePointAt(0)! >= 0x2e80 ? 2 : 1;
  return w;
}

/** One piece: no cells side by side, as pdftotext puts them, apart with spaces. */
const onePiece = (t: string) => !/\S\s+\S/.test(t);

/** A line of running text: full width, one piece. */
function isBodyLine(t: string): boolean {
  return width(t) >= BODY_WIDTH && onePiece(t);
}

/** A sentence's end ("具体情况如下。" under a table is text): a cell cut there would be read as text again. */
const SENTENCE_CLOSE = /[。！？]$/;

/** An indicator's code at a line's start, by its parts: "1.决策" → [1], "2.1 资金管理" → [2, 1], "1.1.1" → [1, 1, 1]. */
function codeParts(t: string): string[] | null {
  const m = /^(\d{1,2}(?:[.．]\d{1,2}){0,2})(?:[.．、](?!\d)|(?![\d,.．%]))/.exec(t.replace(/\s/g, ''));
  return m ? m[1].split(/[.．]/) : null;
}

/**
 * A line that looks like a heading but opens a row of an indicator table: the line right under it, in
 * the same block (no blank line between, as MuPDF writes a row's cells), is a cell coded one level
 * deeper under the same number ("1.决策（15 分）" over "1.1 项目立项（5"; "2.过程（25 分）" over "2.1
 * 资金管理（13"). A heading with its text under it (a line as wide as the body, a sentence: "3.4 产出成本（…）"
 * over "3.4.1 投资控制（…）。累计…") or another code ("1.项目立项（…）" over "A1-1立项依据…") stays a heading.
 */
function opensCodedRow(lines: string[], j: number): boolean {
  const next = (lines[j + 1] ?? '').trim();
  // the line under it a cell: narrower than the body, no sentence in it ("3.4.1 投资控制（…）。累计支出…" is text)
  if (!next || width(next) >= BODY_WIDTH || /[。；，：！？]/.test(next)) return false;
  const own = codeParts(lines[j].trim());
  const under = codeParts(next);
  return !!own && !!under && under.length === own.length + 1 && own.every((p, k) => p === under[k]);
}

export function isTitle(t: string): boolean {
  return TITLE.test(t) && !SENTENCE_END.test(t);
}

/** The indices of the lines that are table cells laid out one (or a few) a line (tableCellRuns). */
export function tableCellLines(lines: string[]): Set<number> {
  return new Set(tableCellRuns(lines).flat());
}

/**
 * The runs of lines that are table cells laid out one (or a few) a line, one run a table: after a
 * table's title (and its note), every line up to a heading, the next title, a line of running text
 * or a sentence's end. Blank lines and lines with tabs (a tab table, read as such) are never cells.
 */
export function tableCellRuns(lines: string[]): number[][] {
  const out: number[][] = [];
  const text = (k: number) => lines[k].trim();
  let i = 0;
  while (i < lines.length) {
    if (lines[i].includes('\t') || !isTitle(text(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < lines.length && !text(j)) j++;
    // a note between the title and the cells ("说明：…。", or a sentence at full width: "本次调查共回收…")
    if (j < lines.length && (NOTE.test(text(j)) || isBodyLine(text(j)))) {
      let end = j;
      while (end < lines.length && end - j < NOTE_LINES && !/。$/.test(text(end))) end++;
      if (end < lines.length && /。$/.test(text(end))) j = end + 1;
    }
    const cells: number[] = [];
    for (; j < lines.length; j++) {
      const t = text(j);
      if (!t) continue;
      if (lines[j].includes('\t') || isTitle(t) || isBodyLine(t)) break;
      if (isHeading(t) && !opensCodedRow(lines, j)) break;
      if (SENTENCE_CLOSE.test(t) && onePiece(t)) break;
      cells.push(j);
    }
    if (cells.length >= MIN_CELLS) out.push(cells);
    i = j;
  }
  return out;
}

/** A figure alone in its cell: "1,380.00", "22.03", "90.60%". */
const FIGURE = /^-?\d[\d,]*(?:\.\d+)?%?$/;

/**
 * A table pdftotext wrote a column at a time (R's 表2 资金来源 | 2023年度 | 2024年度 | 合计, 表11
 * 一级指标 | 权重 | 得分 | 扣分 | 得分率): blocks apart by blank lines — the label column (its n
 * labels, its header in a block of its own before or after them, or on their first line), then
 * each column of figures as its header and exactly n figures. The shape proves the table only when
 * nothing else is in the run, every cell is one piece, each label is text and each figure a
 * figure; otherwise null, and the lines stay table text (no table, no findings).
 */
export function columnsTable(lines: string[], run: number[]): RawTable | null {
  const blocks: number[][] = [];
  run.forEach((k, i) => {
    if (i === 0 || k > run[i - 1] + 1) blocks.push([]);
    blocks[blocks.length - 1].push(k);
  });
  const text = (k: number) => lines[k].trim();
  const isFigure = (k: number) => FIGURE.test(text(k));
  const isLabel = (k: number) => !isFigure(k) && onePiece(text(k));
  const isColumn = (b: number[], n: number) => b.length === n + 1 && isLabel(b[0]) && b.slice(1).every(isFigure);
  const columnAt = blocks.findIndex((b) => b.length >= 3 && isColumn(b, b.length - 1));
  if (columnAt < 1) return null;
  const columns = blocks.slice(columnAt);
  const n = columns[0].length - 1;
  if (!columns.every((b) => isColumn(b, n))) return null;
  const lead = blocks.slice(0, columnAt);
  if (!lead.flat().every(isLabel)) return null;
  // the label column: its header apart (before or after its n labels), or its first line
  let labels: number[];
  if (lead.length === 1 && lead[0].length === n + 1) labels = lead[0];
  else if (lead.length === 2 && lead[0].length === 1 && lead[1].length === n) labels = [...lead[0], ...lead[1]];
  else if (lead.length === 2 && lead[0].length === n && lead[1].length === 1) labels = [...lead[1], ...lead[0]];
  else return null;
  // blocks headed by kinds of figure, one a score ("分值" / "得分" / "得分率" after "项目" / "决策" / … /
  // "合计"), the labels' head naming no indicator: a summary laid across, as MuPDF writes it a row a block
  // (T's 表14). The figures are the same either way; laid across, the structure knows it for a summary
  // (table-reading.ts laidAcross), where "项目" over columns of 分值 and 得分 names no kind of table.
  // Labels headed "一级指标" are a column of indicators (R's 表11): read as columns, as before.
  const heads = columns.map((col) => text(col[0]).replace(/\s/g, ''));
  const across =
    !/指标/.test(text(labels[0])) && heads.every((h) => ACROSS_ROW.test(h)) && heads.some((h) => h.endsWith('得分'));
  const cells: RawCell[] = [labels, ...columns].flatMap((col, c) =>
    col.map((k, r) => ({
      row: across ? c : r,
      col: across ? r : c,
      rowSpan: 1,
      colSpan: 1,
      lines: [{ text: text(k), page: null, line: k + 1 }],
    })),
  );
  return { kind: 'table', cells };
}
