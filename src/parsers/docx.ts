// .docx: the package is read through the zip guard (sizes checked before
// inflating, no DTDs), mammoth reads the document, docx-tree.ts and the HTML
// walker turn its elements into raw blocks. Word's automatic list numbers, which mammoth drops, are computed
// from numbering.xml and put back; each paragraph carries a private-use marker
// through mammoth so its style and number find it again in the blocks.
import mammoth from 'mammoth';
import { FileError, causeDetail } from '../model/errors.js';
import type { RawBlock, RawDocument, RawLine, RawParagraph } from '../model/document.js';
import { numberParagraphs, type ParagraphNumbering } from './docx-numbering.js';
import { readDocParagraphs, readNumbering, readStyles, textKey, type DocParagraph } from './docx-xml.js';
import { documentTree, type MammothElement } from './docx-tree.js';
import { treeToBlocks, type TreeNode } from './html.js';
import { readZipParts } from './zip-guard.js';
import { MISPLACED_MERGE_MARK, mendMisplacedMerges } from './docx-merges.js';

const OFFICE_DOCUMENT_REL = /\/officeDocument$/;
/** How far ahead alignment looks for the document.xml paragraph that matches mammoth's next one. */
const ALIGN_WINDOW = 40;
const MARK_OPEN = '\uE000';
const MARK_CLOSE = '\uE001';
const MARK_RE = /\uE000(\d+)\uE001/g;

/** What we know of one paragraph of mammoth's document. */
interface ParaInfo {
  style?: string;
  headingLevel?: number;
  numbering?: ParagraphNumbering;
  /** Its w:p's index among readDocParagraphs' (document order), when alignment found it. */
  docIndex?: number;
}

export async function parseDocx(buf: Buffer, path: string): Promise<RawDocument> {
  // Only XML parts are inflated: images are never read.
  const parts = await readZipParts(buf, (name) => /\.(xml|rels)$/i.test(name));
  const text = new Map<string, string>();
  for (const [name, bytes] of parts) {
    const xml = bytes.toString('utf8');
    // OPC forbids DTDs; refusing them keeps entity tricks (XXE, billion laughs) out of every XML reader
    if (/<!DOCTYPE/i.test(xml))
      throw new FileError('E_CORRUPT', {
        detail: {
          'zh-CN': `${name} 声明了 DTD，Office Open XML 不允许`,
          en: `${name} declares a DTD, which Office Open XML forbids`,
        },
      });
    text.set(name, xml);
  }
  const mainPath = mainDocumentPath(text);
  const mainXml = mainPath ? text.get(mainPath) : undefined;
  if (!mainPath || mainXml === undefined) throw new FileError('E_NO_DOCUMENT_PART', { path });

  const related = relatedParts(text, mainPath);
  const bodyXml = slimForMammoth(mendMisplacedMerges(padGridBefore(dropZeroSpans(mainXml))));
  text.set(mainPath, bodyXml);
  const docParas = readDocParagraphs(bodyXml);
  const numbering = numberParagraphs(
    docParas,
    readNumbering(text.get(related.numbering)),
    readStyles(text.get(related.styles)),
  );

  const infos: ParaInfo[] = [];
  let tree: TreeNode[] = [];
  try {
    // mammoth's document is taken as it stands (transformDocument is its documented hook) and read as a
    // tree here; mammoth is handed back an empty document, so it writes no HTML to be parsed again
    await mammoth.convertToHtml({ file: zipFileFor(text) } as unknown as { buffer: Buffer }, {
      externalFileAccess: false,
      transformDocument: (doc: MammothElement) => {
        tree = documentTree(markParagraphs(doc, docParas, numbering, infos));
        return { ...doc, children: [] };
      },
    });
  } catch (e) {
    if (e instanceof FileError) throw e;
    throw new FileError('E_CORRUPT', {
      detail: causeDetail(e, { 'zh-CN': '文档内容（XML）无法解析', en: 'the document XML could not be parsed' }),
    });
  }
  return { path, format: 'docx', pages: null, blocks: applyInfos(treeToBlocks(tree), infos) };
}

/**
 * Mammoth ignores w:gridBefore (a row that starts some grid columns in), which
 * shifts that row's cells left and breaks vertical merges. An empty cell per
 * skipped column puts them back where Word draws them.
 */
export function padGridBefore(xml: string): string {
  if (!xml.includes('gridBefore')) return xml;
  return xml.replace(
    /(<w:trPr\b[^>]*(?<!\/)>)([\s\S]*?)(<\/w:trPr>)/g,
    (m, open: string, inner: string, close: string) => {
      const n = Number(/<w:gridBefore\b[^>]*\bw:val="(\d+)"/.exec(inner)?.[1] ?? 0);
      if (!(n > 0 && n <= 64)) return m;
      return open + inner + close + '<w:tc><w:tcPr/><w:p/></w:tc>'.repeat(n);
    },
  );
}

/**
 * A cell's w:gridSpan of 0 (html-to-docx writes it on every vertical-merge continuation cell) is drawn by
 * Word and LibreOffice as a span of 1, the default; mammoth takes it literally and gives the cell no column,
 * so the rest of its row shifts left. Dropping the element makes it the 1 Word draws.
 */
export function dropZeroSpans(xml: string): string {
  if (!xml.includes('gridSpan')) return xml;
  return xml.replace(/<w:gridSpan\b[^>]*\bw:val="0+"[^>]*\/>/g, '');
}

/**
 * Layout properties mammoth never reads (spacing, borders, widths, languages,
 * revision ids) are half the elements of a typical document.xml; building
 * mammoth's DOM of them was a third of a .docx's parse time. Every name here
 * is one neither mammoth's body reader nor readDocParagraphs (styles,
 * numbering, outline levels, text) looks at; empty self-closing forms only.
 */
const IGNORED_PROPERTY =
  /<w:(?:adjustRightInd|autoSpaceDE|autoSpaceDN|bCs|bidi|cantSplit|color|contextualSpacing|eastAsianLayout|iCs|keepLines|keepNext|kern|kinsoku|lang|noProof|overflowPunct|position|shd|snapToGrid|spacing|suppressAutoHyphens|suppressLineNumbers|szCs|tblInd|tblLayout|tblLook|tblW|tcW|textAlignment|topLinePunct|trHeight|vAlign|w|webHidden|widowControl|wordWrap)\b[^>]*\/>/g;
const IGNORED_CONTAINER = /<w:(tcBorders|pBdr|tblBorders|tblCellMar|tcMar)\b[^>]*>[\s\S]*?<\/w:\1>/g;
const REVISION_IDS = /\s(?:w:rsid\w*|w14:paraId|w14:textId)="[^"]*"/g;
const EMPTY_RUN_PROPS = /<w:rPr(?:\/>|><\/w:rPr>)/g;

export function slimForMammoth(xml: string): string {
  return xml
    .replace(IGNORED_CONTAINER, '')
    .replace(IGNORED_PROPERTY, '')
    .replace(REVISION_IDS, '')
    .replace(EMPTY_RUN_PROPS, '');
}

// ---------------------------------------------------------------- the package

function mainDocumentPath(text: Map<string, string>): string | null {
  const rels = text.get('_rels/.rels');
  for (const r of rels ? readRels(rels) : []) {
    if (OFFICE_DOCUMENT_REL.test(r.type)) {
      const target = r.target.replace(/^\//, '');
      if (text.has(target)) return target;
    }
  }
  return text.has('word/document.xml') ? 'word/document.xml' : null;
}

function relatedParts(text: Map<string, string>, mainPath: string): { numbering: string; styles: string } {
  const dir = mainPath.includes('/') ? mainPath.slice(0, mainPath.lastIndexOf('/') + 1) : '';
  const relsXml = text.get(`${dir}_rels/${mainPath.slice(dir.length)}.rels`);
  const found: Record<string, string> = {};
  for (const r of relsXml ? readRels(relsXml) : []) {
    const kind = /\/(numbering|styles)$/.exec(r.type)?.[1];
    if (kind) found[kind] = r.target.startsWith('/') ? r.target.slice(1) : dir + r.target;
  }
  return { numbering: found.numbering ?? 'word/numbering.xml', styles: found.styles ?? 'word/styles.xml' };
}

function readRels(xml: string): Array<{ type: string; target: string }> {
  const out: Array<{ type: string; target: string }> = [];
  for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const type = /\bType="([^"]*)"/.exec(m[1])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[1])?.[1];
    if (type && target) out.push({ type, target });
  }
  return out;
}

/** The zip-file interface mammoth reads through, served from the parts already inflated. */
function zipFileFor(text: Map<string, string>) {
  return {
    exists: (name: string) => text.has(name),
    read: async (name: string, encoding?: string) => {
      const t = text.get(name);
      if (t === undefined) throw new Error(`${name} is not in the package`);
      if (encoding) return t;
      return new TextEncoder().encode(t);
    },
    write: () => {
      throw new Error('read-only');
    },
    toArrayBuffer: () => {
      throw new Error('read-only');
    },
  };
}

// ---------------------------------------------------------------- marking paragraphs

/**
 * Puts a marker in front of each of mammoth's paragraphs and records what we know
 * of it. Mammoth's paragraphs are matched to document.xml's by order and text;
 * one that cannot be matched gets no number rather than a wrong one.
 */
function markParagraphs(
  doc: MammothElement,
  docParas: DocParagraph[],
  numbering: ParagraphNumbering[],
  infos: ParaInfo[],
): MammothElement {
  let next = 0;
  const visit = (el: MammothElement) => {
    if (el.type === 'paragraph') {
      const key = textKey(paragraphText(el));
      let match = -1;
      for (let k = next; k < Math.min(docParas.length, next + ALIGN_WINDOW); k++) {
        if (docParas[k].key === key) {
          match = k;
          break;
        }
      }
      const info: ParaInfo = {};
      const style = el.styleName ?? el.styleId ?? undefined;
      if (style) info.style = style;
      if (match >= 0) {
        next = match + 1;
        info.numbering = numbering[match];
        info.docIndex = match;
      }
      info.headingLevel = headingLevelOf(style, info.numbering?.outlineLvl);
      el.children = [{ type: 'text', value: `${MARK_OPEN}${infos.length}${MARK_CLOSE}` }, ...(el.children ?? [])];
      infos.push(info);
    }
    for (const c of el.children ?? []) if (c.type !== 'text') visit(c);
  };
  visit(doc);
  return doc;
}

/** The paragraph's own text, without the text of paragraphs nested in it (text boxes). */
function paragraphText(el: MammothElement): string {
  let s = '';
  for (const c of el.children ?? []) {
    if (c.type === 'text') s += c.value ?? '';
    else if (c.type !== 'paragraph') s += paragraphText(c);
  }
  return s;
}

/** "Heading 2", "heading 2", "标题 2" → 2; otherwise the outline level (0-based, 9 = body text). */
function headingLevelOf(style: string | undefined, outlineLvl: number | undefined): number | undefined {
  const m = style ? /^(?:heading|标题)\s*([1-9])$/i.exec(style.trim()) : null;
  if (m) return Number(m[1]);
  if (outlineLvl !== undefined && outlineLvl >= 0 && outlineLvl < 9) return outlineLvl + 1;
  return undefined;
}

// ---------------------------------------------------------------- back from HTML

function applyInfos(blocks: RawBlock[], infos: ParaInfo[]): RawBlock[] {
  const out: RawBlock[] = [];
  for (const b of blocks) {
    if (b.kind === 'table') {
      // docx-merges.ts's mark: a vertical merge it could not put back, at this column (1-based)
      let misplaced = 0;
      const cells = b.cells.map((c) => {
        const lines = substituteMarkers(c.lines, infos).lines.map((l) => ({
          ...l,
          text: l.text.replace(MISPLACED_MERGE_MARK, (_, col: string) => ((misplaced ||= Number(col)), '')),
        }));
        return { ...c, lines };
      });
      const issues = misplaced ? { readingIssues: [{ issue: 'misplaced-merge' as const, col: misplaced - 1 }] } : {};
      out.push({ kind: 'table', cells, ...issues });
      continue;
    }
    const { lines, first } = substituteMarkers(b.lines, infos);
    if (lines.length === 0) continue; // an empty paragraph (only its marker)
    const p: RawParagraph = { kind: 'paragraph', lines };
    const info = first !== undefined ? infos[first] : undefined;
    const level = info?.headingLevel ?? b.headingLevel;
    if (level) p.headingLevel = level;
    if (info?.numbering?.autoNumber) p.autoNumber = info.numbering.autoNumber;
    if (info?.style) p.style = info.style;
    out.push(p);
  }
  return out;
}

/**
 * Replaces each marker by its paragraph's number (or nothing); drops lines left empty.
 * Each line keeps the w:p it starts in (a line after a <br> stays in the marker's paragraph).
 */
function substituteMarkers(lines: RawLine[], infos: ParaInfo[]): { lines: RawLine[]; first?: number } {
  let first: number | undefined;
  let current: number | undefined;
  const out: RawLine[] = [];
  for (const l of lines) {
    let lineStart: number | undefined;
    const text = l.text.replace(MARK_RE, (_m, i: string, offset: number, whole: string) => {
      const idx = Number(i);
      first ??= idx;
      // the line belongs to the paragraph its text starts in (the last marker before any text)
      if (whole.slice(0, offset).replace(MARK_RE, '').trim() === '') lineStart = idx;
      current = idx;
      const n = infos[idx]?.numbering;
      if (!n?.autoNumber) return '';
      const rest = whole.slice(offset + _m.length).replace(MARK_RE, '');
      if (rest.trim() === '') return n.autoNumber;
      return n.autoNumber + separator(n.autoNumber, n.suffix);
    });
    // htmlToBlocks trimmed the line; a trailing space left on it is meant (between Latin words)
    const kept = text.trimStart();
    if (kept.trim() === '') continue;
    const docIndex = infos[lineStart ?? current ?? -1]?.docIndex;
    out.push(docIndex === undefined ? { ...l, text: kept } : { ...l, text: kept, docxParagraph: docIndex });
  }
  return { lines: out, first };
}

/** Word's tab or space after the number; none after a number that ends in punctuation ("一、", "（一）"). */
function separator(num: string, suffix: ParagraphNumbering['suffix']): string {
  if (suffix === 'nothing') return '';
  return /[\p{P}\s]$/u.test(num) && !/[.．]$/.test(num) ? '' : ' ';
}
