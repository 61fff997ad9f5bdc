// The markdown dialects corpus reports reach us in, each as the tool that wrote it writes it (render.mjs's
// toMarkdown is the GitHub dialect). `markdownOf(blocks, { dialect })`:
//   docling  a PDF-to-markdown converter's (docling, MinerU): every heading "## ", one blank line between blocks,
//            pipe tables with a "|---|" rule under the first row, "<!-- image -->" where a picture was (N)
//   pandoc   pandoc's markdown as a clerk types it to make a .docx with pandoc (K): headings "#" by level,
//            class="strong" paragraphs in "**", one blank line between blocks, the same pipe tables
//   wrapped  a PDF-to-markdown converter that keeps the PDF's lines (A): "#" headings by level, paragraphs
//            soft-wrapped at the PDF's line width, a "- N -" line where a numbered page ends ("<!-- page -->"; cover
//            and contents carry no number), tables left as HTML, one row a line, every cell a <td>
//   paged    a converter that keeps the PDF's pages (docling / MinerU on P): every heading "## ", a class="title"
//            line "# ", the page's running header ("runningHeader") opening every page but the first and its page
//            line ("pageLine", "—{n}—", n from 1 on the second page) closing it; a page ends at a page break, a
//            "<!-- page -->" line or inside a paragraph a page cuts; each table piece one line of HTML, every cell
//            a <td>
import { htmlRows } from './html.mjs';
import { toMarkdown } from './render.mjs';

const cell = (t) => t.replace(/\n/g, ' ').replace(/\|/g, '\\|');

/** A pipe table with "|---|" under its first row; merged cells as the spec writes them (repeated or empty). */
function pipeTable(b) {
  const row = (r) => '| ' + r.cells.map((c) => cell(c.text)).join(' | ') + ' |';
  const [first, ...rest] = b.rows;
  return [row(first), '|' + first.cells.map(() => '---|').join(''), ...rest.map(row)].join('\n');
}

function docling(blocks) {
  const out = [];
  for (const b of blocks) {
    // a converter cannot tell heading levels apart: every heading is "## "
    if (b.type === 'heading') out.push('## ' + b.text);
    else if (b.type === 'para') out.push(b.text);
    else if (b.type === 'image') out.push('<!-- image -->');
    else if (b.type === 'table') out.push(pipeTable(b));
  }
  return out.join('\n\n') + '\n';
}

function pandoc(blocks) {
  const out = [];
  for (const b of blocks) {
    if (b.type === 'heading') out.push('#'.repeat(b.level) + ' ' + b.text);
    // a cover line set in bold ("**…**"), as the clerk marked it
    else if (b.type === 'para') out.push(b.class === 'strong' ? `**${b.text}**` : b.text);
    else if (b.type === 'table') out.push(pipeTable(b));
  }
  return out.join('\n\n') + '\n';
}

const WRAP = 38; // characters per PDF line

/** Soft-wraps like a PDF line box, never leaving a line that would read as a numbered heading. */
function wrap(s) {
  const lines = [];
  let rest = s;
  while (rest.length > WRAP) {
    let cut = WRAP;
    // a PDF line ends neither inside a number nor before closing punctuation
    while (
      cut > WRAP - 8 &&
      (/^[\d（(一二三四五六七八九十，。；：、）%]/.test(rest.slice(cut)) || /[\d.,]$/.test(rest.slice(0, cut)))
    )
      cut--;
    lines.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  lines.push(rest);
  return lines;
}

function wrapped(blocks) {
  const out = [];
  let page = 0;
  for (const b of blocks) {
    if (b.type === 'heading') out.push('#'.repeat(b.level) + ' ' + b.text, '');
    else if (b.type === 'para') out.push(...wrap(b.text), '');
    else if (b.type === 'pageend') out.push('', `- ${++page} -`, '');
    else if (b.type === 'table')
      out.push('', '<table>', ...htmlRows(b).map((r) => r.replace(/<(\/?)th\b/g, '<$1td')), '</table>', '');
  }
  out.push(`- ${page + 1} -`, '');
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}

const escHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function paged(blocks, { runningHeader, pageLine = '—{n}—' }) {
  const out = [];
  let page = 1;
  const turn = () => {
    if (page > 1) out.push(pageLine.replace('{n}', page - 1));
    out.push(runningHeader);
    page++;
  };
  for (const b of blocks) {
    if (b.type === 'pagebreak' || b.type === 'pageend') turn();
    else if (b.type === 'heading') out.push('## ' + b.text);
    else if (b.type === 'para' && b.pages)
      b.pages.forEach((t, i) => {
        if (i) turn();
        out.push(t);
      });
    else if (b.type === 'para') out.push(b.class === 'title' ? '# ' + b.text : b.text);
    else if (b.type === 'table') {
      const attr = (c) =>
        (c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : '') + (c.colspan > 1 ? ` colspan="${c.colspan}"` : '');
      const tr = (r) => '<tr>' + r.cells.map((c) => `<td${attr(c)}>${escHtml(c.text)}</td>`).join('') + '</tr>';
      out.push('<table>' + b.rows.map(tr).join('') + '</table>');
    }
  }
  if (page > 1) out.push(pageLine.replace('{n}', page - 1));
  return out.join('\n\n') + '\n';
}

/** Blocks → markdown in a dialect ('gfm': render.mjs's toMarkdown). */
export function markdownOf(blocks, { dialect = 'gfm', ...options } = {}) {
  if (dialect === 'docling') return docling(blocks);
  if (dialect === 'pandoc') return pandoc(blocks);
  if (dialect === 'wrapped') return wrapped(blocks);
  if (dialect === 'paged') return paged(blocks, options);
  if (dialect === 'gfm') return toMarkdown(blocks);
  throw new Error(`markdown: no dialect ${dialect}`);
}
