// A document can hold several indicator systems, each its own tree out of 100: a
// department's 部门整体支出绩效自评表 and one 项目支出绩效自评表 per programme. The
// first level of one does not add up with another's, and a programme's score stated
// in its own section ("该项目自评得分97.60分") is that programme's, not the report's.
// A form is a table naming what it scores ("项目名称 | …", "部门名称 | …") above its
// 一级/二级指标 rows; with two forms or more, each is read as a system of its own.
import type { Document, Table } from '../model.js';
import { cleanProjectName } from './identity.js';
import { nameCore } from './identity-names.js';
import { extractIndicators, type IndicatorFacts } from './indicators.js';
import { headText, LEVEL_HEAD } from './indicator-tables.js';

/** "项目名称" / "部门（单位）名称": the cell left of what the form scores (brackets dropped by headText). */
const NAME_KEY = /^(?:项目名称|部门名称|单位名称)$/;

export interface ScoringForm {
  /** Block index of the table. */
  block: number;
  /** What the form scores, as written ("泰安市2024年度全民健身设施建设补助项目", "泰安市体育局"). */
  name: string;
  /** A department-wide form (部门名称 / 单位名称), not a programme's. */
  department: boolean;
  /** Words that name it in a heading or a sentence: the programme's core, or 部门整体 and the unit. */
  words: string[];
}

function formOf(t: Table): ScoringForm | null {
  let name: { key: string; value: string } | null = null;
  for (let r = 0; r < t.rows; r++) {
    const heads = t.grid[r].map((id, c) => (t.cells[id].col === c ? headText(t.cells[id].text) : ''));
    if (heads.filter((h) => LEVEL_HEAD.test(h)).length >= 2) {
      if (!name) return null;
      const department = name.key !== '项目名称';
      const core = department ? name.value : nameCore(cleanProjectName(name.value)?.name ?? name.value);
      // a core of a few characters would name anything ("项目"): no word, no sentence is the form's
      const words = [core, ...(department ? ['部门整体'] : [])].filter((w) => w.length >= 4);
      return { block: t.index, name: name.value, department, words };
    }
    if (name) continue;
    const key = t.cells[t.grid[r][0]];
    if (!NAME_KEY.test(headText(key.text))) continue;
    const value = t.grid[r].map((id) => t.cells[id]).find((c) => c !== key && c.text.trim());
    if (value) name = { key: headText(key.text), value: value.text.trim() };
  }
  return null;
}

export function scoringForms(doc: Document): ScoringForm[] {
  return doc.tables.map(formOf).filter((f): f is ScoringForm => f !== null);
}

/**
 * The form a sentence is about: the one its section's heading names (innermost first), else the
 * one the sentence names; 'unnamed' when it names none, null when it names several.
 */
function ownerOf(doc: Document, forms: ScoringForm[], block: number, sentence: string): ScoringForm | 'unnamed' | null {
  const named = (text: string) => forms.filter((f) => f.words.some((w) => text.includes(w)));
  const b = doc.blocks[block];
  for (let s = b.kind === 'paragraph' ? b.sectionId : null; s !== null; s = doc.sections[s].parent) {
    const hits = named(doc.sections[s].title);
    if (hits.length === 1) return hits[0];
    if (hits.length > 1) return null;
  }
  const hits = named(sentence);
  return hits.length === 1 ? hits[0] : hits.length ? null : 'unnamed';
}

/**
 * The document's indicator systems, the one the report is about first: the department's form
 * when there is one, else the first. A document with fewer than two forms has one system, read
 * as before from every table and sentence.
 */
export function extractIndicatorSystems(doc: Document): IndicatorFacts[] {
  const forms = scoringForms(doc);
  if (forms.length < 2) return [extractIndicators(doc)];
  const main = forms.filter((f) => f.department).length === 1 ? forms.find((f) => f.department)! : forms[0];
  const others = forms.filter((f) => f !== main);
  const otherBlocks = new Set(others.map((f) => f.block));
  const mainTables = new Set(doc.tables.map((t) => t.index).filter((i) => !otherBlocks.has(i)));
  const systems = [
    // the main system: every table but the other forms; a sentence naming no form is its own, except
    // an overall score, which must say whose it is ("两个项目支出自评得分分别为97.60分和97.77分" is none's)
    extractIndicators(doc, {
      tables: mainTables,
      owns: (block, sentence, total) => {
        const o = ownerOf(doc, forms, block, sentence);
        return o === main || (o === 'unnamed' && !total);
      },
    }),
    ...others.map((f) =>
      extractIndicators(doc, { tables: new Set([f.block]), noHeadings: true, owns: (block, sentence) => ownerOf(doc, forms, block, sentence) === f }),
    ),
  ];
  return systems;
}
