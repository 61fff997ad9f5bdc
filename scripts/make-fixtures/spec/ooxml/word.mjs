// A spec's .docx written the way a word processor writes the report (render.mjs uses it when the front matter
// has "docx"): page, fonts and paragraph formats are data of the spec, so that a report whose .docx tests the
// docx parser (Word's own markup rather than the 公文 look of render.mjs's toDocx) is a spec too.
//
//   "docx": {
//     "page": { "width": "21cm", "height": "29.7cm", "margin": { "left": "2.5cm", … } },
//     "fonts": { "serif": "Noto Serif CJK SC", … },   names a format's "font" may use
//     "normal": { format },                            the Normal style (every paragraph's defaults)
//     "footer": "— {PAGE} —",                          a centred footer, {PAGE} the page number field
//     "sections": [{}, { "header": "…", "footer": "— {PAGE} —", "pageStart": 1, "margin": {…} }],   one per
//                                                      <!-- section -->, instead of "footer"
//     "styles": [ … ],                                 the file's own style sheet (styles.mjs), else the package's
//     "numbering": { "headings": […], "list": […] },   Word's automatic numbers for <num>…</num> (numbering.mjs)
//     "runs": "digits" | "script",                     a run for each stretch of figures / of Chinese and Latin
//     "rsids": ["00A31F2C", …],                        revision ids on paragraphs and runs (word-like.mjs)
//     "revisions": { "author", "date" }, "trackRevisions": true,   who made the <del>/<ins>; 修订 left on
//     "comment": { "author", "initials", "date" },     who wrote the <comment>s
//     "tocBookmarks": 170001,                          headings get _Toc170001…, the <!-- toc: --> lines link to them
//     "formats": { "p": {…}, "h1": {…}, "cell": {…}, "cover": {…}, … }
//   }
//
// A format: font (East Asian; also Latin unless "latin" names another), size (pt), bold, align
// (left|center|right|both), before / after (pt), line (1.2: a multiple; "28pt": exact), firstLine / left (an
// indent: "21pt", "2.5cm"), tabs [[position, "right", "dot"]], lang ("en-US"), style (a paragraph style's id),
// keepNext, pageBreakBefore. A heading takes the format h1…h4 (a heading style, or bold typed text: a report
// without styles). A paragraph takes the formats of its classes (<p class="cover">; "inserted" / "deleted": its mark
// is a tracked change), else "p"; a table's cells take "cell", header rows bold, `data-align="c,l,…"` per column of
// the body rows, <td class="bold left"> per cell; `data-widths` with `data-unit="cm"` (or "twips") are absolute
// widths; `data-cell-margin` (twips, left and right), <tr data-height> (twips, at least) or `data-row-height` on the
// table; header rows repeat on each page only with `data-repeat`; `data-borders="three"` draws a 三线表;
// `data-valign="top"` sets the cells at the top (python-docx's), not centred; `data-glue`
// writes a table cut into pieces (parse.mjs: data-cut, <cut/>) as one grid, each piece's header a plain row inside.
// A table after <!-- pagebreak: before --> (a piece cut where a page fills) has a tiny paragraph ahead of it that
// carries the break.
import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  Footer,
  FootnoteReferenceRun,
  Header,
  ImportedXmlComponent,
  InsertedTextRun,
  InternalHyperlink,
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
const rule = { style: BorderStyle.SINGLE, size: 12, color: '000000' };
const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const THREE = { top: rule, bottom: rule, left: none, right: none, insideHorizontal: none, insideVertical: none };

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
        if (n === 'inserted' || n === 'deleted') return { mark: n };
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
  // tracked changes, footnotes and comments of the whole document, numbered in order as Word numbers them
  const rev = docx.revisions ?? {};
  const notes = {};
  const comments = [];
  let revId = 100;
  const runsOf = (f, p) => {
    const o = { ...runOptions({ ...f, bold: f.bold || p.bold }, fonts) };
    if (p.del || p.ins) {
      const change = { id: ++revId, author: rev.author, date: rev.date };
      const Run = p.del ? DeletedTextRun : InsertedTextRun;
      return split(p.text).map((t) => new Run({ ...o, ...change, text: t }));
    }
    return split(p.text).map((t) => new TextRun({ ...o, text: t }));
  };
  const piece = (f, p) => {
    if (p.tab) return [new TextRun({ ...runOptions(f, fonts), children: [new Tab()] })];
    if (p.split || p.num !== undefined) return [];
    if (p.fn !== undefined) {
      const n = Object.keys(notes).length + 1;
      notes[n] = { children: [new Paragraph({ children: split(` ${p.fn}`).map((t) => new TextRun(t)) })] };
      return [new FootnoteReferenceRun(n)];
    }
    if (p.commentStart !== undefined) {
      const c = docx.comment ?? {};
      const id = comments.length;
      comments.push({
        id,
        author: c.author,
        initials: c.initials,
        date: new Date(c.date),
        children: [new Paragraph(p.commentStart)],
      });
      return [new CommentRangeStart(id)];
    }
    if (p.commentEnd) {
      const id = comments.length - 1;
      return [new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] })];
    }
    return runsOf(f, p);
  };
  const paragraph = (f, source, list, extra = {}) => {
    const pieces = inlinePieces(source);
    const num = pieces.find((p) => p.num !== undefined);
    if (num) extra.numbering = numbers(list, f.numLevel ?? 0, num.num);
    // a paragraph inserted or deleted whole: its mark is a tracked change too (class "inserted" / "deleted")
    const mark = f.mark
      ? {
          run: {
            [f.mark === 'inserted' ? 'insertion' : 'deletion']: { id: ++revId, author: rev.author, date: rev.date },
          },
        }
      : {};
    const { bookmark, ...rest } = extra;
    const runs = pieces.flatMap((p) => piece(f, p));
    return new Paragraph({
      ...paragraphOptions(f),
      ...mark,
      ...rest,
      children: bookmark ? [new Bookmark({ id: bookmark, children: runs })] : runs,
    });
  };
  const extras = () => ({
    ...(Object.keys(notes).length ? { footnotes: notes } : {}),
    ...(comments.length ? { comments: { children: comments } } : {}),
  });
  return { merged, paragraph, fonts, extras, split };
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
  const three = t.attrs?.['data-borders'] === 'three';
  const lastHead = t.rows.findLastIndex((r) => r.head);
  const cell = fmt.merged(['cell']);
  return new Table({
    alignment: AlignmentType.CENTER,
    layout: TableLayoutType.FIXED,
    width: { size: twipsOf.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: twipsOf,
    // data-borders="three": a 三线表, a thick rule above and below and a thin one under the header, no others
    borders: three ? THREE : borders,
    ...(t.attrs?.['data-cell-margin']
      ? { margins: { left: Number(t.attrs['data-cell-margin']), right: Number(t.attrs['data-cell-margin']) } }
      : {}),
    rows: t.rows.map(
      (r, ri) =>
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
              ...(three && ri === lastHead
                ? { borders: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000' } } }
                : {}),
              rowSpan: c.rowspan,
              columnSpan: c.colspan,
              // data-valign="top": cells set at the top, as python-docx leaves them
              verticalAlign: t.attrs?.['data-valign'] === 'top' ? VerticalAlign.TOP : VerticalAlign.CENTER,
              width: { size: twipsOf.slice(c.col, c.col + c.colspan).reduce((x, y) => x + y, 0), type: WidthType.DXA },
              children: [fmt.paragraph(f, c.source ?? c.text)],
            });
          }),
        }),
    ),
  });
}

const fieldChar = (type) =>
  new TextRun({ children: [ImportedXmlComponent.fromXmlString(`<w:fldChar w:fldCharType="${type}"/>`)] });
const instr = (text) =>
  new TextRun({
    children: [
      ImportedXmlComponent.fromXmlString(
        `<w:instrText xml:space="preserve"> ${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')} </w:instrText>`,
      ),
    ],
  });

/** A contents line inside the TOC field: a hyperlink to its heading's bookmark, a tab, PAGEREF's page number. */
function tocEntry(fmt, f, b, toc, anchor) {
  const [title, page] = b.source.split('<tab/>');
  const run = (t) => new TextRun({ ...runOptions(f, fmt.fonts), text: t });
  const begin = toc.entries === 1 ? [fieldChar('begin'), instr(toc.instr), fieldChar('separate')] : [];
  return new Paragraph({
    ...paragraphOptions(f),
    children: [
      ...begin,
      new InternalHyperlink({
        anchor,
        children: [
          ...fmt.split(title).map(run),
          new TextRun({ children: [new Tab()] }),
          fieldChar('begin'),
          instr(`PAGEREF ${anchor} \\h`),
          fieldChar('separate'),
          run(page),
          fieldChar('end'),
        ],
      }),
    ],
  });
}

/**
 * <table data-glue>: a converter glued the table's pieces back into one grid, the header repeated on each piece
 * left inside it as a plain row (pattern 3 of issue 10); the page breaks between them gone.
 */
function glued(blocks) {
  const out = [];
  for (const b of blocks) {
    const prev = out.at(-2);
    if (b.type === 'table' && b.piece > 0 && b.attrs?.['data-glue'] !== undefined && prev?.of === b.of) {
      out.pop(); // the page break before the piece
      out[out.length - 1] = { ...prev, rows: [...prev.rows, ...b.rows.map((r) => ({ ...r, head: false }))] };
    } else out.push(b);
  }
  return out;
}

/** Blocks → a .docx buffer, as the front matter's "docx" describes the word processor's file. */
export async function toWordDocx(blocks, meta) {
  const docx = meta.docx;
  const fmt = formatter(docx);
  // sections: <!-- section --> starts the next of docx.sections (header, footer, page numbers from pageStart)
  const sections = [[]];
  // a TOC field: its entries (the paragraphs up to <!-- toc end -->) link to the headings in order, each heading
  // a _Toc bookmark, each page number a PAGEREF field's result
  const bookmark = (k) => `_Toc${(docx.tocBookmarks ?? 170001) + k}`;
  let toc = null;
  let tocLevels = 9;
  let headings = 0;
  // <!-- pagebreak: before -->: the next paragraph starts a page (no paragraph of its own)
  let breakBefore = false;
  const takeBreak = () => {
    const was = breakBefore;
    breakBefore = false;
    return was ? { pageBreakBefore: true } : {};
  };
  for (const b of glued(blocks)) {
    const children = sections.at(-1);
    if (b.type === 'section') sections.push([]);
    else if (b.type === 'pagebreak' && b.before) breakBefore = true;
    else if (b.type === 'pagebreak')
      // a page break is a run of an empty paragraph of its own, as Word's Ctrl+Enter writes it
      children.push(new Paragraph({ children: [new TextRun({ children: [new PageBreak()] })] }));
    else if (b.type === 'toc') {
      toc = { instr: b.instr, entries: 0 };
      // only the headings the field lists (\o "1-2") carry a bookmark
      tocLevels = Number(/\\o "1-(\d)"/.exec(b.instr)?.[1] ?? 9);
    } else if (b.type === 'tocEnd') {
      // the field ends in a paragraph of its own, as Word writes it
      children.push(new Paragraph({ children: [fieldChar('end')] }));
      toc = null;
    } else if (b.type === 'heading') {
      // a heading is a paragraph of the format h1…h4: a heading style ("style": "1") or typed bold
      const f = { numLevel: b.level - 1, ...fmt.merged([`h${b.level}`]), ...takeBreak() };
      // with a TOC field, each heading's text is a _Toc bookmark its contents line links to
      const mark = docx.tocBookmarks && b.level <= tocLevels ? { bookmark: bookmark(headings++) } : {};
      children.push(fmt.paragraph(f, b.source, 'headings', mark));
    } else if (b.type === 'para') {
      const names = b.classes.length ? b.classes : ['p'];
      const f = {
        ...fmt.merged(names),
        ...(b.center ? { align: 'center' } : b.right ? { align: 'right' } : {}),
        ...takeBreak(),
      };
      if (toc) children.push(tocEntry(fmt, f, b, toc, bookmark(toc.entries++)));
      else children.push(fmt.paragraph(f, b.source, 'list'));
    } else {
      // a table cannot carry "page break before": a tiny empty paragraph ahead of it does (as python-docx's
      // builders wrote a piece that starts a page)
      if (breakBefore)
        children.push(
          new Paragraph({
            ...takeBreak(),
            spacing: { line: 40, lineRule: LineRuleType.EXACT },
            children: [new TextRun({ text: '', size: 2 })],
          }),
        );
      children.push(wordTable(b, fmt));
    }
  }
  const page = docx.page ?? {};
  const margin = page.margin ?? {};
  const normal = docx.normal ?? {};
  const footerOf = (text) =>
    new Footer({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: text
            .split(/(\{PAGE\})/)
            .filter(Boolean)
            .map((s) => new TextRun(s === '{PAGE}' ? { children: [PageNumber.CURRENT] } : { text: s })),
        }),
      ],
    });
  const specs = docx.sections ?? [{ footer: docx.footer }];
  const doc = new Document({
    title: meta.title,
    styles: { default: { document: { run: runOptions(normal, fmt.fonts), paragraph: paragraphOptions(normal) } } },
    ...(docx.numbering ? { numbering: numberingConfig(docx.numbering, fmt.fonts) } : {}),
    ...fmt.extras(),
    // "trackRevisions": Word's 修订 left on, as in a file still under review
    ...(docx.trackRevisions ? { features: { trackRevisions: true } } : {}),
    sections: sections.map((children, i) => {
      const sp = specs[i] ?? {};
      return {
        properties: {
          page: {
            size: { width: twips(page.width ?? '21cm'), height: twips(page.height ?? '29.7cm') },
            margin: Object.fromEntries(Object.entries({ ...margin, ...sp.margin }).map(([k, v]) => [k, twips(v)])),
            ...(sp.pageStart ? { pageNumbers: { start: sp.pageStart } } : {}),
          },
        },
        ...(sp.header ? { headers: { default: new Header({ children: [new Paragraph(sp.header)] }) } } : {}),
        ...(sp.footer ? { footers: { default: footerOf(sp.footer) } } : {}),
        children,
      };
    }),
  });
  const buf = await Packer.toBuffer(doc);
  const styles = docx.styles ? stylesXml(docx.styles, fmt.fonts) : undefined;
  return styles || docx.rsids ? wordLike(buf, { styles, rsids: docx.rsids }) : buf;
}
