// The indicator tree of a report, assembled from every place that states it:
// the summary table, the headings of the analysis section (and their restated
// 分值/得分), the narrative sentences under them, the attachment's scoring
// table and the contents entries. Each stated figure is one ScoreFact tied to
// one node; the same indicator named a little differently in two places
// (服务满意度 / 满意度, 指标1：工业总产值 / 工业总产值) is one node.
import type { Settings } from '../../model/settings.js';
import { identityBasics, type IdentityBasics } from '../identity/identity.js';
import type { Document, SpanRef } from '../../model/document.js';
import { indicatorName, nameCloseness, namesMatch, type IndicatorName } from '../lang/indicator-names.js';
import type { ScoreKind } from '../lang/score-words.js';
import type { Quantity } from '../lang/numbers.js';
import { narrativeFacts } from './narrative.js';
import { headingFacts, tocFacts, findAnalysisRoot } from './headings.js';
import { attachmentTables, type AttachmentTable } from './attachment-tables.js';
import { summaryFacts } from './summary-table.js';

export type { ScoreKind } from '../lang/score-words.js';
export type ScoreSource = 'summary' | 'heading' | 'narrative' | 'attachment' | 'toc';

export interface IndicatorNode {
  id: number;
  name: IndicatorName;
  /** 0 = the whole evaluation (总分), 1 = 一级指标, … */
  level: number;
  parent: number | null;
  children: number[];
  /** The body section that discusses it, if any. */
  section: number | null;
}

export interface ScoreFact {
  node: number;
  kind: ScoreKind;
  /** The figure; null for a grade or for "得满分". */
  q: Quantity | null;
  /** 优 / 良 / 中 / 差 … for kind 等级. */
  grade?: string;
  /** "得满分": full marks without a figure. */
  full?: boolean;
  source: ScoreSource;
  /** One table, the headings, the contents…: figures of one origin are summed together. */
  origin: string;
  /** The parent as this origin places the indicator (for sums within one source). */
  sourceParent: number | null;
  span: SpanRef;
  /**
   * A figure of a paragraph (a heading, the narrative): where its sentence begins in the block, so that two
   * figures of one block tell whether one sentence states both ("扣0.2分，得2.8分") without reading the text.
   */
  sentence?: number;
  /** Narrative: the sentence names its indicator ("X指标…", "该项指标…") rather than standing in its section. */
  named?: boolean;
}

export interface IndicatorFacts {
  nodes: IndicatorNode[];
  facts: ScoreFact[];
  /** The section whose children are the first-level indicators, if the body has one. */
  analysisSection: number | null;
  /** The attachment's scoring tables, row by row (for empty cells and 评分标准). */
  attachments: AttachmentTable[];
}

/** The tree under construction: find-or-create by tolerant name. */
export class IndicatorTree {
  readonly nodes: IndicatorNode[] = [
    { id: 0, name: indicatorName('总分'), level: 0, parent: null, children: [], section: null },
  ];

  get root(): number {
    return 0;
  }

  /** The node named so under `parent` (tolerantly), else one of that exact name elsewhere, else a new child. */
  /** `avoid`: nodes the caller knows to be other indicators (another row of the same table). */
  child(
    parent: number,
    written: string | IndicatorName,
    section: number | null = null,
    avoid?: ReadonlySet<number>,
  ): number {
    const name = typeof written === 'string' ? indicatorName(written) : written;
    let found = this.find(parent, name, avoid);
    // two sibling sections are two indicators, however alike their names
    // ("困难残疾人生活补贴发放人数" / "重度残疾人护理补贴发放人数")
    if (
      found !== null &&
      section !== null &&
      this.nodes[found].section !== null &&
      this.nodes[found].section !== section
    )
      found = null;
    if (found !== null) {
      if (section !== null && this.nodes[found].section === null) this.nodes[found].section = section;
      return found;
    }
    const id = this.nodes.length;
    this.nodes.push({ id, name, level: this.nodes[parent].level + 1, parent, children: [], section });
    this.nodes[parent].children.push(id);
    return id;
  }

  /** `avoid`: nodes not to take (another row's), so that a near name under `parent` leaves room for the exact one elsewhere. */
  find(parent: number, name: IndicatorName, avoid?: ReadonlySet<number>): number | null {
    if (!name.key && !name.code) return null;
    const best = (ids: number[]) => {
      const hits = ids.filter((id) => !avoid?.has(id) && namesMatch(this.nodes[id].name, name));
      hits.sort((a, b) => nameCloseness(this.nodes[b].name, name) - nameCloseness(this.nodes[a].name, name));
      return hits[0] ?? null;
    };
    const under = best(this.nodes[parent].children);
    if (under !== null) return under;
    // a source that places the indicator elsewhere (a shifted table row, a summary listing second-level
    // indicators): the one node of exactly that name or code
    const exact = this.nodes.filter(
      (n) =>
        n.id !== 0 &&
        !avoid?.has(n.id) &&
        ((name.code && n.name.code === name.code) || (name.key.length >= 2 && n.name.key === name.key)),
    );
    return exact.length === 1 ? exact[0].id : null;
  }

  /** Moves `id` (and everything under it) to be a child of `parent`: a level one source gives and another skips. */
  moveUnder(id: number, parent: number): void {
    if (id === parent || this.ancestors(parent).includes(id)) return;
    const old = this.nodes[id].parent;
    if (old !== null) this.nodes[old].children = this.nodes[old].children.filter((c) => c !== id);
    this.nodes[id].parent = parent;
    this.nodes[parent].children.push(id);
    const relevel = (n: number) => {
      this.nodes[n].level = this.nodes[this.nodes[n].parent!].level + 1;
      for (const c of this.nodes[n].children) relevel(c);
    };
    relevel(id);
  }

  ancestors(id: number): number[] {
    const out: number[] = [];
    for (let p = this.nodes[id].parent; p !== null; p = this.nodes[p].parent) out.push(p);
    return out;
  }
}

/**
 * Which part of a document one indicator system reads, when the document holds several
 * (src/facts/indicators/systems.ts): its tables, and the sentences that speak of it.
 */
export interface IndicatorScope {
  /** Block indices of the tables this system reads; all tables when absent. */
  tables?: ReadonlySet<number>;
  /** Whether a sentence of the body is about this system; `total`: it states an overall score. */
  owns?: (block: number, sentence: string, total: boolean) => boolean;
  /** The body's analysis headings and the contents are not this system's (a programme's form). */
  noHeadings?: boolean;
  /** The report's evaluated years (config's settings first): they decide which stated scores are last year's. */
  identity?: IdentityBasics;
  /** Without `identity`: the config's settings it is derived from. */
  settings?: Readonly<Settings>;
}

export function extractIndicators(doc: Document, scope: IndicatorScope = {}): IndicatorFacts {
  const identity = scope.identity ?? identityBasics(doc, scope.settings ?? {});
  const tree = new IndicatorTree();
  const facts: ScoreFact[] = [];
  const analysis = scope.noHeadings ? null : findAnalysisRoot(doc);
  // a system reads only its own tables (the view keeps every block where it is)
  const view: Document = scope.tables ? { ...doc, tables: doc.tables.filter((t) => scope.tables!.has(t.index)) } : doc;
  // the body's headings first: they give the skeleton the other sources are matched into
  const sectionNode = new Map<number, number>();
  if (analysis !== null) facts.push(...headingFacts(doc, analysis, tree, sectionNode));
  facts.push(...summaryFacts(view, tree));
  const att = attachmentTables(view, tree);
  facts.push(...att.facts);
  facts.push(...narrativeFacts(doc, analysis, tree, sectionNode, scope.owns, identity.evaluated, [...facts]));
  if (!scope.noHeadings) facts.push(...tocFacts(doc, sectionNode));
  return { nodes: tree.nodes, facts, analysisSection: analysis, attachments: att.tables };
}

// ---------------------------------------------------------------- helpers for the rules

/** The facts of one node and kind that carry a figure. */
export function figuresOf(f: IndicatorFacts, node: number, kind: ScoreKind): ScoreFact[] {
  return f.facts.filter((x) => x.node === node && x.kind === kind && x.q !== null);
}

/** The node a body section discusses: the whole evaluation for the analysis section itself, else the heading's indicator under it, if any. */
export function nodeOfSection(f: IndicatorFacts, section: number): IndicatorNode | null {
  if (section === f.analysisSection) return f.nodes[0];
  return f.nodes.find((n) => n.section === section) ?? null;
}

/** A node's name for messages: as first written, without numbering. */
export function displayName(n: IndicatorNode): string {
  return n.level === 0 ? '总分' : n.name.code && !n.name.key ? n.name.code : n.name.key || n.name.text;
}
