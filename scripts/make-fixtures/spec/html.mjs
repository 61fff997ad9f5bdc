// The HTML a corpus report is written in for LibreOffice to import (Writer's "HTML (StarWriter)" filter keeps merged
// cells; A's and C's .docx and .pdf): one block element a line, a page break as the next block's
// "page-break-before", a "<!-- page -->" where a page ends by itself (for the markdown's page lines), tables with
// ruled cells, header rows as <th>. The report's <style> lines are its own (front matter "html": {"style": [...]}).
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One table row as HTML: <tr><th rowspan="2">…</th>…</tr> (a header row's cells <th>), `text` writing a cell's
 * text as its page wants it escaped, `more(c, r)` any attribute of a cell's own (R's class="num"). */
export function htmlRow(r, text, more = () => '') {
  const tag = r.head ? 'th' : 'td';
  const cells = r.cells.map((c) => {
    const attr =
      (c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : '') + (c.colspan > 1 ? ` colspan="${c.colspan}"` : '') + more(c, r);
    return `<${tag}${attr}>${text(c.text)}</${tag}>`;
  });
  return `<tr>${cells.join('')}</tr>`;
}

/** A table's rows, one a line (header rows in <th>). */
export const htmlRows = (t) => t.rows.map((r) => htmlRow(r, (s) => esc(s).replace(/\n/g, '<br>')));

/** Blocks → an HTML page (`meta.title`, `meta.html.style`). */
export function htmlOf(blocks, meta) {
  const out = [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${esc(meta.title)}</title>`,
    '<style>',
    ...(meta.html?.style ?? []),
    '</style>',
    '</head>',
    '<body>',
  ];
  let breakBefore = false;
  for (const b of blocks) {
    if (b.type === 'pagebreak') {
      breakBefore = true;
      continue;
    }
    if (b.type === 'pageend') {
      out.push('<!-- page -->');
      continue;
    }
    const style = breakBefore ? ' style="page-break-before: always"' : '';
    breakBefore = false;
    if (b.type === 'heading') out.push(`<h${b.level}${style}>${esc(b.text)}</h${b.level}>`);
    else if (b.type === 'para') {
      const cls = b.center ? 'center' : b.right ? 'right' : b.class;
      out.push(`<p${cls ? ` class="${cls}"` : ''}${style}>${esc(b.text)}</p>`);
    } else if (b.type === 'table')
      out.push(`<table border="1" cellspacing="0" cellpadding="3"${style}>`, ...htmlRows(b), '</table>');
  }
  out.push('</body>', '</html>');
  return out.join('\n') + '\n';
}
