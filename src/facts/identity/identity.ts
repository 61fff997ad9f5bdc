// Who and what the report is about: the project name, the evaluated year and the
// units, from the title, the cover and the attachment (settings override), plus
// every mention of a project/fund name, a year and a unit in the document.
import type { Cell, Document, SpanRef, Table } from '../../model.js';
import type { Segmenter, Settings } from '../../rule.js';
import { getSegmenter } from '../../segmenter.js';
import { textPlaces, type TextPlace } from './places.js';
import { figureScopes } from './programme-scopes.js';
import { findNameMentions, nameCore, type NameMention } from '../lang/project-names.js';
import { canonicalUnit, findUnits, looksLikeUnit, unitRole, type UnitMention, type UnitRole } from './units.js';
import { evaluatedYears, findYears, type EvaluatedYears, type YearMention } from '../lang/years.js';

/** Where a piece of text stands: a paragraph, or a table cell. */
export type Place = TextPlace;

export interface UnitField {
  role: UnitRole;
  /** How the document labels it ("项目实施单位"). */
  label: string;
  value: string;
  source: 'cover' | 'table' | 'text';
  at: SpanRef;
  /** Whose unit: null for the report's own, else the programme's (its 项目支出绩效自评表 in a department's report). */
  scope: string | null;
}

export interface ProjectMention extends NameMention {
  place: Place;
  core: string;
  /** Stands where the evaluated project's own name belongs (title, cover, contents, attachment title, "X项目评价得分"). */
  slot: boolean;
}

export interface Identity {
  projectName: string | null;
  /** The name without year, unit and generic tail, for comparison. */
  projectCore: string | null;
  year: number | null;
  /** The evaluated year as a span, or a programme's span when the report evaluates it whole (2021—2024年). */
  evaluated: EvaluatedYears | null;
  units: Partial<Record<UnitRole, string>>;
  unitFields: UnitField[];
  mentions: {
    projects: ProjectMention[];
    years: Array<YearMention & { place: Place }>;
    units: Array<UnitMention & { place: Place }>;
  };
}

export const places = textPlaces;

// ------------------------------------------------------------------ the project name

const REPORT_WORDS =
  // 专项资金 / 资金 before 绩效评价报告 are the name's own tail ("学生资助专项资金绩效评价报告")
  /(?:的)?(?:(?:部门|整体|项目支出|支出|财政重点|重点)?(?:绩效)?(?:自评|评价|评估|考评|评级)?(?:报告|结果|表)|(?:财政重点|重点)?(?:绩效)?(?:自评|评价|评估))$/;

/** A name as a title or name field writes it, without "关于", unit, year and report words. */
export function cleanProjectName(s: string): { name: string; year: number | null; span: EvaluatedYears | null } | null {
  let t = s.replace(/\s/g, '').replace(/^(?:附件\d*[：:]?|项目名称[：:]?|关于)/, '');
  for (let i = 0; i < 3 && REPORT_WORDS.test(t); i++) t = t.replace(REPORT_WORDS, '');
  let year: number | null = null;
  let span: EvaluatedYears | null = null;
  // a field a line break cut inside its bracket ("…改造项目（" / "2024年度资金）" on the next line)
  t = t.replace(/（[^）]*$/, '');
  // "…专项资金（2021—2024年）": the programme's span the report evaluates
  const parenSpan = /（((?:19|20)\d{2})年?\s*[-—–~～至到]\s*((?:19|20)\d{2})年度?(?:资金)?）$/.exec(t);
  if (parenSpan) {
    if (Number(parenSpan[1]) < Number(parenSpan[2])) span = { from: Number(parenSpan[1]), to: Number(parenSpan[2]) };
    t = t.slice(0, parenSpan.index);
  }
  // "…项目（2024年度资金）": which year's money of the project is evaluated
  const paren = /（((?:19|20)\d{2})年度?(?:资金|批次|部分)?）$/.exec(t);
  if (paren) {
    year = Number(paren[1]);
    t = t.slice(0, paren.index);
  }
  // "…防灭火能力提升项目2024年度绩效自评报告": the year after the name
  const tail = /((?:19|20)\d{2})年度?$/.exec(t);
  if (tail && tail.index > 0) {
    year = Number(tail[1]);
    t = t.slice(0, tail.index);
  }
  // "石阡县2023年度…": a place before the year is no part of the name
  t = t.replace(/^(?:[\u4e00-\u9fff]{1,8}?(?:省|自治区|市|自治州|州|盟|县|区|旗|镇|乡|街道))+(?=(?:19|20)\d{2}(?:年|\s*[-—–~～至到]))/, '');
  for (let i = 0; i < 3; i++) {
    const u = findUnits(t).find((m) => m.start === 0);
    if (u && u.end < t.length) {
      t = t.slice(u.end);
      continue;
    }
    // "2022—2024年老旧小区改造项目": the programme's span is no part of the name, nor the report's year
    const spanned = /^((?:19|20)\d{2})年?\s*[-—–~～至到]\s*((?:19|20)\d{2})年度?/.exec(t);
    if (spanned) {
      t = t.slice(spanned[0].length);
      if (Number(spanned[1]) < Number(spanned[2])) span ??= { from: Number(spanned[1]), to: Number(spanned[2]) };
      continue;
    }
    const y = findYears(t).find((m) => m.start === 0);
    if (y) {
      year ??= y.value;
      t = t.slice(y.after);
      continue;
    }
    break;
  }
  const core = nameCore(t);
  return core.length >= 2 && /^[\u4e00-\u9fff（）]+$/.test(t) ? { name: t, year, span } : null;
}

/** The cell right of a label cell in the same row, if it holds text. */
function valueRightOf(t: Table, label: Cell): Cell | null {
  const row = t.grid[label.row];
  for (let c = label.col + label.colSpan; c < t.cols; c++) {
    const cell = t.cells[row[c]];
    if (cell && cell !== label && cell.text) return cell;
  }
  return null;
}

interface NameSource {
  name: string;
  year: number | null;
  span: EvaluatedYears | null;
  from: 'cover' | 'title' | 'table';
}

function nameSources(doc: Document): NameSource[] {
  const out: NameSource[] = [];
  // a department's report with its programmes' forms: their 项目名称 names a programme, not the report's object
  const scopeOf = figureScopes(doc);
  for (const f of doc.cover) {
    if (!/^项目(?:名称|全称)$/.test(f.key)) continue;
    const n = cleanProjectName(f.value);
    if (n) out.push({ ...n, from: 'cover' });
  }
  if (doc.title) {
    const n = cleanProjectName(doc.title);
    if (n) out.push({ ...n, from: 'title' });
  }
  for (const t of doc.tables) {
    for (const c of t.cells) {
      if (!/^项目名称[：:]?$/.test(c.text) || scopeOf(t.index) !== null) continue;
      const v = valueRightOf(t, c);
      const n = v && cleanProjectName(v.text);
      if (n) out.push({ ...n, from: 'table' });
    }
  }
  return out;
}

// ------------------------------------------------------------------ the year

const YEAR_KEYS = /^(?:项目|预算|评价|资金|绩效)?年度$/;
const PERIOD_KEYS = /^(?:评价|项目|实施|绩效)?(?:时间|期间|周期|时段)$/;

/** "评价期间：2021年1月1日至2024年12月31日" / "2021—2024年": a span of whole years on the cover. */
function spanFromCover(doc: Document): EvaluatedYears | null {
  for (const f of doc.cover) {
    if (!PERIOD_KEYS.test(f.key) && !YEAR_KEYS.test(f.key)) continue;
    const m = /^((?:19|20)\d{2})年(?:0?1月0?1日?)?(?:度)?\s*(?:至|到|[-—–~～])\s*((?:19|20)\d{2})年(?:12月31日?|度)?$/.exec(f.value);
    if (m && Number(m[1]) < Number(m[2])) return { from: Number(m[1]), to: Number(m[2]) };
  }
  return null;
}

function yearFromCover(doc: Document): number | null {
  for (const f of doc.cover) {
    if (!YEAR_KEYS.test(f.key)) continue;
    const y = findYears(f.value)[0];
    if (y) return y.value;
  }
  for (const f of doc.cover) {
    if (!PERIOD_KEYS.test(f.key)) continue;
    // a whole year (2024年1月1日至2024年12月31日) or "2024年度"
    const whole = /^((?:19|20)\d{2})年0?1月0?1日?(?:至|到|[-—~～])\1年12月31日?$/.exec(f.value);
    if (whole) return Number(whole[1]);
    const y = /^((?:19|20)\d{2})年度$/.exec(f.value);
    if (y) return Number(y[1]);
  }
  return null;
}

// ------------------------------------------------------------------ units

function unitFields(doc: Document): UnitField[] {
  const scopeOf = figureScopes(doc);
  // a unit named for one programme (its form's 实施单位, its section's text) is that programme's; one whose
  // sentence names several programmes is nobody's
  return unitFieldsUnscoped(doc).flatMap((f) => {
    const scope = scopeOf(f.at.block, f.at.start);
    return scope === undefined ? [] : [{ ...f, scope }];
  });
}

function unitFieldsUnscoped(doc: Document): UnitField[] {
  const out: UnitField[] = [];
  for (const f of doc.cover) {
    const role = unitRole(f.key);
    if (role && looksLikeUnit(f.value)) out.push({ role, label: f.key, value: f.value, source: 'cover', at: { block: f.block, start: f.valueStart, end: f.valueEnd }, scope: null });
  }
  for (const t of doc.tables) {
    for (const c of t.cells) {
      const role = unitRole(c.text);
      if (!role) continue;
      const v = valueRightOf(t, c);
      if (v && looksLikeUnit(v.text)) out.push({ role, label: c.text.replace(/[：:]$/, ''), value: v.text, source: 'table', at: { block: t.index, cell: { row: v.row, col: v.col } }, scope: null });
    }
  }
  // "主管部门为县财政局", "项目实施单位是…" in the text
  for (const b of doc.blocks) {
    if (b.kind !== 'paragraph' || b.role === 'cover' || b.role === 'toc') continue;
    // the signature under the report or its attachment: "评价单位（盖章）：X" alone on its line
    const signed = /^([\u4e00-\u9fff]{2,8}(?:（盖章）)?)[：:]\s*([\u4e00-\u9fff（）]{2,30})$/.exec(b.text.trim());
    const signedRole = signed && unitRole(signed[1]);
    if (signed && signedRole && looksLikeUnit(signed[2])) {
      const start = b.text.lastIndexOf(signed[2]);
      out.push({ role: signedRole, label: signed[1].replace(/（盖章）$/, ''), value: signed[2], source: 'text', at: { block: b.index, start, end: start + signed[2].length }, scope: null });
      continue;
    }
    for (const m of b.text.matchAll(/((?:项目)?主管(?:部门|单位)|(?:项目)?实施单位|项目单位)(?:为|是|系)([\u4e00-\u9fff]{2,20}?(?:局|委员会|办公室|中心|政府))/g)) {
      const role = unitRole(m[1]);
      const start = m.index! + m[0].length - m[2].length;
      if (role) out.push({ role, label: m[1], value: m[2], source: 'text', at: { block: b.index, start, end: start + m[2].length }, scope: null });
    }
    // "受虞城县财政局委托，…事务所…对…开展评价": who commissioned a third-party evaluation
    for (const m of b.text.matchAll(/受([\u4e00-\u9fff]{2,20}?(?:局|委员会|办公室|中心|政府))委托/g)) {
      const start = m.index! + 1;
      out.push({ role: '委托单位', label: '委托单位', value: m[1], source: 'text', at: { block: b.index, start, end: start + m[1].length }, scope: null });
    }
  }
  return out;
}

// ------------------------------------------------------------------ mentions

// "X项目自评得分", and with the year between: "X项目2023年度自评得分95分"; "作为X项目以后年度预算申报的依据";
// "在X专项资金后续年度预算申报中运用评价结果"
const SLOT_AFTER =
  /^(?:项目)?(?:\d{4}年度?)?(?:(?:部门|整体|支出)?(?:绩效)?(?:自评|评价|评估)(?:报告|表|得分|工作|结果|等级|情况)?|(?:部门)?评[价级]表|(?:进行|开展)了?(?:绩效)?(?:自评|评价)|(?:已|已经)在?规定时间|预算\d|共使用|效益情况|的资金活动|(?:以后|下一?|后续|今后)年度(?:的)?(?:预算|资金)|(?:\d{4})?年度?绩效目标(?:已|基本|全面|均)?(?:实现|完成|达成))/;

/** "本次评价对象为X", "评价对象：X": the name of what is evaluated. */
const SLOT_BEFORE = /(?:评价|评估|自评)对象(?:为|是|系|：|:)$/;

function projectMentions(doc: Document, all: Place[], seg: Segmenter): ProjectMention[] {
  const out: ProjectMention[] = [];
  for (const place of all) {
    for (const m of findNameMentions(place.text, seg)) {
      const core = nameCore(m.name);
      if (core.length < 2) continue;
      // on the cover, a name that opens a field's value ("项目时间：2024年X项目"), not words inside a checkbox list
      const from = Math.min(m.start, m.yearPrefix?.start ?? m.start, m.unitPrefix?.start ?? m.start);
      const onCover = place.role === 'cover' && doc.cover.some((f) => f.block === place.block && f.valueStart === from);
      const fixedSlot = place.role === 'title' || place.role === 'toc' || onCover || (place.role === 'table' && isNameCell(place, all));
      const slot = fixedSlot || SLOT_AFTER.test(place.text.slice(m.end)) || SLOT_BEFORE.test(place.text.slice(Math.max(0, from - 12), from));
      out.push({ ...m, place, core, slot });
    }
  }
  return out;
}

/** The cell right of a "项目名称" label. */
function isNameCell(place: Place, all: Place[]): boolean {
  if (!place.cell) return false;
  const left = all.filter((p) => p.block === place.block && p.cell && p.cell.row === place.cell!.row && p.cell.col < place.cell!.col);
  return left.length > 0 && /^项目名称[：:]?$/.test(left[left.length - 1].text);
}

// ------------------------------------------------------------------ the facts

/** Name and year only: cheap, no segmentation (for the JSON document fields). */
export function summarizeIdentity(
  doc: Document,
  settings: Readonly<Settings>,
): { projectName: string | null; year: number | null; evaluated: EvaluatedYears | null } {
  const { projectName, year, evaluated } = identityBasics(doc, settings);
  return { projectName, year, evaluated };
}

/**
 * The year most name sources give (cover, title, attachment); on a tie the title's, then the
 * cover's: one stale source ("2022年度…" on the cover of a 2023 report) does not set the year.
 */
function votedYear(sources: NameSource[]): number | null {
  const dated = sources.filter((s) => s.year !== null);
  if (!dated.length) return null;
  const votes = new Map<number, number>();
  for (const s of dated) votes.set(s.year!, (votes.get(s.year!) ?? 0) + 1);
  const top = Math.max(...votes.values());
  const rank = (s: NameSource) => (s.from === 'title' ? 0 : s.from === 'cover' ? 1 : 2);
  return [...dated].filter((s) => votes.get(s.year!) === top).sort((a, b) => rank(a) - rank(b))[0].year;
}

/** What every extractor needs to know of the report: whose it is and which years it evaluates. */
export interface IdentityBasics {
  projectName: string | null;
  /** The name without year, unit and generic tail, for comparison. */
  projectCore: string | null;
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
  const span = year === null ? (sources.find((s) => s.from === 'title' && s.span)?.span ?? sources.find((s) => s.span)?.span ?? spanFromCover(doc)) : null;
  const evaluated = span ?? evaluatedYears(year);
  return { projectName, year, evaluated, projectCore: projectName ? nameCore(cleanProjectName(projectName)?.name ?? projectName) : null };
}

export function identify(
  doc: Document,
  settings: Readonly<Settings>,
  segmenter: () => Segmenter = getSegmenter,
  basics: IdentityBasics = identityBasics(doc, settings),
): Identity {
  const { projectName, projectCore, year, evaluated } = basics;
  const fields = unitFields(doc);
  const units: Identity['units'] = {};
  for (const f of fields) if (f.scope === null) units[f.role] ??= f.value;
  const all = places(doc);
  const aliases = settings.unitAliases ?? {};
  return {
    projectName,
    projectCore,
    year,
    evaluated,
    units,
    unitFields: fields,
    mentions: {
      projects: projectMentions(doc, all, segmenter()),
      years: all.flatMap((place) => findYears(place.text).map((y) => ({ ...y, place }))),
      units: all.flatMap((place) => findUnits(place.text, aliases).map((u) => ({ ...u, place }))),
    },
  };
}

/** Canonical key of a unit, for grouping. */
export function unitKey(name: string, aliases: Readonly<Record<string, string>> = {}): string {
  return canonicalUnit(name, aliases).body;
}
