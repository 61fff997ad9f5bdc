// mammoth's document (what its body reader makes of document.xml) as the tree
// its HTML would parse into, without writing and parsing that HTML: for a long
// report, mammoth's HTML writer took two fifths of the .docx parse. Each element
// becomes what mammoth's default style map and our heading names write for it
// (lib/document-to-html.js is the reference), so the blocks stay the same.
import type { TreeNode } from './html.js';

/** The parts of mammoth's document elements read here (lib/documents.js). */
export interface MammothElement {
  type: string;
  value?: string;
  styleId?: string | null;
  styleName?: string | null;
  children?: MammothElement[];
  breakType?: string;
  checked?: boolean;
  colSpan?: number;
  rowSpan?: number;
  body?: MammothElement[];
  notes?: { resolve(reference: MammothElement): MammothElement };
}

/** The document's tree: its body, then the notes it refers to, in order of reference (as mammoth lists them). */
export function documentTree(doc: MammothElement): TreeNode[] {
  const refs: MammothElement[] = [];
  const body = nodes(doc.children ?? [], refs);
  const notes: TreeNode[] = [];
  // a note's own references are numbered after the body's, as mammoth's walk reaches them
  for (let i = 0; i < refs.length; i++) {
    const note = doc.notes?.resolve(refs[i]);
    if (note) notes.push(tag('li', nodes(note.body ?? [], refs)));
  }
  return notes.length ? [...body, tag('ol', notes)] : body;
}

function nodes(els: readonly MammothElement[], refs: MammothElement[]): TreeNode[] {
  return els.flatMap((el) => node(el, refs));
}

function node(el: MammothElement, refs: MammothElement[]): TreeNode[] {
  const inner = () => nodes(el.children ?? [], refs);
  switch (el.type) {
    case 'text':
      return [{ type: 'text', data: el.value ?? '' }];
    case 'tab':
      return [{ type: 'text', data: '\t' }];
    case 'break':
      // page and column breaks write nothing
      return el.breakType === 'line' ? [tag('br', [])] : [];
    case 'checkbox':
      return [tag('input', [], el.checked ? { type: 'checkbox', checked: 'checked' } : { type: 'checkbox' })];
    case 'noteReference':
      refs.push(el);
      return [{ type: 'text', data: `[${refs.length}]` }];
    case 'paragraph':
      return [tag(headingTag(el) ?? 'p', inner())];
    case 'table':
      return [tag('table', inner())];
    case 'tableRow':
      return [tag('tr', inner())];
    case 'tableCell': {
      const attribs: Record<string, string> = {};
      if (el.colSpan !== undefined && el.colSpan !== 1) attribs.colspan = String(el.colSpan);
      if (el.rowSpan !== undefined && el.rowSpan !== 1) attribs.rowspan = String(el.rowSpan);
      return [tag('td', inner(), attribs)];
    }
    case 'image':
    case 'bookmarkStart':
    case 'commentReference':
    case 'comment':
      return [];
    default:
      // runs, hyperlinks and whatever else holds runs: their text
      return inner();
  }
}

function tag(name: string, children: TreeNode[], attribs: Record<string, string> = {}): TreeNode {
  return { type: 'tag', name, attribs, children };
}

/** h1–h6 where mammoth's default style map (and the Chinese names WPS and localized templates give headings: 标题 1) writes one. */
function headingTag(el: MammothElement): string | undefined {
  const byId = /^Heading([1-6])?$/.exec(el.styleId ?? '');
  const byName = /^(?:[Hh]eading |标题 ?)([1-6])$|^Heading$/.exec(el.styleName ?? '');
  const m = byId ?? byName;
  return m ? `h${m[1] ?? 1}` : undefined;
}
