// .txt and .md: paragraphs by blank lines (a .txt line is a paragraph), runs of
// tab-separated lines as tables, markdown pipe tables, pandoc's dash-ruled tables,
// HTML <table> blocks from PDF-to-markdown converters, and stray HTML tags stripped.
import type { RawBlock, RawDocument, RawLine, RawParagraph, RawTable } from '../model/document.js';
import { continuesParagraph, endsHeadingLine, startsLikeHeading, wrapSpace } from '../structure/join.js';
import type { htmlToBlocks } from './html.js';
import type { readPandocTable } from './pandoc-table.js';
import type { gridTables } from './pandoc-grid-table.js';
import type { boxGridTables } from './text-box-grid.js';
import { cellColumnsTable } from './text-cell-columns.js';
import { boxRowTables } from './text-box-rows.js';
import { cellRowForms } from './text-cell-forms.js';
import { cellRowTables } from './text-cell-rows.js';
import { rowBlockTables } from './text-row-blocks.js';
import { findGridTables } from './layout-table.js';
import { columnsTable, tableCellRuns } from './text-cells.js';
import { tabRowsToTable, typeOf, type TabRow } from './text-table.js';

/**
 * The table readers a text may need beyond its lines: HTML (htmlparser2) and pandoc's
 * tables (string-width). Each costs tens of ms to load, so a plain .txt loads neither.
 */
export interface TextReaders {
  htmlToBlocks?: typeof htmlToBlocks;
  readPandocTable?: typeof readPandocTable;
  /** w3m's box-drawn tables (text-box-grid.ts; string-width), for a .txt with a line opening a box. */
  boxGridTables?: typeof boxGridTables;
  /** pandoc's grid tables (pandoc-grid-table.ts, read as box-drawn ones), for a text with a line opening one. */
  gridTables?: typeof gridTables;
}

/** An HTML table in a text (a PDF converter's "<table>"), where readHtmlTable starts. */
const HTML_TABLE = /<table[\s>]/i;

/** A rule of two or more dash runs on a line of its own: the column rule of a pandoc table (`-t plain` too). */
const PANDOC_COLUMN_RULE = /^\s*-{3,}(?:\s+-{3,})+\s*$/m;

/** A line opening a box of box-drawing rules ("┌──┬──┐"): where a box-drawn table may start. */
const BOX_OPENING = /^\s*┌─/m;

/** A line opening a pandoc grid table ("+-----+-----+"); the same test as pandoc-grid-table.ts's GRID_OPENING. */
const GRID_OPENING = /^\s*\+(?::?-+:?\+)+\s*$/m;

/**
 * Loads the readers this text will call: the HTML one where it holds a <table>, pandoc's for markdown
 * and for a .txt with a column rule (pandoc's plain text writes its tables as in markdown), the box
 * reader for a .txt with a line opening a box.
 */
export async function loadTextReaders(text: string, format: 'txt' | 'md'): Promise<TextReaders> {
  const [html, pandoc, box, grid] = await Promise.all([
    HTML_TABLE.test(text) ? import('./html.js') : undefined,
    format === 'md' || PANDOC_COLUMN_RULE.test(text) ? import('./pandoc-table.js') : undefined,
    format === 'txt' && BOX_OPENING.test(text) ? import('./text-box-grid.js') : undefined,
    GRID_OPENING.test(text) ? import('./pandoc-grid-table.js') : undefined,
  ]);
  return {
    htmlToBlocks: html?.htmlToBlocks,
    readPandocTable: pandoc?.readPandocTable,
    boxGridTables: box?.boxGridTables,
    gridTables: grid?.gridTables,
  };
}

interface SrcLine {
  text: string;
  no: number; // 1-based
}

/** `readers` from loadTextReaders(text, format). */
export function parseText(text: string, path: string, format: 'txt' | 'md', readers: TextReaders): RawDocument {
  const lines: SrcLine[] = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((t, i) => ({ text: t, no: i + 1 }));
  const blocks: RawBlock[] = [];
  const headers = format === 'md' ? runningHeaders(lines) : new Set<string>();
  // the last pipe table, while nothing but page furniture has come after it (a table a page break split)
  let lastPipe: { block: number; rows: TabRow[] } | null = null;
  let pandoc: ReturnType<typeof readPandocTable> = null;
  const need = <K extends keyof TextReaders>(k: K): NonNullable<TextReaders[K]> => {
    const r = readers[k];
    if (!r) throw new Error(`parseText: ${k} was not loaded (loadTextReaders)`);
    return r;
  };
  // raw pdftotext: a table's cells come one (or a few) a line, and are no sentences; a table
  // written a column at a time whose shape proves it is rebuilt, where its first cell stood
  const cellLines = new Set<number>();
  const rebuilt = new Map<number, RawTable>();
  // pandoc's plain text (`-t plain`): its tables, ruled and padded to their columns, found first so
  // that their lines are not read as loose cells below
  const plainTables = new Map<number, NonNullable<ReturnType<typeof readPandocTable>>>();
  const inPlainTable = new Set<number>();
  if (format === 'txt' && readers.readPandocTable) {
    for (let k = 0; k < lines.length; k++) {
      const t = lines[k].text.trim() ? readers.readPandocTable(lines, k) : null;
      if (!t) continue;
      plainTables.set(k, t);
      for (; k < t.next; k++) inPlainTable.add(k);
      k--;
    }
  }
  // LibreOffice's text export: a table a cell a line, row after row, rebuilt where its stride proves itself;
  // its lines (blank ones too: they are empty cells) are the table's, whatever else would read them
  const rowTables = new Map<number, { table: RawTable; end: number }>();
  // pandoc's grid tables (.md, and .txt from pandoc's plain writer): their rules give the cells, so no other
  // reader sees their lines
  const inGrid = new Set<number>();
  for (const t of readers.gridTables?.(lines.map((l) => l.text)) ?? []) {
    rowTables.set(t.start, t);
    for (let k = t.start; k <= t.end; k++) inGrid.add(k);
  }
  if (format === 'txt') {
    // w3m's box-drawn tables: their rules give the columns, so they are read before any guess from the text
    const inBox = new Set<number>(inGrid);
    for (const t of readers.boxGridTables?.(lines.map((l) => l.text)) ?? []) {
      rowTables.set(t.start, t);
      for (let k = t.start; k <= t.end; k++) inBox.add(k);
    }
    const texts = lines.map((l, k) => (inPlainTable.has(k) || inBox.has(k) ? '' : l.text));
    const inRowTable = new Set<number>(inBox);
    for (const t of cellRowTables(texts)) {
      rowTables.set(t.start, t);
      for (let k = t.start; k <= t.end; k++) inRowTable.add(k);
    }
    // and the 自评表 forms, whose rows change their width, where every line of one is explained
    for (const t of cellRowForms(texts, inRowTable)) {
      rowTables.set(t.start, t);
      for (let k = t.start; k <= t.end; k++) inRowTable.add(k);
    }
    // MuPDF's text: a row a block, blank lines between (text-row-blocks.ts)
    for (const t of rowBlockTables(texts, inRowTable)) {
      rowTables.set(t.start, t);
      for (let k = t.start; k <= t.end; k++) inRowTable.add(k);
    }
    // pdfminer's text: a cell a text box, rows in order after the leading columns (text-box-rows.ts)
    for (const t of boxRowTables(texts, inRowTable)) {
      rowTables.set(t.start, t);
      for (let k = t.start; k <= t.end; k++) inRowTable.add(k);
    }
    // lynx's tables: columns of cells on a grid of characters, one blank column between (layout-table.ts)
    for (const { row, table } of findGridTables(texts.map((t, k) => (inRowTable.has(k) ? '' : t))).tables) {
      const end = Math.max(...table.cells.flatMap((c) => c.lines.map((l) => (l.line ?? 1) - 1)));
      rowTables.set(row, { table, end });
      for (let k = row; k <= end; k++) inRowTable.add(k);
    }
    for (const run of tableCellRuns(texts)) {
      const rest = run.filter((k) => !inRowTable.has(k));
      for (const k of rest) cellLines.add(k);
      const table = rest.length === run.length ? (columnsTable(texts, run) ?? cellColumnsTable(texts, run)) : null;
      if (table) rebuilt.set(run[0], table);
    }
  }
  let inRebuilt = -1; // the last line of the rebuilt table being passed over
  let i = 0;
  let pendingGap = false;
  while (i < lines.length) {
    const l = lines[i];
    const rowTable = rowTables.get(i);
    if (rowTable) {
      blocks.push(rowTable.table);
      i = rowTable.end + 1;
      pendingGap = false;
      continue;
    }
    if (!l.text.trim() || isPageArtifact(l.text, format) || headers.has(l.text.trim())) {
      pendingGap = true;
      i++;
      continue;
    }
    const table = rebuilt.get(i);
    if (table) {
      blocks.push(table);
      inRebuilt = Math.max(...table.cells.map((c) => (c.lines[0].line ?? 0) - 1));
      i++;
    } else if (i <= inRebuilt && cellLines.has(i)) {
      i++;
    } else if (cellLines.has(i)) {
      blocks.push({ kind: 'paragraph', lines: [{ text: l.text, page: null, line: l.no }], tableText: true });
      i++;
    } else if (HTML_TABLE.test(l.text)) {
      i = readHtmlTable(lines, i, blocks, need('htmlToBlocks'));
      lastPipe = null;
    } else if (
      format === 'md' &&
      i + 1 < lines.length &&
      ((isPipeRow(l.text) && isPipeSeparator(lines[i + 1].text)) || isBarePipeHead(l.text, lines[i + 1].text))
    ) {
      const rows: TabRow[] = [];
      i = isPipeRow(l.text) ? readPipeRows(lines, i, rows) : readBarePipeRows(lines, i, rows);
      // pandoc's markdown of a table that marks no header row: an empty header row over the real one,
      // whose cells are all words; that row heads the table, and each piece repeats it
      if (rows.length > 2 && rows[0].fields.every((f) => !f) && rows[1].fields.every((f) => typeOf(f) === 'text'))
        rows.shift();
      const head = (r: TabRow) => r.fields.join('|');
      if (lastPipe && lastPipe.block === blocks.length - 1 && head(rows[0]) === head(lastPipe.rows[0])) {
        // the same header again after a page break: the rows continue the table above
        lastPipe.rows.push(...rows.slice(1).map((r, k) => (k === 0 ? { ...r, afterGap: true } : r)));
        blocks[lastPipe.block] = tabRowsToTable(lastPipe.rows, stripTags);
      } else {
        blocks.push(tabRowsToTable(rows, stripTags));
        lastPipe = { block: blocks.length - 1, rows };
      }
    } else if (l.text.includes('\t') && !isTabTocEntry(l.text)) {
      i = readTabTable(lines, i, blocks);
    } else if ((pandoc = format === 'md' ? need('readPandocTable')(lines, i) : (plainTables.get(i) ?? null))) {
      blocks.push(
        tabRowsToTable(
          pandoc.rows.map((r) => ({ ...r, fields: r.fields.map(stripEmphasis) })),
          stripTags,
        ),
      );
      i = pandoc.next;
      lastPipe = null;
    } else {
      const heading = format === 'md' ? /^(#{1,6})\s+(.*)$/.exec(l.text) : null;
      // a setext heading: a line standing alone over "===" (level 1) or "---" (level 2)
      const underline = /^\s{0,3}(=+|-+)\s*$/.exec(lines[i + 1]?.text ?? '');
      const setext =
        format === 'md' &&
        !heading &&
        underline !== null &&
        (pendingGap || blocks.length === 0) &&
        !/^\s*(?:[-*+>]|\d+[.)])\s/.test(l.text);
      const piece =
        format === 'md'
          ? stripEmphasis(
              heading || setext
                ? dropHeadingAttributes(heading ? heading[2] : l.text)
                : l.text.replace(/^\s*(?:[-*+]|>)\s+/, ''),
            )
          : l.text;
      const raw: RawLine = { text: stripTags(piece).join(' '), page: null, line: l.no };
      // a markdown list item is a paragraph of its own, not the rest of the line above
      const listItem = format === 'md' && /^\s*(?:[-*+])\s+/.test(l.text);
      const prev = blocks[blocks.length - 1];
      // markdown: consecutive lines are one paragraph; txt: a line is a paragraph,
      // unless a page break cut it (the seed's "…；实" / "现规上…")
      const join =
        prev?.kind === 'paragraph' &&
        !prev.headingLevel &&
        !prev.tableText &&
        !heading &&
        !setext &&
        // txt: a whole heading line, then a blank line: the next line is its text (lynx's "（四）效益指标（…）" / "   效益指标…")
        !(format === 'txt' && pendingGap && prev.lines.length === 1 && endsHeadingLine(paragraphText(prev))) &&
        ((format === 'md' && !pendingGap && !listItem && !startsLikeHeading(raw.text)) ||
          continuesParagraph(paragraphText(prev), raw.text));
      if (join) {
        const last = prev.lines[prev.lines.length - 1];
        if (/[A-Za-z0-9]$/.test(last.text) && /^[A-Za-z0-9]/.test(raw.text))
          last.text += wrapSpace(last.text, raw.text);
        prev.lines.push(raw);
      } else {
        const p: RawParagraph = { kind: 'paragraph', lines: [raw] };
        if (heading) p.headingLevel = heading[1].length;
        if (setext && underline) p.headingLevel = underline[1][0] === '=' ? 1 : 2;
        blocks.push(p);
      }
      i += setext ? 2 : 1;
    }
    pendingGap = false;
  }
  return { path, format, pages: null, blocks };
}

/**
 * pandoc's commonmark_x writes a heading's attributes after its text ("# 一、部门概况 {#一部门概况}",
 * "{.unnumbered}", "{-}", "{key=val}"): they name the heading, they are no words of it.
 */
const HEADING_ATTRIBUTES = /\s+\{\s*(?:(?:#[^\s{}]+|\.[^\s{}=]+|-|[A-Za-z][\w-]*=(?:"[^"]*"|[^\s{}"]+))\s*)+\}\s*$/;
function dropHeadingAttributes(s: string): string {
  return s.replace(HEADING_ATTRIBUTES, '');
}

/**
 * Lines a PDF extraction or converter leaves that are not report text: page
 * numbers ("- 3 -", "第3页 共10页", "3 / 10") and, in markdown, lone images.
 */
function isPageArtifact(s: string, format: 'txt' | 'md'): boolean {
  const t = s.trim();
  if (/^[-—–]\s*\d{1,4}\s*[-—–]$/.test(t)) return true;
  if (/^第\s*\d{1,4}\s*页(\s*[，,]?\s*共\s*\d{1,4}\s*页)?$/.test(t)) return true;
  if (/^\d{1,4}\s*\/\s*\d{1,4}$/.test(t)) return true;
  // pandoc's fenced divs ("::: pagebreak" … ":::") mark out blocks; their fences are no text
  return (
    format === 'md' && (/^!\[[^\]]*\]\([^)]*\)$/.test(t) || /^<!--.*-->$/.test(t) || /^:{3,}(?:\s*[\w{].*)?$/.test(t))
  );
}

function paragraphText(p: RawParagraph): string {
  return p.lines.map((l) => l.text).join('');
}

/** "一、基本情况\t1": a TOC line, not a table row. */
function isTabTocEntry(s: string): boolean {
  const f = s.split('\t').filter((x) => x.trim());
  return f.length === 2 && /^\d{1,3}$/.test(f[1].trim()) && !/^\d/.test(f[0].trim());
}

function readTabTable(lines: SrcLine[], start: number, blocks: RawBlock[]): number {
  const rows: TabRow[] = [];
  let i = start;
  let gap = false;
  while (i < lines.length) {
    const t = lines[i].text;
    if (!t.trim()) {
      // a blank line inside a table is a page break when a tab row follows soon
      let j = i;
      while (j < lines.length && !lines[j].text.trim() && j - i < 3) j++;
      if (j < lines.length && lines[j].text.includes('\t') && !isTabTocEntry(lines[j].text)) {
        gap = true;
        i = j;
        continue;
      }
      break;
    }
    if (!t.includes('\t')) break;
    rows.push({ fields: t.split('\t'), line: lines[i].no, afterGap: gap });
    gap = false;
    i++;
  }
  blocks.push(tabRowsToTable(rows, stripTags));
  return i;
}

function isPipeRow(s: string): boolean {
  return /^\s*\|.*\|\s*$/.test(s);
}
function isPipeSeparator(s: string): boolean {
  return /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/.test(s);
}

function readPipeRows(lines: SrcLine[], start: number, rows: TabRow[]): number {
  let i = start;
  for (; i < lines.length && isPipeRow(lines[i].text); i++) {
    if (i === start + 1) continue; // the separator
    const inner = lines[i].text.trim().replace(/^\|/, '').replace(/\|$/, '');
    // pandoc writes a header cell as **一级指标**: a cell's text is what it says, not its emphasis
    rows.push({
      fields: inner.split(/(?<!\\)\|/).map((f) => stripEmphasis(f.trim().replace(/\\\|/g, '|'))),
      line: lines[i].no,
      afterGap: false,
    });
  }
  return i;
}

/**
 * GFM's pipe table without outer pipes, as html2text writes it: `序号| 单位名称| 金额` over `---|---|---`.
 * The header and the delimiter row must have as many cells (GFM's own test), and the delimiter at least one
 * pipe, so that a setext "---" or a thematic break under a line with a "|" is no table.
 */
function isBarePipeHead(head: string, next: string): boolean {
  if (!isPipeSeparator(next) || !next.includes('|') || !/(?<!\\)\|/.test(head)) return false;
  const count = (s: string) => splitBareRow(s).length;
  return count(head) === count(next);
}

/** A row of a table without outer pipes: each `|` parts two cells; a trailing one closes the row. */
function splitBareRow(s: string): string[] {
  const t = s.trim().replace(/(?<!\\)\|$/, '');
  return t.split(/(?<!\\)\|/).map((f) => stripEmphasis(f.trim().replace(/\\\|/g, '|')));
}

/**
 * The rows of a table without outer pipes, up to the first line with no pipe. A leading "|" is an empty first
 * cell here (html2text writes "| | 火化设备更新数量| …" under the 一级 / 二级 cells a row span covers), since the
 * table's own rows use no outer pipes. A delimiter row again inside the run follows the header repeated at a
 * piece of a split table (html2text writes the pieces with no blank line between): it is no row, and the
 * repeated header is dropped as a page's repeat (tabRowsToTable).
 */
function readBarePipeRows(lines: SrcLine[], start: number, rows: TabRow[]): number {
  let i = start;
  for (; i < lines.length && /(?<!\\)\|/.test(lines[i].text) && !HTML_TABLE.test(lines[i].text); i++) {
    if (i > start && isPipeSeparator(lines[i].text)) continue;
    rows.push({ fields: splitBareRow(lines[i].text), line: lines[i].no, afterGap: false });
  }
  return i;
}

/**
 * A converter's running header ("德清县财政局" at the top of every page): a short line standing alone,
 * unnumbered and without punctuation, three times or more. It is page furniture, not text.
 */
function runningHeaders(lines: SrcLine[]): Set<string> {
  const counts = new Map<string, number>();
  lines.forEach((l, k) => {
    const t = l.text.trim();
    if (!t || t.length > 20 || /[，。；：:、|#<>!？（）()\d]/.test(t)) return;
    if ((lines[k - 1]?.text.trim() ?? '') !== '' || (lines[k + 1]?.text.trim() ?? '') !== '') return;
    counts.set(t, (counts.get(t) ?? 0) + 1);
  });
  return new Set([...counts].filter(([, n]) => n >= 3).map(([t]) => t));
}

function readHtmlTable(lines: SrcLine[], start: number, blocks: RawBlock[], toBlocks: typeof htmlToBlocks): number {
  let depth = 0;
  let i = start;
  const chunk: SrcLine[] = [];
  for (; i < lines.length; i++) {
    chunk.push(lines[i]);
    depth += (lines[i].text.match(/<table[\s>]/gi) ?? []).length;
    depth -= (lines[i].text.match(/<\/table>/gi) ?? []).length;
    if (depth <= 0) {
      i++;
      break;
    }
  }
  const html = chunk.map((l) => l.text).join('\n');
  for (const b of toBlocks(html)) {
    // htmlToBlocks knows no lines: point each piece at the source line that holds its text
    const place = (ls: RawLine[]) => {
      for (const rl of ls) {
        const probe = rl.text.trim().slice(0, 8);
        const hit = probe ? chunk.find((c) => c.text.includes(probe)) : undefined;
        rl.line = (hit ?? chunk[0]).no;
        rl.page = null;
      }
    };
    if (b.kind === 'paragraph') place(b.lines);
    else b.cells.forEach((c) => place(c.lines));
    blocks.push(b);
  }
  return i;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Stray HTML in text: <p> pieces become separate parts, checkboxes ☑/☐, other tags dropped. */
/** Markdown emphasis is no text: "**部门名称：** 宁远县…", "1. **A1-1绩效目标合理性。**". */
/** A backslash before ASCII punctuation is that character (CommonMark): mammoth's markdown writes "103\.57亿元". */
const ESCAPED = /\\([!-/:-@[-`{-~])/g;
/** Stands in for an escaped character while emphasis is stripped, so "\*\*" is never read as emphasis. */
const HELD = /\uE000/g;

function stripEmphasis(s: string): string {
  const held: string[] = [];
  const bare = s.includes('\\')
    ? s.replace(ESCAPED, (_, c: string) => {
        held.push(c);
        return '\uE000';
      })
    : s;
  const plain = bare.replace(/(\*\*|__)(.+?)\1/g, '$2').replace(/(^|[^*\w])\*(?!\s)([^*]+?)\*(?!\w)/g, '$1$2');
  return held.length > 0 ? plain.replace(HELD, () => held.shift() ?? '') : plain;
}

export function stripTags(s: string): string[] {
  if (!/[<&]/.test(s)) return [s];
  const marked = s
    .replace(/<input\b[^>]*\bchecked\b[^>]*>/gi, '☑')
    .replace(/<input\b[^>]*type=["']?checkbox["']?[^>]*>/gi, '☐')
    .replace(/<\/p>\s*|<br\s*\/?>/gi, '\u0000')
    .replace(/<\/?[A-Za-z][^<>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
      e[0] === '#'
        ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
        : (ENTITIES[e.toLowerCase()] ?? m),
    );
  const parts = marked
    .split('\u0000')
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.length ? parts : [''];
}
