// Writes an HTML corpus source as a PDF-to-markdown converter would: # headings,
// paragraphs soft-wrapped at the PDF's line width, a "- N -" line where a page
// ends, and tables left as one-line-per-row HTML with their rowspan/colspan.
// The sources keep one block element per line, which is all this reads.
import { readFileSync } from 'node:fs';

const WRAP = 38; // characters per PDF line
const html = readFileSync(process.argv[2], 'utf8');
const body = html.slice(html.indexOf('<body>') + 6, html.indexOf('</body>'));
const out = [];
let page = 0; // cover and contents carry no page number
let inTable = false;

const text = (s) =>
  s
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .trim();

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

for (const raw of body.split('\n')) {
  const line = raw.trim();
  if (!line) continue;
  if (/^<table/.test(line)) {
    inTable = true;
    out.push('', '<table>');
    continue;
  }
  if (inTable) {
    out.push(line.replace(/<th\b/g, '<td').replace(/<\/th>/g, '</td>'));
    if (/^<\/table>/.test(line)) {
      inTable = false;
      out.push('');
    }
    continue;
  }
  // <!-- page --> in a source marks where a numbered body page ends
  if (line === '<!-- page -->') {
    out.push('', `- ${++page} -`, '');
    continue;
  }
  const h = /^<h([1-6])\b[^>]*>(.*)<\/h\1>$/.exec(line);
  if (h) {
    out.push(`${'#'.repeat(Number(h[1]))} ${text(h[2])}`, '');
    continue;
  }
  const p = /^<p\b[^>]*>(.*)<\/p>$/.exec(line);
  if (p) out.push(...wrap(text(p[1])), '');
}
out.push(`- ${page + 1} -`, '');
process.stdout.write(out.join('\n').replace(/\n{3,}/g, '\n\n'));
