// Restores the list numbers Word draws but does not store in the text ("一、",
// "（一）", "1."): counters per abstract numbering definition and level, with
// start overrides and level restarts, formatted by w:numFmt and w:lvlText.
import { formatNumber } from './docx-numfmt.js';
import type { AbstractNumDef, DocParagraph, LevelDef, NumberingDefs, StyleDef } from './docx-xml.js';

const MAX_LEVELS = 9;

export interface ParagraphNumbering {
  /** The number as Word shows it, e.g. "一、", "（二）", "1.1". Absent for bullets and unnumbered paragraphs. */
  autoNumber?: string;
  /** What Word puts between the number and the text. */
  suffix: 'tab' | 'space' | 'nothing';
  /** w:outlineLvl (0-based) from the paragraph or its style chain. */
  outlineLvl?: number;
}

interface Resolved {
  numId: string;
  ilvl: number;
  abstract: AbstractNumDef;
}

/** One result per paragraph, same order. Counters advance in document order, as Word's do. */
export function numberParagraphs(
  paras: DocParagraph[],
  defs: NumberingDefs,
  styles: Map<string, StyleDef>,
): ParagraphNumbering[] {
  // Word keeps one list per abstract definition: w:num instances sharing it continue each other
  const counters = new Map<string, Array<number | undefined>>();
  const seenNums = new Set<string>();
  return paras.map((p) => {
    const outlineLvl =
      p.outlineLvl ?? styleChain(p.styleId, styles).find((s) => s.outlineLvl !== undefined)?.outlineLvl;
    const r = resolve(p, defs, styles);
    if (!r) return { suffix: 'tab', outlineLvl };
    const state = counters.get(r.abstract.id) ?? new Array<number | undefined>(MAX_LEVELS).fill(undefined);
    counters.set(r.abstract.id, state);
    const num = defs.nums.get(r.numId);
    if (num && !seenNums.has(r.numId)) {
      seenNums.add(r.numId);
      for (const [lvl, o] of num.overrides) if (o.start !== undefined && lvl < MAX_LEVELS) state[lvl] = o.start - 1;
    }
    const level = (i: number): LevelDef | undefined => num?.overrides.get(i)?.level ?? r.abstract.levels.get(i);
    const def = level(r.ilvl);
    if (!def) return { suffix: 'tab', outlineLvl };
    state[r.ilvl] = (state[r.ilvl] ?? def.start - 1) + 1;
    for (let deeper = r.ilvl + 1; deeper < MAX_LEVELS; deeper++) {
      // a level restarts when a level above it is used (w:lvlRestart may say which, 0 = never)
      const restartAfter = level(deeper)?.restart ?? deeper;
      if (restartAfter !== 0 && r.ilvl < restartAfter) state[deeper] = undefined;
    }
    if (def.numFmt === 'bullet') return { suffix: def.suff, outlineLvl };
    const text = def.lvlText.replace(/%([1-9])/g, (_m, d: string) => {
      const k = Number(d) - 1;
      const kDef = level(k);
      const value = state[k] ?? kDef?.start ?? 1;
      return formatNumber(value, def.isLgl ? 'decimal' : (kDef?.numFmt ?? 'decimal'));
    });
    return { autoNumber: text.trim() === '' ? undefined : text, suffix: def.suff, outlineLvl };
  });
}

/** The paragraph's own numbering properties, else its style's (through w:basedOn). */
function resolve(p: DocParagraph, defs: NumberingDefs, styles: Map<string, StyleDef>): Resolved | null {
  const chain = styleChain(p.styleId, styles);
  let numId = p.numId;
  let ilvl = p.ilvl;
  if (numId === undefined) {
    const s = chain.find((st) => st.numId !== undefined);
    numId = s?.numId;
    ilvl ??= chain.find((st) => st.ilvl !== undefined)?.ilvl;
  }
  if (numId === undefined || numId === '0') return null;
  const abstract = abstractFor(numId, defs, styles);
  if (!abstract) return null;
  if (ilvl === undefined && p.styleId !== undefined) {
    // a heading style linked to a list level by that level's w:pStyle
    for (const [i, lvl] of abstract.levels) if (lvl.pStyle === p.styleId) ilvl = i;
  }
  ilvl ??= 0;
  if (ilvl < 0 || ilvl >= MAX_LEVELS) return null;
  return { numId, ilvl, abstract };
}

/** Follows w:numStyleLink (a list that only points at a numbering style) to the real definition. */
function abstractFor(numId: string, defs: NumberingDefs, styles: Map<string, StyleDef>): AbstractNumDef | null {
  const seen = new Set<string>();
  let id: string | undefined = numId;
  while (id !== undefined && !seen.has(id)) {
    seen.add(id);
    const num = defs.nums.get(id);
    const abs = num ? defs.abstracts.get(num.abstractId) : undefined;
    if (!abs) return null;
    if (!abs.numStyleLink) return abs;
    id = styles.get(abs.numStyleLink)?.numId;
  }
  return null;
}

function styleChain(styleId: string | undefined, styles: Map<string, StyleDef>): StyleDef[] {
  const chain: StyleDef[] = [];
  const seen = new Set<string>();
  let id = styleId;
  while (id !== undefined && !seen.has(id)) {
    seen.add(id);
    const s = styles.get(id);
    if (!s) break;
    chain.push(s);
    id = s.basedOn;
  }
  return chain;
}
