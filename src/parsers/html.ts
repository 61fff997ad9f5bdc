// HTML → raw blocks: paragraph-level elements become paragraphs, tables become
// grids with rowspan/colspan placed the way browsers place them. Pure; used by
// the .docx parser (mammoth's output) and for the HTML tables that
// PDF-to-markdown converters put into .md/.txt files.
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import type { RawBlock, RawCell, RawLine, RawParagraph, RawTable } from '../model/document.js';

/** Elements that start and end a paragraph of their own. */
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'section',
  'article',
  'header',
  'footer',
  'nav',
  'aside',
  'main',
  'figure',
  'figcaption',
  'address',
  'center',
  'form',
  'fieldset',
  'legend',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'body',
  'html',
  'caption',
  'details',
  'summary',
]);
/** Elements whose content is never text of the document. */
const SKIP_TAGS = new Set([
  'script',
  'style',
  'head',
  'title',
  'template',
  'noscript',
  'svg',
  'math',
  'object',
  'iframe',
]);
/** Browsers cap spans at these values. */
const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65534;

interface OpenParagraph {
  lines: string[];
  headingLevel?: number;
}

/** Walk state: blocks made so far and the paragraph being filled. */
interface Walk {
  out: RawBlock[];
  cur: OpenParagraph | null;
  /** Inside a table cell: nested tables become text, not blocks. */
  flattenTables: boolean;
}

export function htmlToBlocks(html: string): RawBlock[] {
  const dom = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  return domToBlocks(dom.children);
}

/** A tree built in memory the way an HTML parser would build it: elements and text, nothing else. */
export type TreeNode =
  | { type: 'text'; data: string }
  | { type: 'tag'; name: string; attribs: Record<string, string>; children: TreeNode[] };

/** Blocks of a tree that was never HTML text (the .docx parser's): the walk reads only what TreeNode has. */
export function treeToBlocks(nodes: TreeNode[]): RawBlock[] {
  return domToBlocks(nodes as unknown as ChildNode[]);
}

function domToBlocks(nodes: ChildNode[]): RawBlock[] {
  const w: Walk = { out: [], cur: null, flattenTables: false };
  walkNodes(nodes, w, undefined);
  flush(w);
  return w.out;
}

function walkNodes(nodes: ChildNode[], w: Walk, heading: number | undefined): void {
  for (const n of nodes) walkNode(n, w, heading);
}

function walkNode(n: ChildNode, w: Walk, heading: number | undefined): void {
  if (n.type === 'text') {
    appendText(w, n.data.replace(/[ \t\n\r\f]+/g, ' '), heading);
    return;
  }
  if (n.type === 'cdata') {
    walkNodes(n.children, w, heading);
    return;
  }
  if (n.type !== 'tag' && n.type !== 'script' && n.type !== 'style') return;
  const el = n as Element;
  const tag = el.name;
  if (SKIP_TAGS.has(tag)) return;
  if (tag === 'br') {
    open(w, heading).lines.push('');
    return;
  }
  if (tag === 'input') {
    const type = (el.attribs.type ?? '').toLowerCase();
    if (type === 'checkbox') appendText(w, 'checked' in el.attribs ? '☑' : '☐', heading);
    return;
  }
  if (tag === 'table') {
    flush(w);
    if (w.flattenTables) {
      for (const row of tableRows(el)) {
        const texts = row.cells
          .map((c) =>
            cellLines(c)
              .map((l) => l.text)
              .join(' '),
          )
          .filter((t) => t !== '');
        if (texts.length) w.out.push(paragraph([texts.join(' ')], undefined));
      }
    } else {
      const caption = el.children.find((c): c is Element => c.type === 'tag' && c.name === 'caption');
      if (caption) {
        walkNode(caption, w, undefined);
        flush(w);
      }
      w.out.push(buildTable(el));
    }
    return;
  }
  if (BLOCK_TAGS.has(tag)) {
    flush(w);
    const level = /^h([1-6])$/.exec(tag);
    const h = level ? Number(level[1]) : heading;
    walkNodes(el.children, w, h);
    flush(w);
    return;
  }
  walkNodes(el.children, w, heading);
}

function open(w: Walk, heading: number | undefined): OpenParagraph {
  if (!w.cur) w.cur = { lines: [''], headingLevel: heading };
  return w.cur;
}

function appendText(w: Walk, text: string, heading: number | undefined): void {
  if (text === '') return;
  // whitespace alone does not open a paragraph (the newlines between tags)
  if (!w.cur && text.trim() === '') return;
  const p = open(w, heading);
  p.lines[p.lines.length - 1] += text;
}

function flush(w: Walk): void {
  const p = w.cur;
  w.cur = null;
  if (!p) return;
  const lines = p.lines.map((l) => l.trim()).filter((l) => l !== '');
  if (lines.length) w.out.push(paragraph(lines, p.headingLevel));
}

function paragraph(texts: string[], headingLevel: number | undefined): RawParagraph {
  const p: RawParagraph = { kind: 'paragraph', lines: toRawLines(texts) };
  if (headingLevel) p.headingLevel = headingLevel;
  return p;
}

/** Lines are joined without separator downstream: keep a space where two Latin words meet. */
function toRawLines(texts: string[]): RawLine[] {
  return texts.map((t, i) => {
    const next = texts[i + 1];
    const text = next !== undefined && /[A-Za-z0-9]$/.test(t) && /^[A-Za-z0-9]/.test(next) ? t + ' ' : t;
    return { text, page: null, line: null };
  });
}

// ---------------------------------------------------------------- tables

interface HtmlRow {
  cells: Element[];
}

/** The table's own rows (through thead/tbody/tfoot), not those of nested tables. */
function tableRows(table: Element): HtmlRow[] {
  const rows: HtmlRow[] = [];
  const visit = (el: Element) => {
    for (const c of el.children) {
      if (c.type !== 'tag') continue;
      if (c.name === 'tr')
        rows.push({
          cells: c.children.filter((x): x is Element => x.type === 'tag' && (x.name === 'td' || x.name === 'th')),
        });
      else if (c.name === 'thead' || c.name === 'tbody' || c.name === 'tfoot') visit(c);
    }
  };
  visit(table);
  return rows;
}

function spanAttr(el: Element, name: string, max: number): number {
  const v = parseInt(el.attribs[name] ?? '', 10);
  if (!Number.isFinite(v) || v < 1) return name === 'rowspan' && v === 0 ? max : 1;
  return Math.min(v, max);
}

/** Places cells on the grid as the HTML table model does: each cell takes the first column not covered by an earlier rowspan. */
function buildTable(table: Element): RawTable {
  const rows = tableRows(table);
  const occupied: boolean[][] = rows.map(() => []);
  const cells: RawCell[] = [];
  rows.forEach((row, r) => {
    let c = 0;
    for (const td of row.cells) {
      while (occupied[r][c]) c++;
      const colSpan = spanAttr(td, 'colspan', MAX_COLSPAN);
      // a rowspan past the last row ends at the last row
      const rowSpan = Math.min(spanAttr(td, 'rowspan', MAX_ROWSPAN), rows.length - r);
      for (let rr = r; rr < r + rowSpan; rr++) for (let cc = c; cc < c + colSpan; cc++) occupied[rr][cc] = true;
      cells.push({ row: r, col: c, rowSpan, colSpan, lines: cellLines(td) });
      c += colSpan;
    }
  });
  return { kind: 'table', cells };
}

/** A cell's paragraphs (and nested tables' text) as lines. */
function cellLines(td: Element): RawLine[] {
  const w: Walk = { out: [], cur: null, flattenTables: true };
  walkNodes(td.children, w, undefined);
  flush(w);
  const texts: string[] = [];
  for (const b of w.out) if (b.kind === 'paragraph') for (const l of b.lines) texts.push(l.text.trimEnd());
  return toRawLines(texts);
}
