// Whose figure is it: the report's own, or one programme's. A department-wide report may
// hold a 部门整体支出绩效自评表 and one 项目支出绩效自评表 per programme, each with its own
// funds and scores; a programme's section ("（二）全民健身设施建设补助项目") speaks of that
// programme. A form is a table naming what it scores ("项目名称 | …", "部门名称 | …") above
// its 一级/二级指标 rows. With fewer than two forms everything is the report's own.
import type { Document, Table } from '../../model/document.js';
import { nameCore } from '../lang/project-names.js';
import { headText, LEVEL_HEAD } from '../indicators/table-heads.js';
import { sentenceAt } from '../lang/boundaries.js';
import { cleanProjectName, projectCoreOf } from './project-name.js';

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
      const core = department ? name.value : projectCoreOf(name.value);
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

/**
 * The project a table names in its "项目名称 | X" row, form or not: the first piece of a 项目支出绩效自评表 cut from
 * its rows (项目名称 … 年度资金总额 | 7,262.60 | 7,171.09 …, the PDF reader's piece of other columns) is X's.
 */
export function tableProjectName(t: Table): string | null {
  for (let r = 0; r < Math.min(t.rows, 3); r++) {
    const key = t.cells[t.grid[r][0]];
    if (headText(key.text) !== '项目名称') continue;
    // a name row is the key and its one value: "项目名称 | 实施单位 | 调整后预算 | …" heads a list of programmes
    const filled = [...new Set(t.grid[r])].map((id) => t.cells[id]).filter((c) => c !== key && c.text.trim());
    return filled.length === 1 ? filled[0].text.trim() : null;
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
export function ownerOf(
  doc: Document,
  forms: ScoringForm[],
  block: number,
  sentence: string,
): ScoringForm | 'unnamed' | null {
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

/** The form the report is about: the department's when there is exactly one, else the first. */
export function mainForm(forms: ScoringForm[]): ScoringForm {
  const dept = forms.filter((f) => f.department);
  return dept.length === 1 ? dept[0] : forms[0];
}

/** A programme a department's report scores in a form of its own: its name as the form writes it, and its core. */
export interface ProgrammeName {
  name: string;
  core: string;
  /** The place its name writes before its year ("沛县2024年度…"), or null. */
  place: string | null;
}

/** The programmes of a department's report (each 项目支出绩效自评表 beside the department's form); none with one form. */
export function programmeNames(doc: Document): ProgrammeName[] {
  const forms = scoringForms(doc);
  if (forms.length < 2) return [];
  const main = mainForm(forms);
  return forms
    .filter((f) => f !== main && !f.department)
    .map((f) => {
      const clean = cleanProjectName(f.name);
      return { name: f.name, core: nameCore(clean?.name ?? f.name), place: clean?.place ?? null };
    });
}

/**
 * The scope of a figure at `block` (and offset `at` in a paragraph): null for the report's own,
 * a programme's name for one of another form's programmes, undefined when a sentence names
 * several (whose figure it is cannot be told, so it is nobody's).
 */
export function figureScopes(doc: Document): (block: number, at?: number) => string | null | undefined {
  const forms = scoringForms(doc);
  if (forms.length < 2) return () => null;
  const main = mainForm(forms);
  return (block, at = 0) => {
    const b = doc.blocks[block];
    if (b.kind === 'table') return forms.find((f) => f.block === block && f !== main)?.name ?? null;
    const [s, e] = sentenceAt(b.text, at);
    const owner = ownerOf(doc, forms, block, b.text.slice(s, e));
    if (owner === null) return undefined;
    return owner === 'unnamed' || owner === main ? null : owner.name;
  };
}
