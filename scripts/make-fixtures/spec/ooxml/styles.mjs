// styles.xml of a spec's own style sheet ("docx": { "styles": [...] }), for a report whose file has a word
// processor's style names rather than the docx package's: a Chinese-locale Word gives its styles short localized
// ids (Normal "a", "heading 1" "1" linked to the character style "10" named "标题 1 字符", Table Grid "a7"…), and
// the docx parser must find the level through the name ("heading 1", "标题 1") or the outline level, not the id.
//
//   { "id": "1", "name": "heading 1", "basedOn": "a", "next": "a", "link": "10", "outline": 0, …a format }
//   { "id": "10", "type": "character", "name": "标题 1 字符", "basedOn": "a0", "link": "1", …a format }
//   { "id": "a7", "type": "table", "name": "Table Grid", "basedOn": "a1", "borders": true }
// A style's format is a paragraph format of word.mjs (font, latin, size, bold, align, line, firstLine, …).
// Word's own base styles (Default Paragraph Font "a0", Normal Table "a1", No List "a2") are added when the sheet
// does not name them.

/** "21pt", "2.5cm", "1.5in" or a number of twips → twips. */
export function twips(v) {
  if (typeof v === 'number') return v;
  const m = /^([\d.]+)(pt|cm|in)$/.exec(v);
  if (!m) throw new Error(`spec docx: a length needs pt, cm or in: ${v}`);
  const n = Number(m[1]);
  return Math.round(m[2] === 'pt' ? n * 20 : m[2] === 'cm' ? (n / 2.54) * 1440 : n * 1440);
}

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const JC = { left: 'left', center: 'center', right: 'right', both: 'both' };

/** A format → w:pPr and w:rPr children (empty strings when it sets none). */
export function propertiesXml(f, fonts = {}) {
  const p = [];
  if (f.keepNext) p.push('<w:keepNext/>');
  const sp = [];
  if (f.before !== undefined) sp.push(`w:before="${twips(`${f.before}pt`)}"`);
  if (f.after !== undefined) sp.push(`w:after="${twips(`${f.after}pt`)}"`);
  if (typeof f.line === 'number') sp.push(`w:line="${Math.round(f.line * 240)}" w:lineRule="auto"`);
  else if (f.line) sp.push(`w:line="${twips(f.line)}" w:lineRule="exact"`);
  if (sp.length) p.push(`<w:spacing ${sp.join(' ')}/>`);
  const ind = [];
  if (f.left !== undefined) ind.push(`w:left="${twips(f.left)}"`);
  if (f.firstLine !== undefined) ind.push(`w:firstLine="${twips(f.firstLine)}"`);
  if (ind.length) p.push(`<w:ind ${ind.join(' ')}/>`);
  if (f.align) p.push(`<w:jc w:val="${JC[f.align]}"/>`);
  if (f.outline !== undefined) p.push(`<w:outlineLvl w:val="${f.outline}"/>`);
  const r = [];
  const east = f.font ? (fonts[f.font] ?? f.font) : undefined;
  const latin = f.latin ?? east;
  if (east || latin)
    r.push(
      `<w:rFonts${latin ? ` w:ascii="${esc(latin)}" w:hAnsi="${esc(latin)}"` : ''}${east ? ` w:eastAsia="${esc(east)}"` : ''}/>`,
    );
  if (f.bold) r.push('<w:b/><w:bCs/>');
  if (f.size) r.push(`<w:sz w:val="${f.size * 2}"/><w:szCs w:val="${f.size * 2}"/>`);
  if (f.lang) r.push(`<w:lang w:val="${f.lang}" w:eastAsia="${f.lang}"/>`);
  return { pPr: p.join(''), rPr: r.join('') };
}

const BORDERS =
  '<w:tblBorders>' +
  ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
    .map((s) => `<w:${s} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`)
    .join('') +
  '</w:tblBorders>';

const BASE = [
  { id: 'a0', type: 'character', name: 'Default Paragraph Font', default: true },
  { id: 'a1', type: 'table', name: 'Normal Table', default: true, cellMargins: true },
  { id: 'a2', type: 'numbering', name: 'No List', default: true },
];

function styleXml(s, fonts) {
  const type = s.type ?? 'paragraph';
  const { pPr, rPr } = propertiesXml(s, fonts);
  const parts = [`<w:name w:val="${esc(s.name)}"/>`];
  if (s.basedOn) parts.push(`<w:basedOn w:val="${s.basedOn}"/>`);
  if (s.next) parts.push(`<w:next w:val="${s.next}"/>`);
  if (s.link) parts.push(`<w:link w:val="${s.link}"/>`);
  if (type === 'paragraph' && !s.basedOn) parts.push('<w:qFormat/>');
  if (pPr && type === 'paragraph') parts.push(`<w:pPr>${pPr}</w:pPr>`);
  if (rPr) parts.push(`<w:rPr>${rPr}</w:rPr>`);
  if (s.borders) parts.push(`<w:tblPr>${BORDERS}</w:tblPr>`);
  if (s.cellMargins)
    parts.push(
      '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr>',
    );
  const custom = s.custom ? ' w:customStyle="1"' : '';
  return `<w:style w:type="${type}"${s.default ? ' w:default="1"' : ''}${custom} w:styleId="${s.id}">${parts.join('')}</w:style>`;
}

/** The style sheet → styles.xml (docDefaults as a Chinese-locale Word writes them: zh-CN East Asian text). */
export function stylesXml(styles, fonts = {}) {
  const named = new Set(styles.map((s) => s.name));
  const all = [...styles, ...BASE.filter((b) => !named.has(b.name))];
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n' +
    '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorEastAsia" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/><w:kern w:val="2"/><w:sz w:val="21"/><w:szCs w:val="22"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>' +
    all.map((s) => styleXml(s, fonts)).join('') +
    '</w:styles>'
  );
}
