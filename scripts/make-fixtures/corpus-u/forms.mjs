// Report U's forms, each by a tool the corpus has not used for it (used to make the fixture only; reportlint
// never needs them):
//   .docx  html-to-docx (npm, 1.8) from an HTML page of the spec's blocks: its own OOXML (runs per text node,
//          tables with fixed widths from the page, a page break as a paragraph of its own), run as a child
//          process (docx-of.mjs) from CORPUS_U_TOOLS' node_modules, never the project's
//   .pdf   WeasyPrint (Debian's) from an HTML page of the same blocks with a print style sheet (A4, 公文 body
//          16 pt on 28 pt lines, tables 9 pt): not a word processor's layout at all
//   .txt   pandoc -t plain of the html-to-docx .docx: tables as pandoc's plain grid / simple tables, lines wrapped
//   .md    pandoc -t markdown_phpextra of the same .docx (PHP Markdown Extra: pipe tables, or HTML where cells span)
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlRow } from '../spec/html.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
export const TOOLS = process.env.CORPUS_U_TOOLS ?? '/tmp/corpus-u-tools';
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '<br>');

const PRINT = `@page { size: A4; margin: 3.7cm 2.6cm 3.5cm 2.8cm; @bottom-center { content: "— " counter(page) " —"; font-size: 12pt; } }
body { font-family: "Noto Serif CJK SC", serif; font-size: 16pt; line-height: 28pt; text-align: justify; }
p { margin: 0; text-indent: 2em; }
p.center { text-align: center; text-indent: 0; }
p.right { text-align: right; text-indent: 0; }
h1, h2, h3 { font-size: 16pt; margin: 0; font-weight: bold; }
h1 { font-family: "Noto Sans CJK SC", sans-serif; font-weight: normal; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; line-height: 13pt; margin: 4pt 0; }
td, th { border: 0.5pt solid black; padding: 2pt 3pt; text-align: center; }
th { font-weight: bold; }
.break { page-break-before: always; }`;

/** Blocks (../spec/parse.mjs) → an HTML page: `print` for WeasyPrint (a style sheet, breaks as a class), else for
 * html-to-docx (its page-break div, inline styles it reads). */
export function htmlPage(blocks, title, { print }) {
  const out = [];
  let brk = false;
  for (const b of blocks) {
    if (b.type === 'pagebreak') {
      if (print) brk = true;
      else out.push('<div class="page-break" style="page-break-after: always;"></div>');
      continue;
    }
    const cls = print && brk ? ' class="break"' : '';
    brk = false;
    if (b.type === 'heading') out.push(`<h${b.level}${cls}>${esc(b.text)}</h${b.level}>`);
    else if (b.type === 'para') {
      const align = b.center ? 'center' : b.right ? 'right' : '';
      if (print) out.push(`<p class="${[align, cls && 'break'].filter(Boolean).join(' ')}">${esc(b.text)}</p>`);
      else out.push(`<p${align ? ` style="text-align: ${align};"` : ' style="text-indent: 32pt;"'}>${esc(b.text)}</p>`);
    } else if (b.type === 'table') {
      const widths = b.widths ?? b.of?.widths;
      const total = widths ? widths.reduce((a, x) => a + x, 0) : 0;
      const colgroup = widths
        ? `<colgroup>${widths.map((x) => `<col style="width: ${((x * 100) / total).toFixed(1)}%">`).join('')}</colgroup>`
        : '';
      out.push(
        `<table${cls}${print ? '' : ' style="width: 100%; border-collapse: collapse; font-size: 9pt;" border="1"'}>${colgroup}`,
        ...b.rows.map((r) =>
          htmlRow(r, esc, () => (print ? '' : ' style="border: 1px solid black; text-align: center;"')),
        ),
        '</table>',
      );
    }
  }
  return `<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title>${esc(title)}</title>\n${print ? `<style>\n${PRINT}\n</style>\n` : ''}</head>\n<body>\n${out.join('\n')}\n</body>\n</html>\n`;
}

/** The four forms of one side: `stem`.docx (html-to-docx), .pdf (WeasyPrint), .txt and .md (pandoc of the .docx). */
export function formsOf(blocks, title, stem) {
  writeFileSync(stem + '.docx.html', htmlPage(blocks, title, { print: false }));
  writeFileSync(stem + '.pdf.html', htmlPage(blocks, title, { print: true }));
  execFileSync('node', [join(HERE, 'docx-of.mjs'), stem + '.docx.html', stem + '.docx', title], {
    env: { ...process.env, CORPUS_U_TOOLS: TOOLS },
  });
  execFileSync('weasyprint', ['-q', stem + '.pdf.html', stem + '.pdf']);
  execFileSync('pandoc', ['-f', 'docx', '-t', 'plain', '-o', stem + '.txt', stem + '.docx']);
  execFileSync('pandoc', ['-f', 'docx', '-t', 'markdown_phpextra', '-o', stem + '.md', stem + '.docx']);
  execFileSync('rm', ['-f', stem + '.docx.html', stem + '.pdf.html']);
}
