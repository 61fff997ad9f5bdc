// Report AA's forms, each by a tool the corpus has not used for it (fixtures only; reportlint never needs them).
// The npm tools live outside the repo (SCRATCH, default /work/scratch-aa: npm install docxtemplater pizzip):
//   .docx  docxtemplater (npm): a template .docx (template.docx, written by templateDocx below as a firm's Word
//          template: styles 标题1—3, a 正文 仿宋 body, one table with a row loop `{-w:tr rows}` and a cell loop
//          `{-w:tc cells}`) filled with the spec's blocks. A filled-in template has no merged cells: a spanned cell's
//          text stands in its first place, the places it covers are empty cells; each piece of a split table a table
//          of its own after a page break
//   .pdf   weasyprint (apt) of an HTML page: each table whole with its header rows in <thead>, repeated by the
//          printer on every page it runs over; CSS page breaks; "第 N 页" in the page's bottom margin
//   .txt   catdoc 0.95 of a Word 97 .doc that LibreOffice saved from the .docx (a user with an old .doc): a paragraph a
//          line, a table row a line of tab-separated cells; catdoc reads a few stretches of the .doc's text as 8-bit
//          (mojibake such as "aÁ‰ 0}vq\^eP…", the words there lost), as it does on LibreOffice's .doc files
//          (antiword, tried too, left out whole sections and cut long paragraphs)
//   .md    pandoc -t markdown-pipe_tables-grid_tables of the .docx: simple and multiline tables
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { placeCells } from '../spec/parse.mjs';

const SCRATCH = process.env.SCRATCH ?? '/work/scratch-aa';
const need = createRequire(join(SCRATCH, 'package.json'));
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// ---- the template: a firm's Word template, one paragraph per kind of block inside the {#blocks} loop
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const para = (style, text, extra = '') =>
  `<w:p><w:pPr><w:pStyle w:val="${style}"/>${extra}</w:pPr><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const tag = (t) => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`;
const TEMPLATE_BODY = [
  tag('{#blocks}'),
  tag('{#h1}'),
  para('1', '{text}'),
  tag('{/h1}'),
  tag('{#h2}'),
  para('2', '{text}'),
  tag('{/h2}'),
  tag('{#h3}'),
  para('3', '{text}'),
  tag('{/h3}'),
  tag('{#p}'),
  para('a3', '{text}'),
  tag('{/p}'),
  tag('{#pc}'),
  para('a3', '{text}', '<w:ind w:firstLine="0"/><w:jc w:val="center"/>'),
  tag('{/pc}'),
  tag('{#pr}'),
  para('a3', '{text}', '<w:jc w:val="right"/>'),
  tag('{/pr}'),
  tag('{#pb}'),
  '<w:p><w:r><w:br w:type="page"/></w:r></w:p>',
  tag('{/pb}'),
  tag('{#tbl}'),
  '<w:tbl><w:tblPr><w:tblStyle w:val="a4"/><w:tblW w:w="5000" w:type="pct"/><w:jc w:val="center"/>' +
    '<w:tblBorders>' +
    ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
      .map((s) => `<w:${s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`)
      .join('') +
    '</w:tblBorders><w:tblLayout w:type="autofit"/></w:tblPr><w:tblGrid><w:gridCol w:w="1000"/></w:tblGrid>' +
    '<w:tr><w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/><w:vAlign w:val="center"/></w:tcPr>' +
    '<w:p><w:pPr><w:pStyle w:val="a5"/></w:pPr><w:r><w:t>{-w:tr rows}{-w:tc cells}{text}{/cells}{/rows}</w:t></w:r></w:p>' +
    '</w:tc></w:tr></w:tbl>',
  tag('{/tbl}'),
  tag('{/blocks}'),
].join('');
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="仿宋" w:hAnsi="Times New Roman"/><w:sz w:val="32"/><w:lang w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:line="560" w:lineRule="exact"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="both"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:qFormat/><w:pPr><w:keepNext/><w:ind w:firstLine="640"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:qFormat/><w:pPr><w:keepNext/><w:ind w:firstLine="640"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:eastAsia="楷体"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="3"><w:name w:val="heading 3"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:qFormat/><w:pPr><w:keepNext/><w:ind w:firstLine="640"/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="a3"><w:name w:val="报告正文"/><w:basedOn w:val="a"/><w:qFormat/><w:pPr><w:ind w:firstLine="640"/></w:pPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="a5"><w:name w:val="表格文字"/><w:basedOn w:val="a"/><w:pPr><w:spacing w:line="300" w:lineRule="auto"/><w:jc w:val="center"/></w:pPr><w:rPr><w:rFonts w:eastAsia="宋体"/><w:sz w:val="21"/></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="a6"><w:name w:val="Normal Table"/><w:tblPr><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="table" w:styleId="a4"><w:name w:val="Table Grid"/><w:basedOn w:val="a6"/></w:style>
</w:styles>`;

/** The template .docx (as the firm keeps it): the parts of a Word file, the body the loop above. */
export function templateDocx() {
  const PizZip = need('pizzip');
  const zip = new PizZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/_rels/document.xml.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>',
  );
  zip.file('word/styles.xml', STYLES);
  zip.file(
    'word/footer1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr ${W}><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">— </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p></w:ftr>`,
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${TEMPLATE_BODY}<w:sectPr><w:footerReference w:type="default" r:id="rId2"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>`,
  );
  return zip.generate({ type: 'nodebuffer' });
}

/** A table's rows as a grid of cell texts: a spanned cell's text in its first place, covered places empty. */
function flatGrid(rows) {
  const placed = rows.every((r) => r.cells.every((c) => c.col !== undefined)) ? rows : placeCells(rows);
  const g = placed.map(() => []);
  placed.forEach((r, i) => {
    for (const c of r.cells)
      for (let dr = 0; dr < c.rowspan; dr++)
        for (let dc = 0; dc < c.colspan; dc++) g[i + dr][c.col + dc] = dr === 0 && dc === 0 ? c.text : '';
  });
  return g;
}

function docxOf(blocks, path) {
  const PizZip = need('pizzip');
  const Docxtemplater = need('docxtemplater');
  const data = [];
  let heading = 0;
  for (const b of blocks) {
    if (b.type === 'pagebreak') data.push({ pb: true });
    else if (b.type === 'heading') data.push({ [`h${Math.min(b.level, 3)}`]: true, text: b.text }), heading++;
    else if (b.type === 'para')
      data.push(
        b.center ? { pc: true, text: b.text } : b.right ? { pr: true, text: b.text } : { p: true, text: b.text },
      );
    else if (b.type === 'table')
      data.push({ tbl: true, rows: flatGrid(b.rows).map((r) => ({ cells: r.map((text) => ({ text })) })) });
  }
  const doc = new Docxtemplater(new PizZip(templateDocx()), { paragraphLoop: true, linebreaks: true });
  doc.render({ blocks: data });
  // the template's table has one grid column; a filled table needs one per cell of its rows (pandoc reads the grid),
  // so each table's <w:tblGrid> is written again for its width, as Word does when it opens the file
  const zip = doc.getZip();
  const xml = zip
    .file('word/document.xml')
    .asText()
    .replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, (tbl) => {
      const n = (/<w:tr>[\s\S]*?<\/w:tr>/.exec(tbl)[0].match(/<w:tc>/g) ?? []).length;
      const cols = `<w:gridCol w:w="${Math.floor(8844 / n)}"/>`.repeat(n);
      return tbl.replace(/<w:tblGrid>[\s\S]*?<\/w:tblGrid>/, `<w:tblGrid>${cols}</w:tblGrid>`);
    });
  zip.file('word/document.xml', xml);
  writeFileSync(path, zip.generate({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

/** The HTML weasyprint prints: each table whole (its pieces joined), header rows in <thead>. */
function htmlOf(blocks, title) {
  const out = [
    '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">',
    `<title>${esc(title)}</title><style>`,
    '@page { size: A4; margin: 37mm 26mm 35mm 28mm; @bottom-center { content: "第 " counter(page) " 页"; font-size: 11pt; } }',
    "body { font-family: 'WenQuanYi Zen Hei'; font-size: 16pt; line-height: 1.75; text-align: justify; }",
    'p { text-indent: 2em; margin: 0; } p.center { text-align: center; text-indent: 0; } p.right { text-align: right; }',
    'h1, h2, h3 { font-size: 16pt; font-weight: bold; margin: 0.3em 0; text-indent: 2em; }',
    'table { border-collapse: collapse; width: 100%; font-size: 10.5pt; line-height: 1.35; margin: 4pt 0 10pt; }',
    'th, td { border: 0.75pt solid #000; padding: 2pt 3pt; text-align: center; } thead { display: table-header-group; }',
    'tr { page-break-inside: avoid; } .pb { page-break-before: always; }',
    '</style></head><body>',
  ];
  let pb = false;
  for (const b of blocks) {
    if (b.type === 'pagebreak') {
      pb = true;
      continue;
    }
    const cls = (c) => (pb ? ` class="${[c, 'pb'].filter(Boolean).join(' ')}"` : c ? ` class="${c}"` : '');
    if (b.type === 'heading') out.push(`<h${b.level}${cls()}>${esc(b.text)}</h${b.level}>`);
    else if (b.type === 'para') out.push(`<p${cls(b.center ? 'center' : b.right ? 'right' : '')}>${esc(b.text)}</p>`);
    else if (b.type === 'table') {
      if ((b.piece ?? 0) > 0) continue; // each table whole: the printer cuts it at the pages itself
      const rows = placeCells([...b.of.rows.filter((r) => r.head), ...b.of.rows.filter((r) => !r.head)]);
      const tr = (r) =>
        '<tr>' +
        r.cells
          .map((c) => {
            const t = r.head ? 'th' : 'td';
            return `<${t}${c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : ''}${c.colspan > 1 ? ` colspan="${c.colspan}"` : ''}>${esc(c.text)}</${t}>`;
          })
          .join('') +
        '</tr>';
      out.push(
        `<table${cls()}>`,
        '<thead>',
        ...rows.filter((r) => r.head).map(tr),
        '</thead><tbody>',
        ...rows.filter((r) => !r.head).map(tr),
        '</tbody></table>',
      );
    }
    pb = false;
  }
  out.push('</body></html>');
  return out.join('\n');
}

/** The four forms of one side: `stem`.docx (docxtemplater), .pdf (weasyprint), .txt (catdoc of LibreOffice's .doc),
 * .md (pandoc's markdown without pipe and grid tables). */
export function formsOf(blocks, title, stem) {
  docxOf(blocks, stem + '.docx');
  const html = stem + '.src.html';
  writeFileSync(html, htmlOf(blocks, title));
  execFileSync('weasyprint', ['-q', html, stem + '.pdf']);
  rmSync(html);
  // LibreOffice with a profile of its own, so that it runs beside another LibreOffice
  const tmp = mkdtempSync(join(tmpdir(), 'aa-lo-'));
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${tmp}/profile`,
      '--headless',
      '--convert-to',
      'doc:MS Word 97',
      '--outdir',
      tmp,
      stem + '.docx',
    ],
    { stdio: 'ignore' },
  );
  const doc = join(tmp, basename(stem) + '.doc');
  // catdoc -w (a paragraph a line, table cells tab-separated); antiword 0.37, tried too, left out whole sections of
  // the same .doc (表4, 表5, 表9, 表10, everything after 表15) and cut long paragraphs at 256 bytes
  writeFileSync(
    stem + '.txt',
    execFileSync('catdoc', ['-d', 'utf-8', '-w', doc], { encoding: 'utf8', maxBuffer: 1 << 26 }),
  );
  rmSync(tmp, { recursive: true, force: true });
  writeFileSync(
    stem + '.md',
    execFileSync('pandoc', ['-f', 'docx', '-t', 'markdown-pipe_tables-grid_tables', '--wrap=none', stem + '.docx'], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    }),
  );
}

// run as a script (node forms.mjs SPEC STEM dirty|clean)
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const [spec, stem, side] = process.argv.slice(2);
  const { readSpec } = await import('../spec/parse.mjs');
  const { frontMatterOf } = await import('../spec/build-converted.mjs');
  formsOf(readSpec(spec, side === 'dirty').blocks, frontMatterOf(spec).title, stem);
}
