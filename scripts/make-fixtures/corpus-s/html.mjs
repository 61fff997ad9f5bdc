// Report S's blocks as the HTML page a clerk's LibreOffice Writer imports (Writer's "HTML (StarWriter)" filter): the
// 公文 look (A4, 仿宋_GB2312 三号 body on 28-point lines, 黑体 / 楷体 headings — font names kept in the .docx, the
// PDF falling back to the CJK fonts installed), tables 五号 with their header rows in <thead> (Writer marks them to
// repeat). Each piece of a table the spec splits starts a new page under a "续表N" line (or "附件N（续）"), as
// Chinese reports print a table continued on the next page.
import { htmlRows } from '../spec/html.mjs';

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const STYLE = [
  '@page { size: 21cm 29.7cm; margin: 3.7cm 2.6cm 3.5cm 2.8cm; }',
  'body { font-family: "仿宋_GB2312", "FangSong", serif; font-size: 16pt; line-height: 28pt; }',
  'p { text-indent: 2em; margin: 0; text-align: justify; }',
  'p.center { text-align: center; text-indent: 0; }',
  'p.right { text-align: right; }',
  'h1 { font-family: "黑体", "SimHei", sans-serif; font-size: 16pt; font-weight: normal; margin: 0; text-indent: 2em; }',
  'h2 { font-family: "楷体_GB2312", "KaiTi", serif; font-size: 16pt; font-weight: normal; margin: 0; text-indent: 2em; }',
  'h3, h4 { font-family: "仿宋_GB2312", "FangSong", serif; font-size: 16pt; font-weight: bold; margin: 0; text-indent: 2em; }',
  'table { border-collapse: collapse; }',
  'td, th { font-family: "仿宋_GB2312", "FangSong", serif; font-size: 10.5pt; line-height: 14pt; border: 1px solid #000; }',
];

/** Blocks → the HTML page (report or control). */
export function toHtml(blocks, title) {
  const out = [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${esc(title)}</title>`,
    '<style>',
    ...STYLE,
    '</style>',
    '</head>',
    '<body>',
  ];
  let breakBefore = false;
  let label = '';
  const brk = () => {
    const s = breakBefore ? ' style="page-break-before: always"' : '';
    breakBefore = false;
    return s;
  };
  for (const b of blocks) {
    if (b.type === 'pagebreak') {
      breakBefore = true;
      continue;
    }
    if (b.type === 'heading') {
      const m = /^附件(\d+)/.exec(b.text);
      if (m) {
        // each attachment starts a page of its own
        breakBefore = true;
        label = `附件${m[1]}（续）`;
      }
      out.push(`<h${b.level}${brk()}>${esc(b.text)}</h${b.level}>`);
    } else if (b.type === 'para') {
      const m = /^表(\d+) /.exec(b.text);
      if (m) label = `续表${m[1]}`;
      const cls = b.center ? 'center' : b.right ? 'right' : undefined;
      out.push(`<p${cls ? ` class="${cls}"` : ''}${brk()}>${esc(b.text)}</p>`);
    } else if (b.type === 'table') {
      if (b.piece > 0) out.push(`<p class="center"${brk()}>${esc(label)}</p>`);
      const head = htmlRows({ rows: b.rows.filter((r) => r.head) });
      const body = htmlRows({ rows: b.rows.filter((r) => !r.head) });
      out.push(
        `<table border="1" cellspacing="0" cellpadding="4" width="100%"${brk()}>`,
        ...(head.length ? ['<thead>', ...head, '</thead>'] : []),
        '<tbody>',
        ...body,
        '</tbody>',
        '</table>',
      );
    }
  }
  out.push('</body>', '</html>');
  return out.join('\n') + '\n';
}
