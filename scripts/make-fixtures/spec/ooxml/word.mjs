// A spec's .docx written the way a word processor writes the report (render.mjs uses it when the front matter
// has "docx"): page, fonts and paragraph formats are data of the spec, so that a report whose .docx tests the
// docx parser (Word's own markup rather than the 公文 look of render.mjs's toDocx) is a spec too.
//
//   "docx": {
//     "page": { "width": "21cm", "height": "29.7cm", "margin": { "left": "2.5cm", … } },
//     "fonts": { "serif": "Noto Serif CJK SC", … },   names a format's "font" may use
//     "normal": { format },                            the Normal style (every paragraph's defaults)
//     "footer": "— {PAGE} —",                          a centred footer, {PAGE} the page number field
//     "headings": "bold",                              # lines as bold paragraphs of formats h1…h4, no heading
//                                                      style (a report typed without styles)
//     "formats": { "p": {…}, "h1": {…}, "cell": {…}, "cover": {…}, … }
//   }
//
// A format: font, size (pt), bold, align (left|center|right|both), before / after (pt), line (1.2: a multiple;
// "28pt": exact), firstLine / left (an indent: "21pt", "2.5cm"), tabs [[position, "right", "dot"]], lang ("en-US").
// A paragraph takes the formats of its classes (<p class="cover">), else "p"; a table's cells take "cell",
// header rows bold, `data-align="c,l,…"` per column of the body rows; `data-widths` with `data-unit="cm"` are
// absolute widths; header rows repeat on each page only with `data-repeat`.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LeaderType,
  LineRuleType,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  Tab,
  TabStopType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { columnCount } from '../parse.mjs';
import { inlinePieces } from './inline.mjs';

/** "21pt", "2.5cm", "1.5in" or a number of twips → twips. */
export function twips(v) {
  if (typeof v === 'number') return v;
  const m = /^([\d.]+)(pt|cm|in)$/.exec(v);
  if (!m) throw new Error(`spec docx: a length needs pt, cm or in: ${v}`);
  const n = Number(m[1]);
  return Math.round(m[2] === 'pt' ? n * 20 : m[2] === 'cm' ? (n / 2.54) * 1440 : n * 1440);
}

const ALIGN = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  both: AlignmentType.JUSTIFIED,
};
const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line };

function runOptions(f, fonts) {
  const o = {};
  if (f.font) {
    const name = fonts[f.font] ?? f.font;
    o.font = { ascii: name, hAnsi: name, eastAsia: name };
  }
  if (f.size) o.size = f.size * 2;
  if (f.bold) o.bold = true;
  // the language of the text decides LibreOffice's line breaking (python-docx's template says en-US throughout)
  if (f.lang) o.language = { value: f.lang, eastAsia: f.lang };
  return o;
}

function paragraphOptions(f) {
  const o = {};
  if (f.align) o.alignment = ALIGN[f.align];
  const spacing = {};
  if (f.before !== undefined) spacing.before = twips(`${f.before}pt`);
  if (f.after !== undefined) spacing.after = twips(`${f.after}pt`);
  if (typeof f.line === 'number')
    Object.assign(spacing, { line: Math.round(f.line * 240), lineRule: LineRuleType.AUTO });
  else if (f.line) Object.assign(spacing, { line: twips(f.line), lineRule: LineRuleType.EXACT });
  if (Object.keys(spacing).length) o.spacing = spacing;
  const indent = {};
  if (f.firstLine) indent.firstLine = twips(f.firstLine);
  if (f.left) indent.left = twips(f.left);
  if (Object.keys(indent).length) o.indent = indent;
  if (f.tabs)
    o.tabStops = f.tabs.map(([pos, type, leader]) => ({
      position: twips(pos),
      type: TabStopType[type.toUpperCase()],
      leader: leader ? LeaderType[leader.toUpperCase()] : undefined,
    }));
  return o;
}

/** A spec's formats, resolved for one block. */
function formatter(docx) {
  const formats = docx.formats ?? {};
  const fonts = docx.fonts ?? {};
  const merged = (names) => Object.assign({}, ...names.map((n) => formats[n] ?? {}));
  const paragraph = (f, source, extra = {}) =>
    new Paragraph({
      ...paragraphOptions(f),
      ...extra,
      children: inlinePieces(source).map((p) =>
        p.tab
          ? new TextRun({ ...runOptions(f, fonts), children: [new Tab()] })
          : new TextRun({ ...runOptions({ ...f, bold: f.bold || p.bold }, fonts), text: p.text }),
      ),
    });
  return { merged, paragraph, fonts };
}

function wordTable(t, fmt) {
  const n = columnCount(t);
  const cm = t.attrs?.['data-unit'] === 'cm';
  const widths = t.widths ?? Array(n).fill(1);
  const twipsOf = cm
    ? widths.map((w) => twips(`${w}cm`))
    : widths.map((w) => Math.round((9000 * w) / widths.reduce((a, b) => a + b, 0)));
  const align = t.attrs?.['data-align']?.split(',');
  const cell = fmt.merged(['cell']);
  return new Table({
    alignment: AlignmentType.CENTER,
    layout: TableLayoutType.FIXED,
    width: { size: twipsOf.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: twipsOf,
    borders,
    rows: t.rows.map(
      (r) =>
        new TableRow({
          tableHeader: r.head && t.attrs?.['data-repeat'] !== undefined,
          children: r.cells.map((c) => {
            const a = r.head ? undefined : { c: 'center', l: 'left', r: 'right' }[align?.[c.col]];
            const f = { ...cell, ...(r.head ? { bold: true } : {}), ...(a ? { align: a } : {}) };
            return new TableCell({
              rowSpan: c.rowspan,
              columnSpan: c.colspan,
              verticalAlign: VerticalAlign.CENTER,
              width: { size: twipsOf.slice(c.col, c.col + c.colspan).reduce((x, y) => x + y, 0), type: WidthType.DXA },
              children: [fmt.paragraph(f, c.text)],
            });
          }),
        }),
    ),
  });
}

/** Blocks → a .docx buffer, as the front matter's "docx" describes the word processor's file. */
export async function toWordDocx(blocks, meta) {
  const docx = meta.docx;
  const fmt = formatter(docx);
  const children = [];
  for (const b of blocks) {
    if (b.type === 'pagebreak') {
      // a page break is a run of an empty paragraph of its own, as Word's Ctrl+Enter writes it
      children.push(new Paragraph({ children: [new TextRun({ children: [new PageBreak()] })] }));
      continue;
    }
    if (b.type === 'heading') {
      if (docx.headings !== 'bold') throw new Error('spec docx: only "headings": "bold" is written so far');
      children.push(fmt.paragraph(fmt.merged([`h${b.level}`]), b.text));
    } else if (b.type === 'para') {
      const names = b.classes.length ? b.classes : ['p'];
      const f = { ...fmt.merged(names), ...(b.center ? { align: 'center' } : b.right ? { align: 'right' } : {}) };
      children.push(fmt.paragraph(f, b.source));
    } else children.push(wordTable(b, fmt));
  }
  const page = docx.page ?? {};
  const margin = page.margin ?? {};
  const normal = docx.normal ?? {};
  const footer = docx.footer
    ? {
        default: new Footer({
          children: [
            new Paragraph({
              alignment: AlignmentType.CENTER,
              children: docx.footer
                .split(/(\{PAGE\})/)
                .filter(Boolean)
                .map((s) => new TextRun(s === '{PAGE}' ? { children: [PageNumber.CURRENT] } : { text: s })),
            }),
          ],
        }),
      }
    : undefined;
  const doc = new Document({
    title: meta.title,
    styles: {
      default: { document: { run: runOptions(normal, fmt.fonts), paragraph: paragraphOptions(normal) } },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: twips(page.width ?? '21cm'), height: twips(page.height ?? '29.7cm') },
            margin: Object.fromEntries(Object.entries(margin).map(([k, v]) => [k, twips(v)])),
          },
        },
        footers: footer,
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
