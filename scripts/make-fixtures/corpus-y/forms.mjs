// Report Y's forms, each by a tool the corpus has not used for it (used to make the fixture only; reportlint
// never needs them):
//   .docx  the npm `docx` package (dolanmiu/docx 9, installed in a scratch folder outside the repo, DOCX_MODULE)
//          written declaratively from the spec's blocks (docx-of.mjs): rowSpan / columnSpan cells, each piece of a
//          split table a table of its own after a page break, its header row marked to repeat
//   .pdf   pandoc (HTML → LaTeX) and xelatex with xeCJK (Noto Serif CJK SC): each table whole, a longtable that
//          LaTeX cuts at every page with its header repeated (\endhead)
//   .txt   lynx -dump of the HTML page (the pieces as the .docx has them)
//   .md    pandoc -t markdown-simple_tables-multiline_tables-pipe_tables: every table a +---+ grid table
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlRows } from '../spec/html.mjs';
import { placeCells } from '../spec/parse.mjs';
import { docxOf } from './docx-of.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The blocks with each split table whole again (its pieces' body rows under its header), for the PDF. */
const wholeBlocks = (blocks) => {
  const out = [];
  for (const b of blocks) {
    if (b.type === 'table' && b.of) {
      if (b.piece > 0) {
        if (out.at(-1)?.type === 'pagebreak') out.pop(); // the piece's own page break
        continue;
      }
      out.push(unspanned({ ...b, rows: [...b.of.rows.filter((r) => r.head), ...b.of.rows.filter((r) => !r.head)] }));
    } else out.push(b.type === 'table' ? unspanned(b) : b);
  }
  return out;
};

/** A table's rows with no span left (the PDF's: pandoc 2.17's LaTeX writer drops the columns after a spanned
 * header cell): a spanned cell's text in its first place, the places it covered empty cells. */
const unspanned = (b) => {
  const placed = placeCells(b.rows);
  const width = Math.max(...placed.map((r) => r.cells.reduce((a, c) => Math.max(a, c.col + c.colspan), 0)));
  const grid = placed.map(() => Array.from({ length: width }, () => ''));
  placed.forEach((r, i) => {
    for (const c of r.cells) grid[i][c.col] = c.text;
  });
  return {
    ...b,
    rows: placed.map((r, i) => ({ ...r, cells: grid[i].map((text) => ({ text, rowspan: 1, colspan: 1 })) })),
  };
};

/** An HTML page of the blocks: a page break as <div class="pagebreak"> (the PDF's Lua filter makes it \newpage;
 * lynx and pandoc's markdown drop it), tables with their columns' widths in percent (pandoc reads <col width>). */
export function pageOf(blocks, title) {
  const out = [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${esc(title)}</title>`,
    '</head>',
    '<body>',
  ];
  for (const b of blocks) {
    if (b.type === 'pagebreak') out.push('<div class="pagebreak"></div>');
    else if (b.type === 'heading') out.push(`<h${b.level}>${esc(b.text)}</h${b.level}>`);
    else if (b.type === 'para')
      out.push(`<p${b.center ? ' align="center"' : b.right ? ' align="right"' : ''}>${esc(b.text)}</p>`);
    else if (b.type === 'table') {
      const w = b.widths ?? [];
      const total = w.reduce((a, x) => a + x, 0);
      out.push('<table border="1">');
      if (w.length)
        out.push(
          '<colgroup>' + w.map((x) => `<col width="${((x * 100) / total).toFixed(1)}%">`).join('') + '</colgroup>',
        );
      const rows = htmlRows(b);
      const head = b.rows.filter((r) => r.head).length;
      out.push('<thead>', ...rows.slice(0, head), '</thead>', '<tbody>', ...rows.slice(head), '</tbody>', '</table>');
    }
  }
  out.push('</body>', '</html>');
  return out.join('\n') + '\n';
}

const LUA = `function Div(el)
  if el.classes:includes('pagebreak') then return pandoc.RawBlock('latex', '\\\\newpage') end
end
`;
const HEADER = String.raw`\usepackage{etoolbox}
\AtBeginEnvironment{longtable}{\small}
\setlength{\parindent}{2em}
\usepackage{indentfirst}
\usepackage{fancyhdr}
\pagestyle{fancy}\fancyhf{}\cfoot{— \thepage\ —}\renewcommand{\headrulewidth}{0pt}
`;

/** The four forms of one side: `stem`.docx (docx), .pdf (pandoc + xelatex), .txt (lynx), .md (pandoc grid). */
export async function formsOf(blocks, title, stem) {
  writeFileSync(stem + '.docx', await docxOf(blocks, title));
  const tmp = mkdtempSync(join(tmpdir(), 'corpus-y-'));
  const page = join(tmp, 'page.html');
  writeFileSync(page, pageOf(blocks, title));
  const whole = join(tmp, 'whole.html');
  // without lang="zh-CN": pandoc would hand it to babel, which has no zh-CN (xeCJK sets the Chinese text)
  writeFileSync(whole, pageOf(wholeBlocks(blocks), title).replace(' lang="zh-CN"', ''));
  writeFileSync(join(tmp, 'break.lua'), LUA);
  writeFileSync(join(tmp, 'head.tex'), HEADER);
  execFileSync(
    'pandoc',
    [
      whole,
      '-f',
      'html',
      '-o',
      stem + '.pdf',
      '--pdf-engine=xelatex',
      '--lua-filter',
      join(tmp, 'break.lua'),
      '-H',
      join(tmp, 'head.tex'),
      '-V',
      'CJKmainfont=Noto Serif CJK SC',
      '-V',
      'mainfont=Noto Serif CJK SC',
      '-V',
      'fontsize=12pt',
      '-V',
      'linestretch=1.9',
      '-V',
      'geometry:a4paper,top=3.7cm,bottom=3.5cm,left=2.8cm,right=2.6cm',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'], cwd: tmp, maxBuffer: 1 << 26 },
  );
  writeFileSync(
    stem + '.txt',
    execFileSync('lynx', ['-dump', '-nolist', '-width=160', '-assume_charset=utf-8', '-display_charset=utf-8', page], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    }),
  );
  execFileSync('pandoc', [
    page,
    '-f',
    'html',
    '-t',
    'markdown-simple_tables-multiline_tables-pipe_tables',
    '--wrap=none',
    '--columns=160',
    '-o',
    stem + '.md',
  ]);
  rmSync(tmp, { recursive: true, force: true });
}

export { HERE };
