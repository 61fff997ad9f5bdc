// Report Z's forms, each by a tool the corpus has not used for it (fixtures only; reportlint never needs them).
// The npm tools live outside the repo (SCRATCH, default /work/scratch-z: npm install officegen pdfmake@0.2 mammoth):
//   .docx  officegen (npm): headings as bold paragraphs (officegen writes no heading styles), each piece of a split
//          table a table of its own after a page break, merged cells as gridSpan / vMerge
//   .pdf   pdfmake 0.2 (npm, pdfkit): each table whole with headerRows, cut by pdfmake at every page it runs over;
//          Noto Sans CJK SC, one face of a .ttc collection named by its PostScript name (Droid Sans Fallback, tried
//          first, has no Latin digits: every figure vanished from the page)
//   .txt   elinks -dump of an HTML page of the blocks (../spec/html.mjs): tables drawn in box characters
//   .md    mammoth --output-format=markdown of officegen's .docx (what the mammoth CLI gives a user)
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { createWriteStream, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlOf } from '../spec/html.mjs';
import { placeCells } from '../spec/parse.mjs';

const SCRATCH = process.env.SCRATCH ?? '/work/scratch-z';
const need = createRequire(join(SCRATCH, 'package.json'));
const FONT = ['/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', 'NotoSansCJKsc-Regular'];

/** A table's rows as a grid of cells, each { text, rowspan, colspan, col } at its place, covered places null. */
function gridOf(rows) {
  const g = rows.map(() => []);
  rows.forEach((r, i) => {
    for (const c of r.cells)
      for (let dr = 0; dr < c.rowspan; dr++)
        for (let dc = 0; dc < c.colspan; dc++)
          g[i + dr][c.col + dc] = dr === 0 && dc === 0 ? c : { covered: true, top: dr === 0, first: dc === 0, of: c };
  });
  return g;
}

function docxOf(blocks, title, path) {
  const officegen = need('officegen');
  const docx = officegen({ type: 'docx', orientation: 'portrait', title, creator: '鞍山市财政局预算绩效评价中心' });
  for (const b of blocks) {
    if (b.type === 'pagebreak') docx.putPageBreak();
    else if (b.type === 'heading') {
      const p = docx.createP();
      p.addText(b.text, { bold: true, font_face: '黑体', font_size: 16 });
    } else if (b.type === 'para') {
      const p = docx.createP(b.center ? { align: 'center' } : b.right ? { align: 'right' } : {});
      p.addText(b.text, { font_face: '仿宋_GB2312', font_size: 16 });
    } else if (b.type === 'table') {
      const placed = b.rows.every((r) => r.cells.every((c) => c.col !== undefined)) ? b.rows : placeCells(b.rows);
      const g = gridOf(placed);
      const data = g.map((row, i) =>
        row
          .map((c) => {
            if (c.covered && !c.first) return null; // a horizontal span: one cell with gridSpan
            const cell = c.covered ? c.of : c;
            const opts = { sz: 18, b: b.rows[i].head, vAlign: 'center' };
            if (cell.colspan > 1) opts.gridSpan = String(cell.colspan);
            if (cell.rowspan > 1) opts.vMerge = c.covered ? 'continue' : 'restart';
            return { val: c.covered ? '' : cell.text, opts };
          })
          .filter(Boolean),
      );
      const widths = b.widths ?? data[0].map(() => 1);
      const total = widths.reduce((a, x) => a + x, 0);
      data[0] = data[0].map((c, k) => ({
        ...c,
        opts: { ...c.opts, cellColWidth: Math.round((9000 * widths[k]) / total) },
      }));
      docx.createTable(data, { tableSize: 18, tableAlign: 'center', borders: true, tableFontFamily: '宋体' });
    }
  }
  return new Promise((resolve, reject) => {
    const out = createWriteStream(path);
    out.on('close', resolve);
    docx.on('error', reject);
    docx.generate(out);
  });
}

function pdfOf(blocks, title, path) {
  const PdfPrinter = need('pdfmake');
  const printer = new PdfPrinter({ Droid: { normal: FONT, bold: FONT, italics: FONT, bolditalics: FONT } });
  const content = [];
  let breakNext = false;
  for (const b of blocks) {
    if (b.type === 'pagebreak') {
      breakNext = true;
      continue;
    }
    const pb = breakNext ? { pageBreak: 'before' } : {};
    breakNext = false;
    if (b.type === 'heading') content.push({ text: b.text, fontSize: 16, bold: true, margin: [0, 6, 0, 6], ...pb });
    else if (b.type === 'para')
      content.push({
        text: (b.center || b.right ? '' : '\u3000\u3000') + b.text,
        alignment: b.center ? 'center' : b.right ? 'right' : 'justify',
        ...pb,
      });
    else if (b.type === 'table') {
      if ((b.piece ?? 0) > 0) continue; // each table whole: pdfmake cuts it at the pages itself
      const rows = placeCells([...b.of.rows.filter((r) => r.head), ...b.of.rows.filter((r) => !r.head)]);
      const g = gridOf(rows);
      const body = g.map((row) =>
        row.map((c) =>
          c.covered
            ? {}
            : {
                text: c.text,
                rowSpan: c.rowspan > 1 ? c.rowspan : undefined,
                colSpan: c.colspan > 1 ? c.colspan : undefined,
              },
        ),
      );
      const widths = b.widths ?? body[0].map(() => 1);
      const total = widths.reduce((a, x) => a + x, 0);
      // points: the 442 pt between the margins less each cell's padding and rules
      const points = widths.map((w) => Math.floor(((442 - 9 * widths.length) * w) / total));
      content.push({
        table: { headerRows: rows.filter((r) => r.head).length, widths: points, body, dontBreakRows: true },
        fontSize: 10.5,
        lineHeight: 1.2,
        alignment: 'center',
        margin: [0, 4, 0, 10],
        ...pb,
      });
    }
  }
  const doc = printer.createPdfKitDocument({
    info: { title },
    pageSize: 'A4',
    pageMargins: [79, 105, 74, 99], // 公文: 上37mm 下35mm 左28mm 右26mm
    defaultStyle: { font: 'Droid', fontSize: 16, lineHeight: 1.75 },
    footer: (n) => ({ text: `— ${n} —`, alignment: 'center', fontSize: 12 }),
    content,
  });
  return new Promise((resolve) => {
    const out = createWriteStream(path);
    out.on('finish', resolve);
    doc.pipe(out);
    doc.end();
  });
}

/** The four forms of one side: `stem`.docx (officegen), .pdf (pdfmake), .txt (elinks), .md (mammoth). */
export async function formsOf(blocks, title, stem) {
  await docxOf(blocks, title, stem + '.docx');
  await pdfOf(blocks, title, stem + '.pdf');
  const html = stem + '.src.html';
  writeFileSync(html, htmlOf(blocks, { title, html: { style: ['body { font-size: 16pt; }'] } }));
  writeFileSync(
    stem + '.txt',
    execFileSync(
      'elinks',
      ['-dump', '-dump-width', '120', '-dump-charset', 'utf-8', '-no-numbering', '-no-references', html],
      {
        encoding: 'utf8',
        maxBuffer: 1 << 26,
      },
    ),
  );
  rmSync(html);
  execFileSync(join(SCRATCH, 'node_modules', '.bin', 'mammoth'), [
    stem + '.docx',
    stem + '.md',
    '--output-format=markdown',
  ]);
}

// run as a script (node forms.mjs SPEC STEM dirty|clean): build.mjs calls it synchronously for each side
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const [spec, stem, side] = process.argv.slice(2);
  const { readSpec } = await import('../spec/parse.mjs');
  const { frontMatterOf } = await import('../spec/build-converted.mjs');
  await formsOf(readSpec(spec, side === 'dirty').blocks, frontMatterOf(spec).title, stem);
}
