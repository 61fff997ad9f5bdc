// Report R's PDF is printed by Chromium (headless, Skia) from an HTML rendering of the spec's blocks, an engine the
// corpus has not used (the other PDFs are LibreOffice's or Word's): the same 公文 page as the .docx (A4, 2 cm side
// margins, body 16 pt on 28 pt lines, tables 9 pt), each piece of a split table after a page break with its header
// row in <thead> (Chromium repeats it where a piece overflows its page). Used to make the fixture only.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { htmlRow } from '../spec/html.mjs';

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\n/g, '<br>');
const CSS = `
@page { size: A4; margin: 25mm 20mm; }
body { font-family: "Noto Serif CJK SC", serif; font-size: 16pt; line-height: 28pt; margin: 0; }
p { margin: 0; text-indent: 2em; text-align: justify; }
p.center { text-indent: 0; text-align: center; }
p.right { text-indent: 0; text-align: right; }
h1, h2, h3, h4 { font-family: "Noto Sans CJK SC", sans-serif; font-size: 16pt; line-height: 28pt; margin: 8pt 0 4pt; }
h1, h2 { font-weight: normal; }
h3, h4 { font-weight: bold; }
.break { break-before: page; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; line-height: 13pt; margin: 2pt 0 8pt; }
th, td { border: 0.5pt solid #000; padding: 1pt 3pt; vertical-align: middle; }
th { font-weight: bold; text-align: center; }
td.num { text-align: center; }
`;

/** Blocks (parse.mjs) → an HTML page. */
export function toHtml(blocks, title) {
  const out = [];
  let brk = false;
  for (const b of blocks) {
    if (b.type === 'pagebreak') {
      brk = true;
      continue;
    }
    const cls = (...c) => {
      const all = [...c, brk ? 'break' : ''].filter(Boolean);
      return all.length ? ` class="${all.join(' ')}"` : '';
    };
    if (b.type === 'heading') out.push(`<h${b.level}${cls()}>${esc(b.text)}</h${b.level}>`);
    else if (b.type === 'para') out.push(`<p${cls(b.center ? 'center' : b.right ? 'right' : '')}>${esc(b.text)}</p>`);
    else {
      const widths = b.widths ?? [];
      const total = widths.reduce((a, x) => a + x, 0);
      const cols = widths.map((w) => `<col style="width:${((100 * w) / total).toFixed(1)}%">`).join('');
      // a figure of the body right-aligned
      const tr = (r) => htmlRow(r, esc, (c) => (!r.head && /^[\d.,%\-—/]+$/.test(c.text) ? ' class="num"' : ''));
      out.push(
        `<table${cls()}><colgroup>${cols}</colgroup><thead>${b.rows
          .filter((r) => r.head)
          .map(tr)
          .join('')}</thead>` +
          `<tbody>${b.rows
            .filter((r) => !r.head)
            .map(tr)
            .join('')}</tbody></table>`,
      );
    }
    brk = false;
  }
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${CSS}</style></head><body>\n${out.join('\n')}\n</body></html>\n`;
}

/** Chromium's PDF of an HTML page (headless; no header or footer line). */
export function chromiumPdfOf(html, pdf) {
  const tmp = mkdtempSync(join(tmpdir(), 'corpus-r-chromium-'));
  const page = join(tmp, 'page.html');
  writeFileSync(page, html);
  execFileSync(
    'chromium',
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      `--user-data-dir=${tmp}/profile`,
      '--no-pdf-header-footer',
      `--print-to-pdf=${pdf}`,
      `file://${page}`,
    ],
    { stdio: 'ignore' },
  );
  rmSync(tmp, { recursive: true, force: true });
}
