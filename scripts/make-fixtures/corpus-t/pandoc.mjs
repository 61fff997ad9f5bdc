// Report T's .docx is written by pandoc (its own OOXML, not the spec renderer's nor Word's): the spec's blocks as an
// HTML page, read by pandoc with a reference.docx (pandoc's default one, restyled as a 公文 page: body 16 pt on
// 28 pt lines, tables 9 pt, black headings) and a Lua filter that turns <div class="pagebreak"> into a Word page
// break (pandoc's HTML reader has none). Each piece of a split table is a table of its own after a page break.
// Its .md is mammoth's HTML of that .docx turned into GitHub markdown by Joplin's turndown (@joplin/turndown with @joplin/turndown-plugin-gfm): a
// converter pipeline the corpus has not used. Used to make the fixture only.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { htmlRow } from '../spec/html.mjs';

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\n/g, '<br>');

/** Blocks (../spec/parse.mjs) → the HTML page pandoc reads. */
export function toPandocHtml(blocks, title) {
  const out = [];
  for (const b of blocks) {
    if (b.type === 'pagebreak') out.push('<div class="pagebreak"></div>');
    else if (b.type === 'heading') out.push(`<h${b.level}>${esc(b.text)}</h${b.level}>`);
    else if (b.type === 'para')
      out.push(`<p${b.center ? ' align="center"' : b.right ? ' align="right"' : ''}>${esc(b.text)}</p>`);
    else if (b.type === 'table') {
      const tr = (r) => htmlRow(r, esc);
      out.push(
        `<table><thead>${b.rows
          .filter((r) => r.head)
          .map(tr)
          .join('')}</thead><tbody>${b.rows
          .filter((r) => !r.head)
          .map(tr)
          .join('')}</tbody></table>`,
      );
    }
  }
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)}</title></head><body>\n${out.join('\n')}\n</body></html>\n`;
}

const LUA = `function Div(el)
  if el.classes:includes('pagebreak') then
    return pandoc.RawBlock('openxml', '<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
  end
end
`;

// the reference.docx: pandoc's default, its styles restyled (fonts, sizes, spacing, table borders)
function restyle(xml) {
  return xml
    .replace(
      /<w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi" \/>\s*<w:sz w:val="24" \/>\s*<w:szCs w:val="24" \/>/,
      '<w:rFonts w:ascii="Times New Roman" w:eastAsia="Noto Serif CJK SC" w:hAnsi="Times New Roman" w:cs="Times New Roman" /><w:sz w:val="32" /><w:szCs w:val="32" />',
    )
    .replace(/<w:lang w:val="en-US" w:eastAsia="en-US"/, '<w:lang w:val="en-US" w:eastAsia="zh-CN"')
    .replace('<w:spacing w:after="200" />', '<w:spacing w:after="0" w:line="560" w:lineRule="exact" />')
    .replace(
      /(<w:style w:type="paragraph" w:styleId="BodyText">[\s\S]*?)<w:spacing w:before="180" w:after="180" \/>/,
      '$1<w:spacing w:before="0" w:after="0" /><w:ind w:firstLine="640" /><w:jc w:val="both" />',
    )
    .replace(
      /(<w:style w:type="paragraph" w:customStyle="1" w:styleId="Compact">[\s\S]*?)<w:spacing w:before="36" w:after="36" \/>\s*<\/w:pPr>/,
      '$1<w:spacing w:before="20" w:after="20" w:line="260" w:lineRule="exact" /><w:ind w:firstLine="0" /><w:jc w:val="center" /></w:pPr><w:rPr><w:sz w:val="18" /><w:szCs w:val="18" /></w:rPr>',
    )
    .replace(
      /<w:color w:val="[0-9A-F]{6}" w:themeColor="accent1"( w:themeShade="[0-9A-F]+")? \/>/g,
      '<w:color w:val="000000" />',
    )
    .replace(/w:eastAsiaTheme="majorEastAsia"/g, 'w:eastAsia="Noto Sans CJK SC"')
    .replace(
      /(<w:style w:type="paragraph" w:styleId="Heading[1-4]">[\s\S]*?)<w:sz w:val="\d+" \/>\s*<w:szCs w:val="\d+" \/>/g,
      '$1<w:sz w:val="32" /><w:szCs w:val="32" />',
    )
    .replace(
      /(<w:style w:type="table" w:default="1" w:styleId="Table">[\s\S]*?<w:tblPr>)/,
      '$1<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders>',
    );
}

/** pandoc's .docx of an HTML page, with the restyled reference.docx. */
export function pandocDocxOf(html, docx) {
  const tmp = mkdtempSync(join(tmpdir(), 'corpus-t-pandoc-'));
  execFileSync('pandoc', ['-o', join(tmp, 'reference.docx'), '--print-default-data-file', 'reference.docx']);
  execFileSync('unzip', ['-q', 'reference.docx', 'word/styles.xml'], { cwd: tmp });
  const styles = join(tmp, 'word', 'styles.xml');
  const before = readFileSync(styles, 'utf8');
  const after = restyle(before);
  if (!after.includes('Noto Serif CJK SC') || !after.includes('w:line="260"'))
    throw new Error('pandoc: reference.docx not restyled');
  writeFileSync(styles, after);
  execFileSync('zip', ['-q', 'reference.docx', 'word/styles.xml'], { cwd: tmp });
  writeFileSync(join(tmp, 'page.html'), html);
  writeFileSync(join(tmp, 'pagebreak.lua'), LUA);
  execFileSync('pandoc', [
    '-f',
    'html',
    '-t',
    'docx',
    '--reference-doc',
    join(tmp, 'reference.docx'),
    '--lua-filter',
    join(tmp, 'pagebreak.lua'),
    '-o',
    docx,
    join(tmp, 'page.html'),
  ]);
  rmSync(tmp, { recursive: true, force: true });
}

/** mammoth (docx → HTML) then Joplin's turndown with its GFM plugin (HTML → markdown), from TOOLS' node_modules. */
export async function mammothMarkdownOf(docx, md, tools) {
  const req = createRequire(join(tools, 'package.json'));
  const mammoth = req('mammoth');
  const TurndownService = req('@joplin/turndown');
  const { gfm } = req('@joplin/turndown-plugin-gfm');
  const { value: html } = await mammoth.convertToHtml({ path: docx });
  const td = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-' });
  td.use(gfm);
  writeFileSync(md, td.turndown(html) + '\n');
}
