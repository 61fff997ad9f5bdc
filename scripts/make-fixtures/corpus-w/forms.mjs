// Report W's forms, each by a tool the corpus has not used for it (used to make the fixture only; reportlint
// never needs them), all from one HTML page of the spec's blocks (split tables as pieces after page breaks):
//   .docx  AbiWord (`abiword --to=docx`): AbiWord's own HTML import and its own OOXML export
//   .pdf   wkhtmltopdf (Qt WebKit) from the same page with a print style sheet (A4, 公文 body 16 pt on 28 pt
//          lines, tables 9 pt, "— N —" page numbers in its footer)
//   .txt   w3m -dump of the page: tables drawn as text with box-drawing rules, each cell's text wrapped inside
//          its column, paragraphs filled to the width
//   .md    html2text (python3-html2text's html2markdown) of the page: its own pipe tables (spans ignored)
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { htmlRow } from '../spec/html.mjs';

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '<br>');

const PRINT = `body { font-family: "Noto Serif CJK SC", serif; font-size: 16pt; line-height: 28pt; text-align: justify; }
p { margin: 0; text-indent: 2em; }
p.center { text-align: center; text-indent: 0; }
p.right { text-align: right; text-indent: 0; }
h1, h2, h3 { font-size: 16pt; margin: 0; }
h1 { font-family: "Noto Sans CJK SC", sans-serif; font-weight: normal; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; line-height: 13pt; margin: 4pt 0; page-break-inside: auto; }
tr { page-break-inside: avoid; }
td, th { border: 0.5pt solid black; padding: 2pt 3pt; text-align: center; }
.break { page-break-before: always; }`;

/** Blocks (../spec/parse.mjs) → one HTML page; a page break is the next block's class "break". */
export function htmlPage(blocks, title) {
  const out = [];
  let brk = false;
  for (const b of blocks) {
    if (b.type === 'pagebreak') {
      brk = true;
      continue;
    }
    const cls = brk ? 'break' : '';
    brk = false;
    if (b.type === 'heading') out.push(`<h${b.level}${cls ? ` class="${cls}"` : ''}>${esc(b.text)}</h${b.level}>`);
    else if (b.type === 'para') {
      const c = [b.center ? 'center' : b.right ? 'right' : '', cls].filter(Boolean).join(' ');
      out.push(`<p${c ? ` class="${c}"` : ''}>${esc(b.text)}</p>`);
    } else if (b.type === 'table') {
      out.push(
        `<table border="1" cellspacing="0" cellpadding="3"${cls ? ` class="${cls}"` : ''}>`,
        ...b.rows.map((r) => htmlRow(r, esc)),
        '</table>',
      );
    }
  }
  return `<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title>${esc(title)}</title>\n<style>\n${PRINT}\n</style>\n</head>\n<body>\n${out.join('\n')}\n</body>\n</html>\n`;
}

/** The four forms of one side from `stem`.html: .docx (AbiWord), .pdf (wkhtmltopdf), .txt (w3m), .md (html2text). */
export function formsOf(blocks, title, stem) {
  const html = stem + '.html';
  writeFileSync(html, htmlPage(blocks, title));
  execFileSync('abiword', ['--to=docx', `--to-name=${stem}.docx`, html], { stdio: 'ignore' });
  execFileSync(
    'wkhtmltopdf',
    [
      '-q',
      '--encoding',
      'utf-8',
      '-s',
      'A4',
      '-T',
      '37mm',
      '-B',
      '35mm',
      '-L',
      '28mm',
      '-R',
      '26mm',
      '--footer-center',
      '— [page] —',
      '--footer-font-size',
      '12',
      '--footer-spacing',
      '8',
      html,
      stem + '.pdf',
    ],
    { stdio: 'ignore' },
  );
  writeFileSync(
    stem + '.txt',
    execFileSync('w3m', ['-dump', '-cols', '110', '-T', 'text/html', '-I', 'UTF-8', '-O', 'UTF-8', html]),
  );
  writeFileSync(stem + '.md', execFileSync('html2markdown', ['--body-width=0', html, 'utf-8']));
  execFileSync('rm', ['-f', html]);
}
