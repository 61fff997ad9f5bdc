// What the .docx parser reads from the package XML itself (mammoth does not
// expose it): numbering definitions, paragraph styles, and each paragraph's
// numbering properties and outline level, in document order.
// htmlparser2 in XML mode never resolves DTDs or external entities.
import { parseDocument } from 'htmlparser2';
import type { Element, ParentNode } from 'domhandler';

const W_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main', // Strict OOXML
]);

export interface LevelDef {
  start: number;
  numFmt: string;
  lvlText: string;
  /** w:lvlRestart: 1-based level after whose use this level restarts; 0 = never. */
  restart?: number;
  isLgl: boolean;
  suff: 'tab' | 'space' | 'nothing';
  pStyle?: string;
}

export interface AbstractNumDef {
  id: string;
  levels: Map<number, LevelDef>;
  /** This definition is a reference to the numbering style of that id. */
  numStyleLink?: string;
}

export interface NumDef {
  abstractId: string;
  overrides: Map<number, { start?: number; level?: LevelDef }>;
}

export interface NumberingDefs {
  abstracts: Map<string, AbstractNumDef>;
  nums: Map<string, NumDef>;
}

export interface StyleDef {
  id: string;
  name?: string;
  basedOn?: string;
  numId?: string;
  ilvl?: number;
  outlineLvl?: number;
}

export interface DocParagraph {
  /** Letters and digits of the paragraph's text, to align with mammoth's paragraphs. */
  key: string;
  styleId?: string;
  numId?: string;
  ilvl?: number;
  outlineLvl?: number;
}

/** An XML part parsed, with the prefix its root binds to the WordprocessingML namespace. */
interface Part {
  root: Element | null;
  w: string;
}

function parsePart(xml: string): Part {
  const dom = parseDocument(xml, { xmlMode: true, decodeEntities: true });
  const root = (dom.children.find((c) => c.type === 'tag') as Element | undefined) ?? null;
  let w = 'w:';
  if (root) {
    for (const [k, v] of Object.entries(root.attribs)) {
      if (W_NAMESPACES.has(v)) w = k === 'xmlns' ? '' : k.slice('xmlns:'.length) + ':';
    }
  }
  return { root, w };
}

function kids(el: ParentNode, name?: string): Element[] {
  return el.children.filter((c): c is Element => c.type === 'tag' && (name === undefined || c.name === name));
}

function kid(el: ParentNode | undefined, name: string): Element | undefined {
  return el ? kids(el, name)[0] : undefined;
}

function val(el: Element | undefined, w: string): string | undefined {
  return el?.attribs[`${w}val`];
}

function intVal(el: Element | undefined, w: string): number | undefined {
  const v = val(el, w);
  if (v === undefined) return undefined;
  const n = parseInt(v, 10);
  return Number.isFinite(n) ? n : undefined;
}

/** w:onOff: present means on unless val is false/0/off. */
function onOff(el: Element | undefined, w: string): boolean {
  if (!el) return false;
  const v = val(el, w);
  return v === undefined || !/^(false|0|off)$/i.test(v);
}

function readLevel(lvl: Element, w: string): LevelDef {
  const suff = val(kid(lvl, `${w}suff`), w);
  return {
    start: intVal(kid(lvl, `${w}start`), w) ?? 0,
    numFmt: val(kid(lvl, `${w}numFmt`), w) ?? 'decimal',
    lvlText: val(kid(lvl, `${w}lvlText`), w) ?? '',
    restart: intVal(kid(lvl, `${w}lvlRestart`), w),
    isLgl: onOff(kid(lvl, `${w}isLgl`), w),
    suff: suff === 'space' || suff === 'nothing' ? suff : 'tab',
    pStyle: val(kid(lvl, `${w}pStyle`), w),
  };
}

export function readNumbering(xml: string | undefined): NumberingDefs {
  const defs: NumberingDefs = { abstracts: new Map(), nums: new Map() };
  if (!xml) return defs;
  const { root, w } = parsePart(xml);
  if (!root) return defs;
  for (const a of kids(root, `${w}abstractNum`)) {
    const id = a.attribs[`${w}abstractNumId`];
    if (id === undefined) continue;
    const levels = new Map<number, LevelDef>();
    for (const lvl of kids(a, `${w}lvl`))
      levels.set(parseInt(lvl.attribs[`${w}ilvl`] ?? '0', 10) || 0, readLevel(lvl, w));
    defs.abstracts.set(id, { id, levels, numStyleLink: val(kid(a, `${w}numStyleLink`), w) });
  }
  for (const n of kids(root, `${w}num`)) {
    const id = n.attribs[`${w}numId`];
    const abstractId = val(kid(n, `${w}abstractNumId`), w);
    if (id === undefined || abstractId === undefined) continue;
    const overrides = new Map<number, { start?: number; level?: LevelDef }>();
    for (const o of kids(n, `${w}lvlOverride`)) {
      const ilvl = parseInt(o.attribs[`${w}ilvl`] ?? '0', 10) || 0;
      const lvl = kid(o, `${w}lvl`);
      overrides.set(ilvl, {
        start: intVal(kid(o, `${w}startOverride`), w),
        level: lvl ? readLevel(lvl, w) : undefined,
      });
    }
    defs.nums.set(id, { abstractId, overrides });
  }
  return defs;
}

export function readStyles(xml: string | undefined): Map<string, StyleDef> {
  const styles = new Map<string, StyleDef>();
  if (!xml) return styles;
  const { root, w } = parsePart(xml);
  if (!root) return styles;
  for (const s of kids(root, `${w}style`)) {
    const id = s.attribs[`${w}styleId`];
    if (id === undefined) continue;
    const pPr = kid(s, `${w}pPr`);
    const numPr = kid(pPr, `${w}numPr`);
    styles.set(id, {
      id,
      name: val(kid(s, `${w}name`), w),
      basedOn: val(kid(s, `${w}basedOn`), w),
      numId: val(kid(numPr, `${w}numId`), w),
      ilvl: intVal(kid(numPr, `${w}ilvl`), w),
      outlineLvl: intVal(kid(pPr, `${w}outlineLvl`), w),
    });
  }
  return styles;
}

/** Every w:p of the main document in document order (pre-order, as mammoth walks it). */
export function readDocParagraphs(xml: string): DocParagraph[] {
  const { root, w } = parsePart(xml);
  const out: DocParagraph[] = [];
  if (!root) return out;
  const walk = (el: ParentNode, cur: DocParagraph | null) => {
    for (const c of kids(el)) {
      // mammoth reads the Fallback of mc:AlternateContent, never the Choice
      if (c.name.endsWith(':Choice') || c.name === 'Choice') continue;
      // mammoth drops deleted and moved-away content
      if (c.name === `${w}del` || c.name === `${w}moveFrom`) continue;
      if (c.name === `${w}p`) {
        const pPr = kid(c, `${w}pPr`);
        const numPr = kid(pPr, `${w}numPr`);
        const p: DocParagraph = {
          key: '',
          styleId: val(kid(pPr, `${w}pStyle`), w),
          numId: val(kid(numPr, `${w}numId`), w),
          ilvl: intVal(kid(numPr, `${w}ilvl`), w),
          outlineLvl: intVal(kid(pPr, `${w}outlineLvl`), w),
        };
        out.push(p);
        walk(c, p);
      } else if (c.name === `${w}t`) {
        if (cur) cur.key += textKey(textOf(c));
      } else if (c.name !== `${w}pPr`) {
        walk(c, cur);
      }
    }
  };
  walk(root, null);
  return out;
}

function textOf(el: ParentNode): string {
  return el.children.map((c) => (c.type === 'text' ? c.data : 'children' in c ? textOf(c as ParentNode) : '')).join('');
}

/** Letters and digits only: robust against the tabs, symbols and spaces two readers render differently. */
export function textKey(s: string): string {
  return s.replace(/[^\p{L}\p{N}]/gu, '');
}
