// Report Y's .docx, written with the npm `docx` package (dolanmiu/docx 9) the way a script author declares a
// document: Paragraph / Table / TableRow / TableCell objects, spans as rowSpan and columnSpan, each piece of a split
// table after a page break with its header row repeated (tableHeader), headings in Word's built-in Heading styles,
// the body in 仿宋 三号 with 28-point lines, a footer with the page number. The package is a builder's tool, not the
// project's: it is installed in a scratch folder outside the repo (DOCX_MODULE, default /work/scratch-y).
//   mkdir -p /work/scratch-y && cd /work/scratch-y && npm init -y && npm install docx@9
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(join(process.env.DOCX_MODULE ?? '/work/scratch-y', 'package.json'));
const {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} = require('docx');

const BODY = { font: '仿宋_GB2312', size: 32 }; // 三号
const CELL = { font: '宋体', size: 18 }; // 9 pt
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4];

const paragraph = (b, pageBreakBefore) =>
  new Paragraph({
    children: [new TextRun({ text: b.text, ...BODY })],
    alignment: b.center ? AlignmentType.CENTER : b.right ? AlignmentType.RIGHT : AlignmentType.JUSTIFIED,
    indent: b.center || b.right ? undefined : { firstLine: 640 },
    spacing: { line: 560, lineRule: 'exact' },
    pageBreakBefore,
  });

const heading = (b, pageBreakBefore) =>
  new Paragraph({
    heading: HEADINGS[b.level - 1],
    children: [new TextRun({ text: b.text, font: b.level === 1 ? '黑体' : '楷体_GB2312', size: 32 })],
    pageBreakBefore,
  });

/** One table: the rows as the spec placed them (a spanned cell once, with rowSpan / columnSpan), widths in fiftieths
 * of a percent, the header rows marked to repeat. */
function tableOf(b) {
  const total = (b.widths ?? []).reduce((a, x) => a + x, 0);
  const cols = b.widths ? b.widths.map((x) => Math.round((x * 9000) / total)) : undefined;
  return new Table({
    width: { size: 5000, type: WidthType.PERCENTAGE },
    columnWidths: cols,
    rows: b.rows.map(
      (r) =>
        new TableRow({
          tableHeader: r.head,
          cantSplit: true,
          children: r.cells.map(
            (c) =>
              new TableCell({
                rowSpan: c.rowspan > 1 ? c.rowspan : undefined,
                columnSpan: c.colspan > 1 ? c.colspan : undefined,
                verticalAlign: VerticalAlign.CENTER,
                children: c.text.split('\n').map(
                  (line) =>
                    new Paragraph({
                      alignment: AlignmentType.CENTER,
                      children: [new TextRun({ text: line, ...CELL, bold: r.head })],
                    }),
                ),
              }),
          ),
        }),
    ),
  });
}

/** The blocks as a .docx (a Buffer). */
export async function docxOf(blocks, title) {
  const children = [];
  let breakBefore = false;
  for (const b of blocks) {
    if (b.type === 'pagebreak') {
      breakBefore = true;
      continue;
    }
    if (b.type === 'heading') children.push(heading(b, breakBefore));
    else if (b.type === 'para') children.push(paragraph(b, breakBefore));
    else if (b.type === 'table') {
      // Word has no "page break before" on a table: an empty paragraph carrying it, as a script author writes it
      if (breakBefore) children.push(new Paragraph({ pageBreakBefore: true, children: [] }));
      children.push(tableOf(b));
    }
    breakBefore = false;
  }
  const doc = new Document({
    title,
    creator: '内蒙古正衡项目管理咨询有限公司',
    styles: { default: { document: { run: BODY } } },
    sections: [
      {
        properties: { page: { margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: 28 })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
