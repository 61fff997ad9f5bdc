// A report-spec: one Markdown-like file a corpus report is written in, so that a new report is data, not
// another builder (issue 13, item 5). Read here into blocks; render.mjs writes them as .docx, .md and .txt.
//
//   ---                        front matter: JSON (name, title, injections [{id, area, quote, note, expectedValue}])
//   { … }
//   ---
//   # 一、项目基本情况          headings, levels 1—4
//   any other line             one paragraph (a line is a paragraph; blank lines are ignored)
//   <p class="center">…</p>    a centred paragraph (cover, captions); class="right": right-aligned (signature);
//                              other classes name formats of the front matter's "docx" (ooxml/word.mjs) and are
//                              kept for the outputs that know them (class="title": C's cover title); <p></p> empty
//   <!-- pagebreak -->         a page break; <!-- section -->, <!-- toc: TOC \o "1-2" --> … <!-- toc end -->: the
//                              .docx's sections and contents field (ooxml/word.mjs), nothing in the other forms
//   <!-- page -->              where a page ends by itself (a converter's "- N -" page line; no break is forced)
//   <!-- image -->             a picture (a converter's placeholder for it)
//   "blankLines": "keep"       (front matter) a blank line is an empty paragraph, as in a text file pasted from Word
//   <table data-split="20">    a table (HTML, one or more lines): <tr class="head"> rows are the header, repeated on
//     <tr class="head">…</tr>  every piece; rowspan / colspan on <td>/<th>; data-split="N" cuts the body into pieces of
//     <tr><td rowspan="2">…    N rows, each piece a table of its own after a page break (as a PDF-to-Word converter
//   </table>                   gives a table that runs over pages), a span cut by a piece starting again, empty
//     <tr data-cut>            a page ends before this row: a new piece starts here (pieces where a page fills)
//     <td>…按期完成<cut/>率</td> a row cut at a page's last line: the text before <cut/> ends one piece, the rest
//                              starts the next (a cell without <cut/> keeps all its text above the cut)
//   text<!-- page -->text      a paragraph a page cuts (a converter's markdown: two paragraphs; one elsewhere)
//   {{正确值|注入值}}            anywhere: the clean copy reads the first, the report the second
import { readFileSync } from 'node:fs';
import { parseDocument } from 'htmlparser2';
import { plainText } from './ooxml/inline.mjs';

/** Resolves every {{clean|dirty}} of a text to one side. */
export function pickVariant(text, dirty) {
  return text.replace(/\{\{([^{}|]*)\|([^{}|]*)\}\}/g, (_, clean, inj) => (dirty ? inj : clean));
}

function textOf(node) {
  if (node.type === 'text') return node.data;
  if (node.name === 'br') return '\n';
  if (node.name === 'del') return ''; // a tracked deletion is not the report's text (ooxml/inline.mjs)
  return (node.children ?? []).map(textOf).join('');
}

/** A cell's inline markup for the .docx (tracked changes kept as tags), its text otherwise. */
function sourceOf(node) {
  if (node.type === 'text') return node.data;
  if (node.name === 'br') return '\n';
  const inner = (node.children ?? []).map(sourceOf).join('');
  return node.name === 'del' || node.name === 'ins' ? `<${node.name}>${inner}</${node.name}>` : inner;
}

// <cut/> in a cell, kept through the HTML parser as a character no report holds
const CUT = '\u{E000}';

// line breaks in the HTML source are not the cell's; an ideographic space that indents a cell's text ("　　其中：…") is
const decode = (s) => s.replace(/[ \t\r]*\n[ \t\r]*/g, '\n').replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');

/** An HTML table → { rows: [{ head, cells: [{ text, rowspan, colspan }] }], split }. */
function parseTable(html) {
  const dom = parseDocument(html.replaceAll('<cut/>', CUT));
  const table = dom.children.find((n) => n.name === 'table');
  const rows = [];
  const walk = (n) => {
    if (n.name === 'tr') {
      const cells = (n.children ?? [])
        .filter((c) => c.name === 'td' || c.name === 'th')
        .map((c) => {
          const text = decode(textOf(c));
          const cell = {
            text: text.replaceAll(CUT, ''),
            source: decode(sourceOf(c)).replaceAll(CUT, ''),
            rowspan: Number(c.attribs.rowspan ?? 1),
            colspan: Number(c.attribs.colspan ?? 1),
            attrs: c.attribs,
          };
          // a cell a page cuts: its text on each page (parse.mjs's pieces)
          if (text.includes(CUT)) cell.parts = text.split(CUT);
          return cell;
        });
      rows.push({
        head: /\bhead\b/.test(n.attribs.class ?? '') || n.parent?.name === 'thead',
        cells,
        attrs: n.attribs,
      });
      return;
    }
    for (const c of n.children ?? []) walk(c);
  };
  walk(table);
  return {
    rows,
    split: Number(table.attribs['data-split'] ?? 0),
    widths: table.attribs['data-widths']?.split(',').map(Number),
    attrs: table.attribs,
  };
}

/** Spec text → { meta, blocks } for one side (dirty: the report; else the clean control). */
export function parseSpec(source, dirty) {
  const m = /^---\n([\s\S]*?)\n---\n/.exec(source);
  if (!m) throw new Error('spec: no front matter');
  const meta = JSON.parse(m[1]);
  // the blank lines between the front matter and the body are not the report's
  const lines = pickVariant(source.slice(m[0].length).replace(/^\n+/, ''), dirty).split('\n');
  const blocks = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) {
      // a text report's blank lines are part of its shape (a blank line before each chapter, after the cover)
      if (meta.blankLines === 'keep' && i < lines.length - 1) blocks.push({ type: 'para', text: '' });
      continue;
    }
    if (line === '<!-- pagebreak -->') blocks.push({ type: 'pagebreak' });
    else if (line === '<!-- page -->') blocks.push({ type: 'pageend' });
    else if (line === '<!-- image -->') blocks.push({ type: 'image' });
    // the same page break, written in the .docx as the next paragraph's "page break before" (ooxml/word.mjs)
    else if (line === '<!-- pagebreak: before -->') blocks.push({ type: 'pagebreak', before: true });
    // a new section of the .docx (its header, footer and numbering in the front matter's docx.sections)
    else if (line === '<!-- section -->') blocks.push({ type: 'section' });
    // a TOC field around the contents lines up to <!-- toc end --> (ooxml/word.mjs)
    else if (line.startsWith('<!-- toc:')) blocks.push({ type: 'toc', instr: line.slice(9, -3).trim() });
    else if (line === '<!-- toc end -->') blocks.push({ type: 'tocEnd' });
    else if (line.startsWith('<!--')) continue;
    else if (line.startsWith('<table')) {
      let html = line;
      while (!html.includes('</table>')) {
        if (++i >= lines.length) throw new Error('spec: unclosed <table>');
        html += '\n' + lines[i];
      }
      blocks.push({ type: 'table', ...parseTable(html) });
    } else if (/^#{1,4} /.test(line)) {
      const level = line.indexOf(' ');
      const source = line.slice(level + 1).trim();
      blocks.push({ type: 'heading', level, text: plainText(source), source });
    } else {
      // <p class="…">: center / right, or a name of the front matter's docx.formats; <p></p>: an empty paragraph
      const c = /^<p(?: class="([\w -]*)")?>(.*)<\/p>$/.exec(line);
      const classes = c?.[1]?.split(' ').filter(Boolean) ?? [];
      const whole = c ? c[2] : line;
      // a paragraph a page cuts: one paragraph, its text on each page kept for the outputs that show pages
      const pages = whole.split('<!-- page -->');
      const source = pages.join('');
      blocks.push({
        type: 'para',
        text: plainText(source),
        source,
        classes,
        center: classes.includes('center'),
        right: classes.includes('right'),
        // the class the text outputs know (html.mjs, markdown.mjs: class="title", "strong")
        class: classes.filter((x) => x !== 'center' && x !== 'right').join(' ') || undefined,
        ...(pages.length > 1 ? { pages: pages.map(plainText) } : {}),
      });
    }
  }
  return { meta, blocks: splitTables(blocks) };
}

export const readSpec = (path, dirty) => parseSpec(readFileSync(path, 'utf8'), dirty);

/** Each body row's cells with their start column, spans resolved (a grid walk as HTML lays a table out). */
export function placeCells(rows) {
  const taken = []; // taken[r][c]
  return rows.map((row, r) => {
    taken[r] ??= [];
    let c = 0;
    const placed = row.cells.map((cell) => {
      while (taken[r][c]) c++;
      for (let dr = 0; dr < cell.rowspan; dr++)
        for (let dc = 0; dc < cell.colspan; dc++) (taken[r + dr] ??= [])[c + dc] = true;
      const p = { ...cell, col: c };
      c += cell.colspan;
      return p;
    });
    return { ...row, cells: placed };
  });
}

/** Cuts a table with data-split into pieces after page breaks, the header repeated, spans cut at each cut. */
function splitTables(blocks) {
  const out = [];
  for (const b of blocks) {
    if (b.type !== 'table') {
      out.push(b);
      continue;
    }
    const head = placeCells(b.rows.filter((r) => r.head));
    const body = placeCells(b.rows.filter((r) => !r.head));
    if (body.some((r) => r.attrs['data-cut'] !== undefined || r.cells.some((c) => c.parts))) {
      out.push(...cutPieces(b, head, body));
      continue;
    }
    const size = b.split || body.length;
    for (let start = 0; start < body.length; start += size) {
      const piece = body.slice(start, start + size).map((r) => ({ ...r, cells: r.cells.map((c) => ({ ...c })) }));
      // a span that started on an earlier piece starts again, empty, at the top of this one
      for (let r = 0; r < start; r++)
        for (const c of body[r].cells) {
          const left = r + c.rowspan - start;
          if (left > 0)
            piece[0].cells.push({ text: '', rowspan: Math.min(left, piece.length), colspan: c.colspan, col: c.col });
        }
      for (let r = 0; r < piece.length; r++)
        for (const c of piece[r].cells) c.rowspan = Math.min(c.rowspan, piece.length - r);
      piece[0].cells.sort((a, b) => a.col - b.col);
      if (start > 0) out.push({ type: 'pagebreak' });
      out.push({
        type: 'table',
        rows: [...head, ...piece],
        widths: b.widths,
        attrs: b.attrs,
        piece: start / size,
        of: b,
      });
    }
  }
  return out;
}

/**
 * A table cut where its pages fill (<tr data-cut>, <cut/> in a row's cells): each piece after a page break that
 * the next piece's first block carries ("pagebreak: before"), the header repeated; a span cut at a cut starts
 * again, empty, on the next piece, as does a row's own span when the row itself is cut.
 */
function cutPieces(b, head, body) {
  // the pieces as [row, part] entries: part k of a cut row is the text after its k-th <cut/>
  const pieces = [[]];
  body.forEach((r, i) => {
    if (r.attrs['data-cut'] !== undefined && pieces.at(-1).length) pieces.push([]);
    const parts = Math.max(1, ...r.cells.map((c) => c.parts?.length ?? 1));
    for (let k = 0; k < parts; k++) {
      if (k) pieces.push([]);
      pieces.at(-1).push([i, k]);
    }
  });
  const out = [];
  pieces.forEach((entries, n) => {
    const [first, part] = entries[0];
    const last = entries.at(-1)[0];
    // a cell's text on part k: its k-th part, or all of it above the first cut and nothing below
    const textOn = (c, k) => (c.parts ? (c.parts[k] ?? '') : k ? '' : c.text);
    const rows = entries.map(([i, k]) => ({
      ...body[i],
      cells: body[i].cells.map((c) => ({
        ...c,
        text: textOn(c, k),
        source: c.parts ? textOn(c, k) : k ? '' : c.source,
        rowspan: Math.min(c.rowspan, last - i + 1),
      })),
    }));
    for (let r = 0; r < first; r++)
      for (const c of body[r].cells) {
        const left = Math.min(r + c.rowspan - 1, last) - first + 1;
        if (left > 0) rows[0].cells.push({ text: '', source: '', rowspan: left, colspan: c.colspan, col: c.col });
      }
    rows[0].cells.sort((x, y) => x.col - y.col);
    if (n > 0) out.push({ type: 'pagebreak', before: true });
    out.push({ type: 'table', rows: [...head, ...rows], widths: b.widths, attrs: b.attrs, piece: n, of: b, part });
  });
  return out;
}

/** The column count of a table (its first row's spans). */
export const columnCount = (t) => t.rows[0].cells.reduce((n, c) => n + c.colspan, 0);
