// One renderer for report-specs (parse.mjs): the same blocks written as .docx (the `docx` package), .md (headings,
// GFM pipe tables, HTML tables where a cell spans) and .txt (Word's "copy as text": a paragraph a line, table rows
// tab-separated, vertically merged cells left out). Also the shared conversions a corpus build makes from the .docx:
// LibreOffice's PDF, pdftotext's layout text and pandoc's markdown (tools used only to make fixtures).
//
//   node scripts/make-fixtures/spec/render.mjs SPEC.md OUTDIR   # OUTDIR/NAME.{docx,md,txt} and OUTDIR/NAME.clean.*
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { execFileSync } from 'node:child_process';
import {
  AlignmentType,
  BorderStyle,
  LineRuleType,
  Document,
  HeadingLevel,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { columnCount, readSpec } from './parse.mjs';
import { toWordDocx } from './ooxml/word.mjs';

const FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '仿宋' };
const HEADING_FONT = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体' };
const LEVELS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4];
// A4 with 2 cm margins left and right (twips)
const MARGIN = 1134;
const TEXT_WIDTH = 11906 - 2 * MARGIN;
const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };

const runs = (text, opts) =>
  text.split('\n').map((t, i) => new TextRun({ text: t, break: i ? 1 : 0, font: FONT, ...opts }));

function docxTable(t, breakBefore) {
  const n = columnCount(t);
  const widths = t.widths ?? Array(n).fill(1);
  const total = widths.reduce((a, b) => a + b, 0);
  const twips = widths.map((w) => Math.round((TEXT_WIDTH * w) / total));
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: twips,
    borders,
    rows: t.rows.map(
      (r, ri) =>
        new TableRow({
          tableHeader: r.head,
          children: r.cells.map(
            (c, ci) =>
              new TableCell({
                rowSpan: c.rowspan,
                columnSpan: c.colspan,
                verticalAlign: VerticalAlign.CENTER,
                width: { size: twips.slice(c.col, c.col + c.colspan).reduce((a, b) => a + b, 0), type: WidthType.DXA },
                children: [
                  new Paragraph({
                    // a page break before a table is its first paragraph's (an empty paragraph carrying the break
                    // would be left alone on a page when the piece before fills its page)
                    pageBreakBefore: breakBefore && ri === 0 && ci === 0,
                    alignment: r.head || /^[\d.,%\-—/]+$/.test(c.text) ? AlignmentType.CENTER : AlignmentType.LEFT,
                    children: runs(c.text, { size: 18, bold: r.head }),
                  }),
                ],
              }),
          ),
        }),
    ),
  });
}

/** Blocks → a .docx buffer. */
export async function toDocx(blocks, title) {
  const children = [];
  let breakBefore = false;
  for (const [i, b] of blocks.entries()) {
    if (b.type === 'pagebreak') {
      breakBefore = true;
      continue;
    }
    // a converter's page line and picture placeholder are not the document's
    if (b.type === 'pageend' || b.type === 'image') continue;
    const pageBreakBefore = breakBefore;
    breakBefore = false;
    if (b.type === 'heading')
      children.push(
        new Paragraph({
          heading: LEVELS[b.level - 1],
          pageBreakBefore,
          spacing: { before: 160, after: 80 },
          children: [
            new TextRun({
              text: b.text,
              font: HEADING_FONT,
              size: [32, 32, 32, 32][b.level - 1],
              bold: b.level > 2,
              color: '000000',
            }),
          ],
        }),
      );
    else if (b.type === 'para')
      children.push(
        new Paragraph({
          alignment: b.center ? AlignmentType.CENTER : b.right ? AlignmentType.RIGHT : AlignmentType.JUSTIFIED,
          pageBreakBefore,
          // 公文's body: 三号 (16 pt), a fixed 28-point line, two characters' indent
          indent: b.center || b.right ? undefined : { firstLine: 640 },
          spacing: { line: 560, lineRule: LineRuleType.EXACT },
          children: runs(b.text, { size: 32 }),
        }),
      );
    else {
      children.push(docxTable(b, pageBreakBefore));
      // Word joins two tables with nothing between them: a paragraph after each, a tiny one before a break (the
      // next piece carries the break; a piece that fills its page pushes this one over, to a blank page: keep
      // data-split below a page's rows)
      const tiny = blocks[i + 1]?.type === 'pagebreak';
      children.push(
        new Paragraph({
          spacing: tiny ? { before: 0, after: 0, line: 240 } : undefined,
          children: [new TextRun({ text: '', size: tiny ? 2 : 24 })],
        }),
      );
    }
  }
  const doc = new Document({
    title,
    styles: { default: { document: { run: { font: FONT, size: 24 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { left: MARGIN, right: MARGIN, top: 1440, bottom: 1440 },
          },
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}

const spans = (t) => t.rows.some((r) => r.cells.some((c) => c.rowspan > 1 || c.colspan > 1));
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\n/g, '<br>');

/** Blocks → markdown: pipe tables where no cell spans and one header row, HTML tables otherwise. */
export function toMarkdown(blocks) {
  const out = [];
  for (const b of blocks) {
    if (b.type === 'heading') out.push('#'.repeat(b.level) + ' ' + b.text);
    else if (b.type === 'para') out.push(b.text);
    else if (b.type === 'table') {
      const heads = b.rows.filter((r) => r.head);
      if (!spans(b) && heads.length === 1) {
        const row = (r) =>
          '| ' + r.cells.map((c) => c.text.replace(/\n/g, ' ').replace(/\|/g, '\\|')).join(' | ') + ' |';
        out.push(
          [
            row(heads[0]),
            '|' + heads[0].cells.map(() => ' --- |').join(''),
            ...b.rows.filter((r) => !r.head).map(row),
          ].join('\n'),
        );
      } else {
        const attr = (c) =>
          (c.rowspan > 1 ? ` rowspan="${c.rowspan}"` : '') + (c.colspan > 1 ? ` colspan="${c.colspan}"` : '');
        const tr = (r) =>
          '<tr>' +
          r.cells.map((c) => `<${r.head ? 'th' : 'td'}${attr(c)}>${esc(c.text)}</${r.head ? 'th' : 'td'}>`).join('') +
          '</tr>';
        out.push('<table>\n' + b.rows.map(tr).join('\n') + '\n</table>');
      }
    }
  }
  return out.join('\n\n') + '\n';
}

/**
 * Blocks → text as pasted from Word: one paragraph a line, CRLF, cells tab-separated. The cells a vertical span
 * covers are an empty field each (mergedCells 'empty', P2's paste) or left out ('omit', P's "copy as text").
 * Between two table pieces cut where a page fills (parse.mjs: "pagebreak: before"), an empty line.
 */
export function toText(blocks, { mergedCells = 'empty' } = {}) {
  const out = [];
  for (const [i, b] of blocks.entries()) {
    if (b.type === 'heading' || b.type === 'para') out.push(b.text.replace(/\n/g, ' '));
    // a table piece after a page break its first block carries: the tiny paragraph ahead of it that holds the
    // break in a word processor's file (ooxml/word.mjs) is an empty line when the piece follows another table
    else if (b.type === 'pagebreak' && b.before && blocks[i + 1]?.type === 'table' && blocks[i - 1]?.type === 'table')
      out.push('');
    else if (b.type === 'table') {
      const covered = []; // covered[r]: the columns a span from a row above takes
      b.rows.forEach((r, i) => {
        const fields = r.cells.map((c) => ({ col: c.col, text: c.text.replace(/\n/g, ' ') }));
        for (const c of r.cells) for (let k = 1; k < c.rowspan; k++) (covered[i + k] ??= []).push(c.col);
        if (mergedCells === 'empty') for (const col of covered[i] ?? []) fields.push({ col, text: '' });
        out.push(
          fields
            .sort((a, b) => a.col - b.col)
            .map((f) => f.text)
            .join('\t'),
        );
      });
    }
  }
  return out.join('\r\n') + '\r\n';
}

/** LibreOffice's PDF of a .docx (a private profile, so that a running soffice is not disturbed). */
export function pdfOf(docx, pdf) {
  const tmp = mkdtempSync(join(tmpdir(), 'spec-lo-'));
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${tmp}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', tmp, docx],
    { stdio: 'ignore' },
  );
  renameSync(join(tmp, basename(docx).replace(/\.docx$/, '.pdf')), pdf);
  rmSync(tmp, { recursive: true, force: true });
}

/** pdftotext -layout: columns kept by spaces, a form feed between pages. */
export const layoutTextOf = (pdf, txt) => execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, txt]);

/** pandoc's GitHub markdown of a .docx (tables it cannot pipe stay HTML). */
export const pandocMarkdownOf = (docx, md) =>
  execFileSync('pandoc', ['-f', 'docx', '-t', 'gfm', '--wrap=none', '-o', md, docx]);

/** Writes NAME.{docx,md,txt} of the report and NAME.clean.* of its control into outdir. */
export async function renderSpec(spec, outdir) {
  mkdirSync(outdir, { recursive: true });
  const written = [];
  for (const dirty of [true, false]) {
    const { meta, blocks } = readSpec(spec, dirty);
    const stem = join(outdir, meta.name + (dirty ? '' : '.clean'));
    // a front matter's "docx" describes the word processor's own file (ooxml/word.mjs); else the 公文 look
    writeFileSync(stem + '.docx', meta.docx ? await toWordDocx(blocks, meta) : await toDocx(blocks, meta.title));
    writeFileSync(stem + '.md', toMarkdown(blocks));
    writeFileSync(stem + '.txt', toText(blocks, { mergedCells: meta.textMergedCells }));
    written.push(stem);
  }
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [spec, outdir] = process.argv.slice(2);
  if (!spec || !outdir) {
    console.error('usage: node render.mjs SPEC.md OUTDIR');
    process.exit(2);
  }
  for (const s of await renderSpec(spec, outdir)) console.log(s + '.{docx,md,txt}');
}
