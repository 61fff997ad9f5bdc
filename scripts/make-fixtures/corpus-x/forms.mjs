// Report X's forms, each by a tool the corpus has not used for it (used to make the fixture only; reportlint
// never needs them):
//   .docx  calibre's ebook-convert (HTML → DOCX) of an HTML page of the spec's blocks (../spec/html.mjs: a split
//          table's pieces as tables of their own, each after a page break): calibre's own OOXML, not a word
//          processor's
//   .pdf   ReportLab (Debian's python3-reportlab, pdf-of.py) of the same blocks: each table whole, cut by ReportLab
//          at each page with its header rows repeated (repeatRows)
//   .txt   docx2txt (Debian's, the Perl one) of calibre's .docx
//   .md    pandoc -t markdown_strict of the HTML page: no table extension, so every table stays raw HTML inside the
//          markdown (a shape real .md files have)
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlOf } from '../spec/html.mjs';
import { placeCells } from '../spec/parse.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const STYLE = [
  'body { font-family: "FangSong", "仿宋", serif; font-size: 16pt; line-height: 28pt; }',
  'p { text-indent: 2em; margin: 0; }',
  'p.center { text-align: center; text-indent: 0; }',
  'p.right { text-align: right; }',
  'h1, h2, h3 { font-size: 16pt; margin: 0; }',
  'table { border-collapse: collapse; font-size: 9pt; width: 100%; }',
  'td, th { border: 1px solid black; padding: 2px; text-align: center; }',
];

/** The four forms of one side: `stem`.docx (calibre), .pdf (ReportLab), .txt (docx2txt), .md (pandoc). */
export function formsOf(blocks, title, stem) {
  const html = stem + '.src.html';
  writeFileSync(html, htmlOf(blocks, { title, html: { style: STYLE } }));
  execFileSync(
    'ebook-convert',
    [
      html,
      stem + '.docx',
      '--docx-page-size',
      'a4',
      '--title',
      title,
      '--authors',
      '广东粤衡工程咨询有限公司',
      '--language',
      'zh-CN',
    ],
    { stdio: 'ignore' },
  );
  // each table whole for ReportLab: the body rows of its pieces placed again under its header
  const json = stem + '.blocks.json';
  writeFileSync(
    json,
    JSON.stringify(
      blocks.map((b) =>
        b.type === 'table'
          ? {
              ...b,
              of: undefined,
              whole: {
                rows: placeCells([...b.of.rows.filter((r) => r.head), ...b.of.rows.filter((r) => !r.head)]),
                widths: b.widths,
              },
            }
          : b,
      ),
    ),
  );
  execFileSync('/usr/bin/python3', [join(HERE, 'pdf-of.py'), json, stem + '.pdf', title]);
  writeFileSync(
    stem + '.txt',
    execFileSync('docx2txt', [stem + '.docx', '-'], { encoding: 'utf8', maxBuffer: 1 << 26 }),
  );
  execFileSync('pandoc', ['-f', 'html', '-t', 'markdown_strict', '--wrap=none', '-o', stem + '.md', html]);
  rmSync(html);
  rmSync(json);
}
