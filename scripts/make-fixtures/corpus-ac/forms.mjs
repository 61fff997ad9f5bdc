// Report AC's forms, each by a tool the corpus has not used for it (fixtures only; reportlint never needs them).
// The npm tools live outside the repo (SCRATCH, default /work/scratch-ac: npm install html-to-docx jspdf jspdf-autotable):
//   .docx  html-to-docx (npm) of an HTML page of the blocks: its own OOXML (headings as Heading styles of its
//          own, each piece of a split table a table of its own after a page-break div, spans as gridSpan / vMerge)
//   .pdf   jsPDF (npm) with jspdf-autotable, AR PL SungtiL GB (fonts-arphic-gbsn00lp, a TTF) embedded: paragraphs
//          wrapped by jsPDF's splitTextToSize, each piece of a split table an autoTable on a new page
//   .txt   LibreOffice's text export of the .docx (`soffice --convert-to txt:Text`): tables as one cell a line
//   .md    pandoc 2.17 of the .docx to pandoc markdown without pipe or grid tables (simple / multiline tables, a
//          table pandoc cannot draw so kept as HTML)
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

const SCRATCH = process.env.SCRATCH ?? '/work/scratch-ac';
const need = createRequire(join(SCRATCH, 'package.json'));
const FONT = '/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf';
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The HTML page html-to-docx takes: one element a block, a page-break div for each break. */
function htmlPage(blocks, title) {
  const out = [`<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(title)}</title></head><body>`];
  for (const b of blocks) {
    if (b.type === 'pagebreak') out.push('<div class="page-break" style="page-break-after: always;"></div>');
    else if (b.type === 'heading') out.push(`<h${b.level}>${esc(b.text)}</h${b.level}>`);
    else if (b.type === 'para') {
      const align = b.center ? 'center' : b.right ? 'right' : 'justify';
      out.push(`<p style="text-align: ${align};${b.center || b.right ? '' : ' text-indent: 2em;'}">${esc(b.text)}</p>`);
    } else if (b.type === 'table') {
      const rows = b.rows.map(
        (r) =>
          '<tr>' +
          r.cells
            .map((c) => {
              const tag = r.head ? 'th' : 'td';
              const span =
                (c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : '') + (c.colspan > 1 ? ` colspan="${c.colspan}"` : '');
              return `<${tag}${span}>${esc(c.text)}</${tag}>`;
            })
            .join('') +
          '</tr>',
      );
      out.push(`<table border="1" style="width: 100%; border-collapse: collapse;">${rows.join('')}</table>`);
    }
  }
  out.push('</body></html>');
  return out.join('\n');
}

async function docxOf(blocks, title, path) {
  const HTMLtoDOCX = need('html-to-docx');
  const buf = await HTMLtoDOCX(htmlPage(blocks, title), null, {
    title,
    creator: '海口市琼山区教育局计划财务股',
    font: '仿宋_GB2312',
    fontSize: 32, // half-points: 三号
    table: { row: { cantSplit: true } },
    footer: true,
    pageNumber: true,
    margins: { top: 2098, bottom: 1984, left: 1587, right: 1474 }, // 公文: 37 / 35 / 28 / 26 mm
  });
  writeFileSync(path, buf);
}

function pdfOf(blocks, title, path) {
  const { jsPDF } = need('jspdf');
  const { autoTable } = need('jspdf-autotable');
  const doc = new jsPDF({ unit: 'pt', format: 'a4' });
  doc.addFileToVFS('gbsn.ttf', readFileSync(FONT).toString('base64'));
  doc.addFont('gbsn.ttf', 'gbsn', 'normal');
  doc.setFont('gbsn');
  doc.setProperties({ title });
  const [L, R, TOP, BOTTOM] = [79, 74, 105, 99];
  const W = 595.28 - L - R;
  const H = 841.89 - BOTTOM;
  let y = TOP;
  let fresh = true;
  const newPage = () => {
    doc.addPage();
    y = TOP;
    fresh = true;
  };
  const lines = (text, size, indent, align) => {
    doc.setFontSize(size);
    const lh = size * 1.75;
    const wrapped = doc.splitTextToSize((indent ? '\u3000\u3000' : '') + text, W);
    for (const ln of wrapped) {
      if (y + lh > H) newPage();
      const x = align === 'center' ? L + W / 2 : align === 'right' ? L + W : L;
      doc.text(ln, x, y + size, { align: align ?? 'left' });
      y += lh;
      fresh = false;
    }
  };
  for (const b of blocks) {
    if (b.type === 'pagebreak') {
      if (!fresh) newPage();
    } else if (b.type === 'heading') lines(b.text, 16, false);
    else if (b.type === 'para')
      lines(b.text, 16, !(b.center || b.right), b.center ? 'center' : b.right ? 'right' : undefined);
    else if (b.type === 'table') {
      const toCell = (c) => ({ content: c.text, rowSpan: c.rowspan, colSpan: c.colspan });
      const head = b.rows.filter((r) => r.head).map((r) => r.cells.map(toCell));
      const body = b.rows.filter((r) => !r.head).map((r) => r.cells.map(toCell));
      const total = (b.widths ?? []).reduce((a, x) => a + x, 0);
      const columnStyles = Object.fromEntries((b.widths ?? []).map((w, k) => [k, { cellWidth: (W * w) / total }]));
      autoTable(doc, {
        head,
        body,
        startY: y + 4,
        margin: { left: L, right: R, top: TOP, bottom: BOTTOM },
        styles: {
          font: 'gbsn',
          fontStyle: 'normal',
          fontSize: 10.5,
          lineColor: 0,
          lineWidth: 0.5,
          textColor: 0,
          valign: 'middle',
        },
        headStyles: { fillColor: false, textColor: 0, halign: 'center' },
        theme: 'grid',
        columnStyles,
        showHead: 'everyPage',
      });
      y = doc.lastAutoTable.finalY + 8;
      fresh = false;
    }
  }
  const n = doc.getNumberOfPages();
  for (let i = 1; i <= n; i++) {
    doc.setPage(i);
    doc.setFontSize(12);
    doc.text(`— ${i} —`, 595.28 / 2, 841.89 - 50, { align: 'center' });
  }
  writeFileSync(path, Buffer.from(doc.output('arraybuffer')));
}

/** The four forms of one side: `stem`.docx (html-to-docx), .pdf (jsPDF), .txt (LibreOffice), .md (pandoc). */
export async function formsOf(blocks, title, stem) {
  await docxOf(blocks, title, stem + '.docx');
  pdfOf(blocks, title, stem + '.pdf');
  const tmp = mkdtempSync(join(tmpdir(), 'ac-soffice-'));
  // a private profile: other sessions' LibreOffice may be running
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${tmp}/profile`,
      '--headless',
      '--convert-to',
      'txt:Text (encoded):UTF8',
      '--outdir',
      tmp,
      stem + '.docx',
    ],
    { stdio: 'ignore' },
  );
  renameSync(join(tmp, basename(stem) + '.txt'), stem + '.txt');
  rmSync(tmp, { recursive: true, force: true });
  execFileSync('pandoc', [
    '-f',
    'docx',
    '-t',
    'markdown-pipe_tables-grid_tables',
    '--wrap=none',
    '-o',
    stem + '.md',
    stem + '.docx',
  ]);
}

// run as a script (node forms.mjs SPEC STEM dirty|clean): build.mjs calls it synchronously for each side
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const [spec, stem, side] = process.argv.slice(2);
  const { readSpec } = await import('../spec/parse.mjs');
  const { frontMatterOf } = await import('../spec/build-converted.mjs');
  await formsOf(readSpec(spec, side === 'dirty').blocks, frontMatterOf(spec).title, stem);
}
