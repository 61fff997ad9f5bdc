// Report AB's forms, each by a tool the corpus has not used for it (fixtures only; reportlint never needs them).
// One HTML page of the spec's blocks is the source (a page break a <div class="pagebreak">, each piece of a split
// table a table of its own with its header in <thead>):
//   .docx  pandoc's docx writer (pandoc -f html -t docx) with a --reference-doc of the report's own styles
//          (reference-doc.py: 仿宋_GB2312 三号, 黑体 headings) and pagebreak.lua (the divs as Word page breaks)
//   .pdf   weasyprint of the HTML page (A4, 公文 margins, Noto CJK; a piece after a page break, header repeated)
//   .txt   pandoc -t plain of the .docx (pandoc's simple / grid tables in text)
//   .md    turndown (npm) with turndown-plugin-gfm's tables of the HTML page (SCRATCH, default /work/scratch-ab:
//          npm install turndown turndown-plugin-gfm)
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const SCRATCH = process.env.SCRATCH ?? '/work/scratch-ab';
const need = createRequire(join(SCRATCH, 'package.json'));
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const STYLE = `
@page { size: A4; margin: 37mm 26mm 35mm 28mm; @bottom-center { content: "— " counter(page) " —"; font-size: 12pt; } }
body { font-family: "Noto Serif CJK SC", "Noto Sans CJK SC", serif; font-size: 16pt; line-height: 1.75; }
p { text-indent: 2em; margin: 0; text-align: justify; }
p.center, p.right { text-indent: 0; }
p.center { text-align: center; } p.right { text-align: right; }
h1 { font-family: "Noto Sans CJK SC", sans-serif; font-size: 16pt; margin: 0.4em 0; }
h2 { font-family: "Noto Sans CJK SC", sans-serif; font-size: 16pt; font-weight: normal; margin: 0.2em 0; text-indent: 2em; }
table { border-collapse: collapse; width: 100%; font-size: 10.5pt; line-height: 1.3; margin: 4pt 0 10pt; }
th, td { border: 0.75pt solid #000; padding: 2pt 3pt; text-align: center; }
thead { display: table-header-group; }
div.pagebreak { break-before: page; }
`;

/** The HTML page of one side's blocks. */
export function htmlPage(blocks, title) {
  const out = [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${esc(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
  ];
  for (const b of blocks) {
    if (b.type === 'pagebreak') out.push('<div class="pagebreak"></div>');
    else if (b.type === 'heading') out.push(`<h${b.level}>${esc(b.text)}</h${b.level}>`);
    else if (b.type === 'para') {
      const cls = b.center ? 'center' : b.right ? 'right' : undefined;
      out.push(`<p${cls ? ` class="${cls}"` : ''}>${esc(b.text)}</p>`);
    } else if (b.type === 'table') {
      const row = (r) =>
        `<tr>${r.cells.map((c) => `<${r.head ? 'th' : 'td'}>${esc(c.text)}</${r.head ? 'th' : 'td'}>`).join('')}</tr>`;
      out.push(
        '<table>',
        '<thead>',
        ...b.rows.filter((r) => r.head).map(row),
        '</thead>',
        '<tbody>',
        ...b.rows.filter((r) => !r.head).map(row),
        '</tbody>',
        '</table>',
      );
    }
  }
  out.push('</body>', '</html>');
  return out.join('\n') + '\n';
}

/** The four forms of one side: `stem`.docx (pandoc), .pdf (weasyprint), .txt (pandoc plain), .md (turndown). */
export function formsOf(blocks, title, stem) {
  const tmp = mkdtempSync(join(tmpdir(), 'ab-forms-'));
  const html = join(tmp, 'page.html');
  writeFileSync(html, htmlPage(blocks, title));
  const ref = join(tmp, 'reference.docx');
  execFileSync('python3', [join(HERE, 'reference-doc.py'), ref]);
  execFileSync('pandoc', [
    '-f',
    'html',
    '-t',
    'docx',
    '--reference-doc',
    ref,
    '--lua-filter',
    join(HERE, 'pagebreak.lua'),
    '-o',
    stem + '.docx',
    html,
  ]);
  execFileSync('weasyprint', ['-q', html, stem + '.pdf'], { stdio: 'inherit' });
  execFileSync('pandoc', ['-f', 'docx', '-t', 'plain', '--wrap=none', '-o', stem + '.txt', stem + '.docx']);
  const TurndownService = need('turndown');
  const { gfm } = need('turndown-plugin-gfm');
  const td = new TurndownService({ headingStyle: 'atx' });
  td.use(gfm);
  writeFileSync(stem + '.md', td.turndown(readFileSync(html, 'utf8').replace(/<head>[\s\S]*<\/head>/, '')) + '\n');
  rmSync(tmp, { recursive: true, force: true });
}

// run as a script (node forms.mjs SPEC STEM dirty|clean): build.mjs calls it for each side
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const [spec, stem, side] = process.argv.slice(2);
  const { readSpec } = await import('../spec/parse.mjs');
  const { frontMatterOf } = await import('../spec/build-converted.mjs');
  formsOf(readSpec(spec, side === 'dirty').blocks, frontMatterOf(spec).title, stem);
}
