// A spec's .docx written the way a word processor writes the report (render.mjs uses it when the front matter
// has "docx"): page, fonts and paragraph formats are data of the spec, so that a report whose .docx tests the
// docx parser (Word's own markup rather than the 公文 look of render.mjs's toDocx) is a spec too.
//
//   "docx": {
//     "page": { "width": "21cm", "height": "29.7cm", "margin": { "left": "2.5cm", … } },
//     "fonts": { "serif": "Noto Serif CJK SC", … },   names a format's "font" may use
//     "normal": { format },                            the Normal style (every paragraph's defaults)
//     "footer": "— {PAGE} —",                          a centred footer, {PAGE} the page number field
//     "styles": [ … ],                                 the file's own style sheet (styles.mjs), else the package's
//     "numbering": { "headings": […], "list": […] },   Word's automatic numbers for <num>…</num> (numbering.mjs)
//     "runs": "digits" | "script",                     a run for each stretch of figures / of Chinese and Latin
//     "rsids": ["00A31F2C", …],                        revision ids on paragraphs and runs (word-like.mjs)
//     "formats": { "p": {…}, "h1": {…}, "cell": {…}, "cover": {…}, … }
//   }
//
// A format: font (East Asian; also Latin unless "latin" names another), size (pt), bold, align
// (left|center|right|both), before / after (pt), line (1.2: a multiple; "28pt": exact), firstLine / left (an
// indent: "21pt", "2.5cm"), tabs [[position, "right", "dot"]], lang ("en-US"), style (a paragraph style's id),
// keepNext, pageBreakBefore. A heading takes the format h1…h4 (a heading style, or bold typed text: a report without styles).
// A paragraph takes the formats of its classes (<p class="cover">), else "p"; a table's cells take "cell",
// header rows bold, `data-align="c,l,…"` per column of the body rows, <td class="bold left"> per cell; `data-widths` with `data-unit="cm"` are
// absolute widths (`data-unit="twips"` too), `data-cell-margin` (twips, left and right), <tr data-height> (twips,
// at least) or `data-row-height` on the table; header rows repeat on each page only with `data-repeat`.
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
import { stylesXml, twips } from './styles.mjs';
import { numberText, numberingConfig } from './numbering.mjs';
import { wordLike } from './word-like.mjs';

export { twips };

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
  if (f.font || f.latin) {
    const name = f.font ? (fonts[f.font] ?? f.font) : undefined;
    const latin = f.latin ?? name;
    o.font = { ascii: latin, hAnsi: latin, eastAsia: name };
  }
  if (f.size) o.size = f.size * 2;
  if (f.bold) o.bold = true;
  // the language of the text decides LibreOffice's line breaking (python-docx's template says en-US throughout)
  if (f.lang) o.language = { value: f.lang, eastAsia: f.lang };
  return o;
}

function paragraphOptions(f) {
  const o = {};
  if (f.style) o.style = f.style;
  if (f.keepNext) o.keepNext = true;
  if (f.pageBreakBefore) o.pageBreakBefore = true;
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
  const merged = (names) =>
    Object.assign(
      {},
      ...names.map((n) => {
        // a class the spec did not define is a typo; the implicit formats may be left out
        if (!formats[n] && !/^(center|right|p|cell|h\d)$/.test(n)) throw new Error(`spec docx: no format "${n}"`);
        return formats[n] ?? {};
      }),
    );
  const numbers = numberText(docx.numbering ?? {});
  // "runs": "digits": a run of its own for each stretch of figures, as a report's runs look once its numbers have
  // been typed over in later sessions (each run its own rsid, word-like.mjs)
  // "runs": "script": a run for each stretch of Chinese and of Latin letters and figures, as Word splits a paragraph
  // whose East Asian and Latin fonts differ
  const split = (t) =>
    docx.runs === 'digits'
      ? t.match(/[0-9.,%]+|[^0-9.,%]+/g)
      : docx.runs === 'script'
        ? t.match(/[^\x00-\x7f≥≤]+|[\x00-\x7f≥≤]+/g)
        : [t];
  const paragraph = (f, source, list) => {
    const pieces = inlinePieces(source);
    const extra = {};
    const num = pieces.find((p) => p.num !== undefined);
    if (num) extra.numbering = numbers(list, f.numLevel ?? 0, num.num);
    return new Paragraph({
      ...paragraphOptions(f),
      ...extra,
      children: pieces
        .filter((p) => p.num === undefined)
        .flatMap((p) =>
          p.tab
            ? [new TextRun({ ...runOptions(f, fonts), children: [new Tab()] })]
            : split(p.text).map(
                (t) => new TextRun({ ...runOptions({ ...f, bold: f.bold || p.bold }, fonts), text: t }),
              ),
        ),
    });
  };
  return { merged, paragraph, fonts };
}

function wordTable(t, fmt) {
  const n = columnCount(t);
  // data-unit="cm" / "twips": absolute widths (a word processor's grid); else shares of the text width
  const unit = t.attrs?.['data-unit'];
  const widths = t.widths ?? Array(n).fill(1);
  const total = widths.reduce((a, b) => a + b, 0);
  const twipsOf = widths.map((w) =>
    unit === 'cm' ? twips(`${w}cm`) : unit === 'twips' ? w : Math.round((9000 * w) / total),
  );
  const align = t.attrs?.['data-align']?.split(',');
  const cell = fmt.merged(['cell']);
  return new Table({
    alignment: AlignmentType.CENTER,
    layout: TableLayoutType.FIXED,
    width: { size: twipsOf.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: twipsOf,
    borders,
    ...(t.attrs?.['data-cell-margin']
      ? { margins: { left: Number(t.attrs['data-cell-margin']), right: Number(t.attrs['data-cell-margin']) } }
      : {}),
    rows: t.rows.map(
      (r) =>
        new TableRow({
          tableHeader: r.head && t.attrs?.['data-repeat'] !== undefined,
          // <tr data-height="454">: the row's least height (twips), as a form's rows are drawn
          ...((r.attrs?.['data-height'] ?? t.attrs?.['data-row-height'])
            ? { height: { value: Number(r.attrs?.['data-height'] ?? t.attrs['data-row-height']), rule: 'atLeast' } }
            : {}),
          children: r.cells.map((c) => {
            const a = r.head ? undefined : { c: 'center', l: 'left', r: 'right' }[align?.[c.col]];
            // <td class="bold left">: a cell's own weight and alignment
            const own = (c.attrs?.class ?? '').split(' ').filter(Boolean);
            const f = {
              ...cell,
              ...(r.head || own.includes('bold') ? { bold: true } : {}),
              ...(a ? { align: a } : {}),
              ...Object.fromEntries(
                ['left', 'center', 'right', 'both'].filter((x) => own.includes(x)).map((x) => ['align', x]),
              ),
            };
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
      // a heading is a paragraph of the format h1…h4: a heading style ("style": "1") or typed bold
      children.push(fmt.paragraph({ numLevel: b.level - 1, ...fmt.merged([`h${b.level}`]) }, b.source, 'headings'));
    } else if (b.type === 'para') {
      const names = b.classes.length ? b.classes : ['p'];
      const f = { ...fmt.merged(names), ...(b.center ? { align: 'center' } : b.right ? { align: 'right' } : {}) };
      children.push(fmt.paragraph(f, b.source, 'list'));
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
    styles: { default: { document: { run: runOptions(normal, fmt.fonts), paragraph: paragraphOptions(normal) } } },
    ...(docx.numbering ? { numbering: numberingConfig(docx.numbering, fmt.fonts) } : {}),
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
  const buf = await Packer.toBuffer(doc);
  const styles = docx.styles ? stylesXml(docx.styles, fmt.fonts) : undefined;
  return styles || docx.rsids ? wordLike(buf, { styles, rsids: docx.rsids }) : buf;
}
