// Where a finding's text lies in word/document.xml, and the edits that put a
// comment's range marks around it. The XML is never re-serialized: each edit
// is spliced into the original string, so everything else stays byte for byte.
// The w:p are counted exactly as the parser counts them (readDocParagraphs on
// the padGridBefore'd XML), so a line's docxParagraph finds its w:p again.
import { parseDocument } from 'htmlparser2';
import type { Element, ParentNode } from 'domhandler';
import { pickOccurrence } from './excerpt-pick.js';

const W_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);

/** One character of run text: the w:r and w:t it is in, and its offset in the w:t's decoded text. */
export interface RunChar {
  ch: string;
  run: Element;
  t: Element;
  offset: number;
}

export interface XmlParagraph {
  /** Document-order index, as RawLine.docxParagraph counts. */
  index: number;
  el: Element;
  /** The w:tc it is in (the innermost), if any. */
  cell: Element | null;
  chars: RunChar[];
}

export interface DocumentXml {
  src: string;
  /** Prefix bound to the WordprocessingML namespace, with its colon ("w:"). */
  w: string;
  wNamespace: string;
  paragraphs: XmlParagraph[];
  /** Largest w:id of any annotation already in the part (comments, bookmarks, revisions), -1 if none. */
  maxId: number;
}

export function readDocumentXml(src: string): DocumentXml {
  const dom = parseDocument(src, { xmlMode: true, decodeEntities: true, withStartIndices: true, withEndIndices: true });
  const root = dom.children.find((c): c is Element => c.type === 'tag');
  let w = 'w:';
  let wNamespace = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
  for (const [k, v] of Object.entries(root?.attribs ?? {})) {
    if (W_NAMESPACES.has(v)) {
      w = k === 'xmlns' ? '' : k.slice('xmlns:'.length) + ':';
      wNamespace = v;
    }
  }
  const paragraphs: XmlParagraph[] = [];
  let count = 0;
  let maxId = -1;
  const walk = (el: ParentNode, cur: XmlParagraph | null, cell: Element | null) => {
    for (const c of el.children) {
      if (c.type !== 'tag') continue;
      const id = Number(c.attribs[`${w}id`]);
      if (Number.isInteger(id) && id > maxId) maxId = id;
      // the parser's rules: mammoth reads the Fallback, never the Choice, and drops deleted text
      if (c.name.endsWith(':Choice') || c.name === 'Choice' || c.name === `${w}del` || c.name === `${w}moveFrom`)
        continue;
      if (c.name === `${w}trPr`) {
        // padGridBefore puts one empty w:p per skipped grid column right after the row's properties
        count += gridBefore(c, w);
        continue;
      }
      if (c.name === `${w}p`) {
        const p: XmlParagraph = { index: count++, el: c, cell, chars: [] };
        paragraphs.push(p);
        walk(c, p, cell);
      } else if (c.name === `${w}t`) {
        const run = c.parent as Element | null;
        if (cur && run && run.type === 'tag' && run.name === `${w}r`) {
          const text = textOf(c);
          for (let i = 0; i < text.length; i++) cur.chars.push({ ch: text[i], run, t: c, offset: i });
        }
      } else if (c.name !== `${w}pPr`) {
        walk(c, cur, c.name === `${w}tc` ? c : cell);
      }
    }
  };
  if (root) walk(root, null, null);
  return { src, w, wNamespace, paragraphs, maxId };
}

function gridBefore(trPr: Element, w: string): number {
  // padGridBefore's test, on the same element: a non-empty <w:trPr> (that literal prefix) with w:gridBefore 1..64
  if (w !== 'w:' || !trPr.children.length) return 0;
  const g = trPr.children.find((c): c is Element => c.type === 'tag' && c.name === `${w}gridBefore`);
  const n = Number(g?.attribs[`${w}val`] ?? 0);
  return n > 0 && n <= 64 ? n : 0;
}

export function textOf(el: ParentNode): string {
  return el.children.map((c) => (c.type === 'text' ? c.data : 'children' in c ? textOf(c as ParentNode) : '')).join('');
}

// ---------------------------------------------------------------- finding a span

export type Anchor =
  /** From the first to the last character (inclusive) of a span of run text. */
  | { kind: 'span'; first: RunChar; last: RunChar }
  /** The whole paragraph, when its text could not be matched (a number Word generates, say). */
  | { kind: 'paragraph'; paragraph: XmlParagraph };

const isSpace = (ch: string) => /\s/.test(ch);
const compact = (s: string) => s.replace(/\s+/g, '');

/**
 * The span of `text` in these paragraphs (whitespace ignored: the parser joined and trimmed lines).
 * Several occurrences: the one the excerpt names, else the first. null when it is not there.
 */
export function findSpan(paras: XmlParagraph[], text: string, excerpt: string, inTable = false): Anchor | null {
  const chars = paras.flatMap((p) => p.chars).filter((c) => !isSpace(c.ch));
  const hay = chars.map((c) => c.ch).join('');
  const needle = compact(text);
  if (!needle) return null;
  const found: number[] = [];
  for (let i = hay.indexOf(needle); i >= 0; i = hay.indexOf(needle, i + 1)) found.push(i);
  if (found.length === 0) return null;
  // several: the one the excerpt names, else the first (the comment still says what it is about)
  const at = pickOccurrence(hay, needle, found, excerpt, inTable) ?? found[0];
  return { kind: 'span', first: chars[at], last: chars[at + needle.length - 1] };
}

// ---------------------------------------------------------------- edits

interface Cut {
  t: Element;
  /** Cut before this offset of the w:t's text. */
  offset: number;
  markup: string;
  /** Ends before starts at one point, then by comment id. */
  order: number;
}

/** Collects comment marks, then applies them to the XML in one pass. */
export class CommentMarks {
  private cuts = new Map<Element, Cut[]>();
  private inserts: Array<{ at: number; markup: string; order: number }> = [];
  /** Marks for a <w:p/>, which has no inside to put them in until it is written open. */
  private emptyParas = new Map<Element, string[]>();

  constructor(private readonly doc: DocumentXml) {}

  add(anchor: Anchor, id: number): void {
    const w = this.doc.w;
    const start = `<${w}commentRangeStart ${w}id="${id}"/>`;
    const end = `<${w}commentRangeEnd ${w}id="${id}"/><${w}r><${w}commentReference ${w}id="${id}"/></${w}r>`;
    if (anchor.kind === 'span') {
      this.cut(anchor.first.run, { t: anchor.first.t, offset: anchor.first.offset, markup: start, order: 1e6 + id });
      this.cut(anchor.last.run, { t: anchor.last.t, offset: anchor.last.offset + 1, markup: end, order: id });
      return;
    }
    const p = anchor.paragraph.el;
    if (p.children.length === 0 && this.doc.src.slice(p.startIndex!, p.endIndex! + 1).endsWith('/>')) {
      this.emptyParas.set(p, [...(this.emptyParas.get(p) ?? []), start, end]);
      return;
    }
    const { open, close } = this.paragraphInsides(p);
    this.inserts.push({ at: open, markup: start, order: 1e6 + id }, { at: close, markup: end, order: id });
  }

  private cut(run: Element, c: Cut): void {
    const list = this.cuts.get(run) ?? [];
    list.push(c);
    this.cuts.set(run, list);
  }

  /** Just after w:pPr (or the start tag), and just before </w:p>. */
  private paragraphInsides(p: Element): { open: number; close: number } {
    const src = this.doc.src;
    const pPr = p.children.find((c): c is Element => c.type === 'tag' && c.name === `${this.doc.w}pPr`);
    const close = p.endIndex! + 1 - `</${p.name}>`.length;
    if (pPr) return { open: pPr.endIndex! + 1, close };
    if (p.children.length) return { open: p.children[0].startIndex!, close };
    // <w:p></w:p>
    return { open: src.indexOf('>', p.startIndex!) + 1, close };
  }

  apply(): string {
    const src = this.doc.src;
    const edits: Array<{ from: number; to: number; text: string; order: number }> = [];
    // a run rewritten first at its offset, so that a mark inserted at that same offset lands before it
    for (const [run, cuts] of this.cuts)
      edits.push({ from: run.startIndex!, to: run.endIndex! + 1, text: this.splitRun(run, cuts), order: Infinity });
    for (const i of this.inserts) edits.push({ from: i.at, to: i.at, text: i.markup, order: i.order });
    for (const [p, markup] of this.emptyParas) {
      const tag = src.slice(p.startIndex!, p.endIndex! + 1).replace(/\s*\/>$/, '>');
      edits.push({
        from: p.startIndex!,
        to: p.endIndex! + 1,
        text: tag + markup.join('') + `</${p.name}>`,
        order: Infinity,
      });
    }
    // from the end backwards, so earlier offsets stay valid; at one offset the last applied reads first (ends before starts)
    edits.sort((a, b) => b.from - a.from || b.order - a.order);
    let out = src;
    for (const e of edits) out = out.slice(0, e.from) + e.text + out.slice(e.to);
    return out;
  }

  /** The run cut into pieces (each with its own copy of w:rPr) with the marks between them. */
  private splitRun(run: Element, cuts: Cut[]): string {
    const src = this.doc.src;
    const w = this.doc.w;
    const slice = (n: { startIndex: number | null; endIndex: number | null }) =>
      src.slice(n.startIndex!, n.endIndex! + 1);
    const openTag = src.slice(run.startIndex!, run.children[0].startIndex!);
    const closeTag = src.slice(run.children[run.children.length - 1].endIndex! + 1, run.endIndex! + 1);
    const rPr = run.children.find((c): c is Element => c.type === 'tag' && c.name === `${w}rPr`);
    const props = rPr ? slice(rPr) : '';
    let out = '';
    let piece = '';
    const flush = () => {
      if (piece) out += openTag + props + piece + closeTag;
      piece = '';
    };
    for (const child of run.children) {
      if (child === rPr) continue;
      const here =
        child.type === 'tag'
          ? cuts.filter((c) => c.t === child).sort((a, b) => a.offset - b.offset || a.order - b.order)
          : [];
      if (here.length === 0) {
        piece += slice(child);
        continue;
      }
      const text = textOf(child as Element);
      let pos = 0;
      for (const c of here) {
        if (c.offset > pos) piece += wText(w, text.slice(pos, c.offset));
        pos = Math.max(pos, c.offset);
        flush();
        out += c.markup;
      }
      if (pos < text.length) piece += wText(w, text.slice(pos));
    }
    flush();
    return out;
  }
}

function wText(w: string, s: string): string {
  return `<${w}t xml:space="preserve">${escapeXml(s)}</${w}t>`;
}

/** Text for XML content or attributes; characters XML 1.0 forbids are dropped. */
export function escapeXml(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}
