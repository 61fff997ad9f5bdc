// Who and what the report is about: the project name, the evaluated year and the
// units, from the title, the cover and the attachment (settings override), plus
// every mention of a project/fund name, a year and a unit in the document.
import type { Document } from '../../model/document.js';
import type { Segmenter } from '../../model/rule.js';
import type { Settings } from '../../model/settings.js';
import { getSegmenter } from '../../structure/segmenter.js';
import { textPlaces, type TextPlace } from './places.js';
import { documentLabels, type Labels } from './labels.js';
import { nameCore } from '../lang/project-names.js';
import { openingPlaces } from '../lang/places.js';
import { EVALUATION_KIND_KEY } from '../lang/cover-keys.js';
import { canonicalUnit, findUnits, type UnitMention, type UnitRole } from './units.js';
import { evaluatedYears, findYears, type EvaluatedYears, type YearMention } from '../lang/years.js';
import { type UnitField, unitFields } from './unit-fields.js';
import { type ProjectMention, projectMentions } from './mentions.js';
import { ownUnitSlips, type UnitSlip } from './unit-slips.js';
import {
  cleanProjectName,
  nameSources,
  projectCoreOf,
  spanFromCover,
  votedYear,
  yearFromCover,
} from './project-name.js';

/** Where a piece of text stands: a paragraph, or a table cell. */
export type Place = TextPlace;

export interface Identity {
  projectName: string | null;
  /** The name without year, unit and generic tail, for comparison. */
  projectCore: string | null;
  /** The place the title writes before the year ("舒城县2022—2024年…" → 舒城县): no part of the core, but a mention may keep it. */
  projectPlace: string | null;
  /** Where the project is (see IdentityBasics.ownPlace). */
  ownPlace: string | null;
  year: number | null;
  /** The evaluated year as a span, or a programme's span when the report evaluates it whole (2021—2024年). */
  evaluated: EvaluatedYears | null;
  units: Partial<Record<UnitRole, string>>;
  unitFields: UnitField[];
  /** "…绩效自评报告", "评价类型：部门整体支出绩效评价（部门自评）": the unit evaluates itself. */
  selfEvaluation: boolean;
  /**
   * "…部门整体支出绩效自评报告", "评价类型：部门整体支出绩效评价": a department's whole spending is evaluated, so its
   * 项目支出 is a spending category (beside 基本支出), not a project.
   */
  departmentWide: boolean;
  /** The names the report gives its sections and its tables' rows and columns (what "X指标" may name). */
  labels: Labels;
  /** The cores of the other projects' names the config allows (settings.knownNames). */
  knownCores: ReadonlySet<string>;
  /** Each mention's `place` is one object per paragraph or cell, shared by all kinds (a rule may match them by it). */
  mentions: {
    projects: ProjectMention[];
    years: Array<YearMention & { place: Place }>;
    units: Array<UnitMention & { place: Place }>;
    /** The evaluated unit's own name with one character slipped, on a report about that unit (单位整体/部门整体). */
    unitSlips: UnitSlip[];
  };
}

export const places = textPlaces;

// ------------------------------------------------------------------ the facts

/** Name and year only: cheap, no segmentation (for the JSON document fields). */
export function summarizeIdentity(
  doc: Document,
  settings: Readonly<Settings>,
): { projectName: string | null; year: number | null; evaluated: EvaluatedYears | null } {
  const { projectName, year, evaluated } = identityBasics(doc, settings);
  return { projectName, year, evaluated };
}

/** What every extractor needs to know of the report: whose it is and which years it evaluates. */
export interface IdentityBasics {
  projectName: string | null;
  /** The name without year, unit and generic tail, for comparison. */
  projectCore: string | null;
  /** The place written before the name's year, if any (舒城县). */
  projectPlace: string | null;
  /**
   * Where the project is, the one answer for every fact and rule: the place its name keeps apart (projectPlace,
   * the config's name first), else the places its title opens with before any year, also before a unit or the
   * name itself ("平江县卫生健康局2023年度…" → 平江县, "平武县森林草原防灭火能力提升项目2024年度…" → 平武县).
   */
  ownPlace: string | null;
  year: number | null;
  evaluated: EvaluatedYears | null;
}

/** The project's name and evaluated years, the config's settings first; no segmentation. */
export function identityBasics(doc: Document, settings: Readonly<Settings>): IdentityBasics {
  const sources = nameSources(doc);
  // the core most sources agree on; on a tie the cover's field, then the title
  const votes = new Map<string, number>();
  for (const s of sources) votes.set(nameCore(s.name), (votes.get(nameCore(s.name)) ?? 0) + 1);
  const best = [...sources].sort((a, b) => (votes.get(nameCore(b.name)) ?? 0) - (votes.get(nameCore(a.name)) ?? 0))[0];
  const projectName = settings.projectName ?? best?.name ?? null;
  const year = settings.year ?? votedYear(sources) ?? yearFromCover(doc) ?? null;
  // a report that names no single year but a programme's span evaluates the span whole
  const span =
    year === null
      ? (sources.find((s) => s.from === 'title' && s.span)?.span ??
        sources.find((s) => s.span)?.span ??
        spanFromCover(doc))
      : null;
  const evaluated = span ?? evaluatedYears(year);
  const cleaned = projectName ? cleanProjectName(projectName) : null;
  const projectPlace =
    cleaned?.place ?? best?.place ?? sources.find((s) => s.from === 'title' && s.place)?.place ?? null;
  return {
    projectName,
    year,
    evaluated,
    projectCore: projectName ? nameCore(cleaned?.name ?? projectName) : null,
    // the config's name with its own place, else the place the title (or cover) writes before the year
    // ("元谋县2022—2024年X项目…" titles a report whose cover field wins the name: the title's place is still its own)
    projectPlace,
    ownPlace: projectPlace ?? titlePlace(doc.title ?? ''),
  };
}

/**
 * The places a title opens with, before its years ("平江县卫生健康局2023年度…" → 平江县) or right after them
 * ("2024年度鞍山市科技创新专项资金…" → 鞍山市: the name keeps its place, the fund is still that city's).
 */
function titlePlace(title: string): string | null {
  const before = openingPlaces(title.split(/(?:19|20)\d{2}/)[0]);
  if (before) return before;
  const year = /^(?:19|20)\d{2}(?:[—–-]+(?:(?:19|20)\d{2}|\d{2}))?年度?/.exec(title);
  return year ? openingPlaces(title.slice(year[0].length)) : null;
}

export function identify(
  doc: Document,
  settings: Readonly<Settings>,
  segmenter: () => Segmenter = getSegmenter,
  basics: IdentityBasics = identityBasics(doc, settings),
): Identity {
  const { projectName, projectCore, projectPlace, ownPlace, year, evaluated } = basics;
  const fields = unitFields(doc);
  const units: Identity['units'] = {};
  for (const f of fields) if (f.scope === null) units[f.role] ??= f.value;
  const all = places(doc);
  const aliases = settings.unitAliases ?? {};
  const departmentWide = isDepartmentWide(doc);
  const evaluatedUnit = departmentWide ? units['项目单位'] : undefined;
  return {
    projectName,
    projectCore,
    projectPlace,
    ownPlace,
    year,
    evaluated,
    units,
    unitFields: fields,
    selfEvaluation: isSelfEvaluation(doc),
    departmentWide,
    labels: documentLabels(doc),
    knownCores: new Set((settings.knownNames ?? []).map(projectCoreOf)),
    mentions: {
      projects: projectMentions(
        doc,
        all,
        segmenter(),
        projectName
          ? { name: cleanProjectName(projectName)?.name ?? projectName, place: projectPlace, evaluated }
          : null,
      ),
      years: all.flatMap((place) => findYears(place.text).map((y) => ({ ...y, place }))),
      units: all.flatMap((place) => findUnits(place.text, aliases).map((u) => ({ ...u, place }))),
      unitSlips: evaluatedUnit ? ownUnitSlips(all, evaluatedUnit, segmenter()) : [],
    },
  };
}

/** "…绩效自评报告", "评价类型：部门整体支出绩效评价（部门自评）". */
function isSelfEvaluation(doc: Document): boolean {
  return /自评/.test(doc.title ?? '') || doc.cover.some((f) => EVALUATION_KIND_KEY.test(f.key) && /自评/.test(f.value));
}

/** "…部门整体支出绩效自评报告", "评价类型：单位整体支出绩效评价". */
export function isDepartmentWide(doc: Document): boolean {
  const WHOLE = /(?:部门|单位)整体(?:支出)?(?:绩效)?(?:自评|评价)/;
  return WHOLE.test(doc.title ?? '') || doc.cover.some((f) => EVALUATION_KIND_KEY.test(f.key) && WHOLE.test(f.value));
}

/** Canonical key of a unit, for grouping. */
export function unitKey(name: string, aliases: Readonly<Record<string, string>> = {}): string {
  return canonicalUnit(name, aliases).body;
}
