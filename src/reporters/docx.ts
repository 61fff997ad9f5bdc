// The annotated .docx: a copy of the submitted file with one Word comment per
// finding, anchored on the text of its first location. Only four parts change
// (document.xml gets the range marks, comments.xml the comments, and — when the
// file had no comments — its relationship and content type); every other part
// is copied byte for byte, existing comments and tracked changes included.
import JSZip from 'jszip';
import { labels, type Labels } from '../i18n/labels.js';
import type { Document, Table, TextContent } from '../model/document.js';
import type { FileResult, Finding, Location } from '../model/result.js';
import { cellAt } from '../structure/grid.js';
import {
  CommentMarks,
  escapeXml,
  readDocumentXml,
  findSpan,
  type Anchor,
  type DocumentXml,
  type XmlParagraph,
} from './docx-anchor.js';
import { coordinates } from './where.js';
import { parseDocument } from 'htmlparser2';
import type { Element } from 'domhandler';
import type { Lang } from '../model/settings.js';

export interface AnnotateOptions {
  lang: Lang;
  /** w:author of every comment ("reportlint" unless configured). */
  author: string;
  /** w:date (ISO 8601); left out when not given, so the same input gives the same file. */
  date?: string;
}

export interface AnnotateOutcome {
  docx: Buffer;
  comments: number;
  /** Comments anchored on the finding's own text; the rest sit on its paragraph or, unplaced, at the top. */
  onText: number;
  onParagraph: number;
  unplaced: number;
}

const COMMENTS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
const PKG_RELS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

export async function annotateDocx(
  input: Buffer,
  doc: Document,
  file: FileResult,
  opts: AnnotateOptions,
): Promise<AnnotateOutcome> {
  const zip = await JSZip.loadAsync(input);
  const mainPath = await mainDocumentPath(zip);
  const xml = readDocumentXml(await zip.file(mainPath)!.async('string'));
  const dir = mainPath.slice(0, mainPath.lastIndexOf('/') + 1);
  const relsPath = `${dir}_rels/${mainPath.slice(dir.length)}.rels`;
  const relsXml =
    (await zip.file(relsPath)?.async('string')) ??
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_RELS_NS}"></Relationships>`;
  const existing = commentsTarget(relsXml, dir);
  const commentsXml = existing ? await zip.file(existing)?.async('string') : undefined;

  let nextId = Math.max(xml.maxId, maxCommentId(commentsXml)) + 1;
  const marks = new CommentMarks(xml);
  const l = labels(opts.lang);
  const out: AnnotateOutcome = { docx: input, comments: 0, onText: 0, onParagraph: 0, unplaced: 0 };
  const comments: string[] = [];
  for (const f of file.findings) {
    const loc = f.locations[0];
    const anchor = loc ? anchorFor(doc, xml, loc) : null;
    const placed = anchor ?? topAnchor(xml);
    if (!placed) continue; // a document without a single paragraph: nowhere a comment could go
    if (!anchor) out.unplaced++;
    else if (anchor.kind === 'span') out.onText++;
    else out.onParagraph++;
    const id = nextId++;
    marks.add(placed, id);
    comments.push(commentXml(xml, id, f, opts, l, !anchor));
    out.comments++;
  }
  if (comments.length === 0) return out;

  zip.file(mainPath, marks.apply());
  if (commentsXml !== undefined && existing) {
    zip.file(existing, appendToRoot(commentsXml, comments.join('')));
  } else {
    const name = freeName(zip, `${dir}comments.xml`);
    zip.file(
      name,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${xml.wNamespace}">${comments.join('')}</w:comments>`,
    );
    zip.file(relsPath, addRelationship(relsXml, name.slice(dir.length)));
    const typesXml = await zip.file('[Content_Types].xml')!.async('string');
    zip.file('[Content_Types].xml', addOverride(typesXml, `/${name}`));
  }
  out.docx = await zip.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  });
  return out;
}

// ---------------------------------------------------------------- anchoring

/** The w:p a location's paragraph or cell was read from, then its text among their runs. */
function anchorFor(doc: Document, xml: DocumentXml, loc: Location): Anchor | null {
  const paras = sourceParagraphs(doc, xml, loc);
  if (paras.length === 0) return null;
  return (
    findSpan(paras, loc.text, loc.excerpt, loc.table !== null) ?? {
      kind: 'paragraph',
      paragraph: paras.find((p) => p.chars.length > 0) ?? paras[0],
    }
  );
}

function sourceParagraphs(doc: Document, xml: DocumentXml, loc: Location): XmlParagraph[] {
  const block = loc.paragraph === null ? undefined : doc.blocks[loc.paragraph];
  if (!block) return [];
  let tc: TextContent | undefined;
  if (block.kind === 'paragraph') tc = block;
  else if (loc.table) tc = cellAt(block, loc.table.row, loc.table.col);
  const indices = (tc?.lines ?? []).map((x) => x.docxParagraph).filter((i): i is number => i !== undefined);
  if (indices.length === 0)
    return block.kind === 'table' && loc.table ? emptyCellParagraphs(block, xml, loc.table) : [];
  const lo = Math.min(...indices);
  const hi = Math.max(...indices);
  const first = xml.paragraphs.find((p) => p.index === lo);
  if (!first) return [];
  // a cell's text is all its paragraphs'
  if (block.kind === 'table' && first.cell) return xml.paragraphs.filter((p) => p.cell === first.cell);
  return xml.paragraphs.filter((p) => p.index >= lo && p.index <= hi);
}

/**
 * An empty cell was read as no line, so it has no w:p of its own: its row is found through
 * a cell of the same row that has one, and the cell in it by grid column — trusted only when
 * that neighbour sits at the same column in the XML as in the table read (no reassembly shift).
 */
function emptyCellParagraphs(table: Table, xml: DocumentXml, at: { row: number; col: number }): XmlParagraph[] {
  for (const c of table.cells) {
    if (c.row !== at.row) continue;
    const index = c.lines.find((x) => x.docxParagraph !== undefined)?.docxParagraph;
    const tc = xml.paragraphs.find((p) => p.index === index)?.cell;
    const tr = tc?.parent as Element | null | undefined;
    if (!tc || !tr || tr.type !== 'tag') continue;
    const cols = gridColumns(tr, xml.w);
    if (cols.get(tc) !== c.col) return [];
    const target = [...cols].find(([, col]) => col === at.col)?.[0];
    return target ? xml.paragraphs.filter((p) => p.cell === target) : [];
  }
  return [];
}

/** Each w:tc of a row with its first grid column (w:gridBefore and w:gridSpan counted). */
function gridColumns(tr: Element, w: string): Map<Element, number> {
  const out = new Map<Element, number>();
  const tags = (el: Element) => el.children.filter((c): c is Element => c.type === 'tag');
  const prop = (el: Element | undefined, name: string) => {
    const v = el ? tags(el).find((c) => c.name === `${w}${name}`)?.attribs[`${w}val`] : undefined;
    return v === undefined ? undefined : Number(v);
  };
  const before =
    prop(
      tags(tr).find((c) => c.name === `${w}trPr`),
      'gridBefore',
    ) ?? 0;
  let col = before > 0 && before <= 64 ? before : 0;
  for (const tc of tags(tr)) {
    if (tc.name !== `${w}tc`) continue;
    out.set(tc, col);
    col += Math.max(
      1,
      prop(
        tags(tc).find((c) => c.name === `${w}tcPr`),
        'gridSpan',
      ) ?? 1,
    );
  }
  return out;
}

/** Where a comment that could not be placed goes: the first paragraph with text. */
function topAnchor(xml: DocumentXml): Anchor | null {
  const p = xml.paragraphs.find((x) => x.chars.length > 0) ?? xml.paragraphs[0];
  return p ? { kind: 'paragraph', paragraph: p } : null;
}

// ---------------------------------------------------------------- comments.xml

function commentXml(
  xml: DocumentXml,
  id: number,
  f: Finding,
  opts: AnnotateOptions,
  l: Labels,
  unplaced: boolean,
): string {
  const w = xml.w;
  const lines: string[] = [`[${l.severity[f.severity]}] ${f.message}  (${f.ruleId})`];
  const values: string[] = [];
  if (f.expected !== undefined) values.push(`${l.expected}${l.colon}${f.expected}`);
  if (f.actual !== undefined) values.push(`${l.actual}${l.colon}${f.actual}`);
  if (values.length) lines.push(values.join(opts.lang === 'en' ? '; ' : '；'));
  const first = f.locations[0];
  // a comment that could not sit on its text says where the text is
  if (unplaced && first)
    lines.push(`${coordinates(first, l)}${first.section ? ` · ${first.section}` : ''}：${first.excerpt}`);
  for (const other of f.locations.slice(1)) {
    const where = [coordinates(other, l), other.section].filter(Boolean).join(' · ');
    const quoted = opts.lang === 'en' ? ` "${other.text || other.excerpt}"` : `“${other.text || other.excerpt}”`;
    lines.push(`${l.alsoAt}${l.colon}${where}${quoted}`);
  }
  const paras = lines
    .map((s) => `<${w}p><${w}r><${w}t xml:space="preserve">${escapeXml(s)}</${w}t></${w}r></${w}p>`)
    .join('');
  const date = opts.date ? ` ${w}date="${escapeXml(opts.date)}"` : '';
  return `<${w}comment ${w}id="${id}" ${w}author="${escapeXml(opts.author)}"${date} ${w}initials="${escapeXml(initials(opts.author))}">${paras}</${w}comment>`;
}

function initials(author: string): string {
  const words = author.trim().split(/\s+/);
  return words.length > 1
    ? words
        .map((x) => [...x][0])
        .join('')
        .slice(0, 4)
    : [...author.trim()].slice(0, 2).join('');
}

function maxCommentId(commentsXml: string | undefined): number {
  let max = -1;
  for (const m of (commentsXml ?? '').matchAll(/\bw?:?id="(\d+)"/g)) max = Math.max(max, Number(m[1]));
  return max;
}

// ---------------------------------------------------------------- the package

async function mainDocumentPath(zip: JSZip): Promise<string> {
  const rels = await zip.file('_rels/.rels')?.async('string');
  for (const r of readRels(rels ?? '')) {
    if (/\/officeDocument$/.test(r.type)) {
      const target = r.target.replace(/^\//, '');
      if (zip.file(target)) return target;
    }
  }
  return 'word/document.xml';
}

function readRels(xml: string): Array<{ id: string; type: string; target: string }> {
  const dom = parseDocument(xml, { xmlMode: true, decodeEntities: true });
  const out: Array<{ id: string; type: string; target: string }> = [];
  const visit = (nodes: typeof dom.children) => {
    for (const n of nodes) {
      if (n.type !== 'tag') continue;
      const el = n as Element;
      if (el.name.replace(/^\w+:/, '') === 'Relationship')
        out.push({ id: el.attribs.Id ?? '', type: el.attribs.Type ?? '', target: el.attribs.Target ?? '' });
      visit(el.children);
    }
  };
  visit(dom.children);
  return out;
}

function commentsTarget(relsXml: string, dir: string): string | null {
  const r = readRels(relsXml).find((x) => x.type === COMMENTS_REL);
  if (!r) return null;
  return r.target.startsWith('/') ? r.target.slice(1) : dir + r.target;
}

function addRelationship(relsXml: string, target: string): string {
  const ids = new Set(readRels(relsXml).map((r) => r.id));
  let n = ids.size + 1;
  while (ids.has(`rId${n}`)) n++;
  const rel = `<Relationship Id="rId${n}" Type="${COMMENTS_REL}" Target="${escapeXml(target)}"/>`;
  return appendToRoot(relsXml, rel);
}

function addOverride(typesXml: string, partName: string): string {
  const o = `<Override PartName="${escapeXml(partName)}" ContentType="${COMMENTS_TYPE}"/>`;
  return appendToRoot(typesXml, o);
}

/** Markup added as the root element's last children (a self-closing root is opened). */
function appendToRoot(xml: string, markup: string): string {
  const trimmed = xml.trimEnd();
  if (trimmed.endsWith('/>')) {
    const name = /<([\w:]+)[^<]*\/>$/.exec(trimmed)?.[1];
    if (name) return `${trimmed.slice(0, -2)}>${markup}</${name}>`;
  }
  const at = xml.lastIndexOf('</');
  return xml.slice(0, at) + markup + xml.slice(at);
}

function freeName(zip: JSZip, name: string): string {
  if (!zip.file(name)) return name;
  for (let i = 1; ; i++) {
    const alt = name.replace(/\.xml$/, `${i}.xml`);
    if (!zip.file(alt)) return alt;
  }
}
