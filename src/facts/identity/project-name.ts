// The evaluated project's name and year as the title, the cover and the attachment's
// 项目名称 write them, without 关于, unit, year and report words.
import type { Cell, Document, Table } from '../../model/document.js';
import { figureScopes } from './programme-scopes.js';
import { nameCore } from '../lang/project-names.js';
import { findUnits } from './units.js';
import { findYears, type EvaluatedYears } from '../lang/years.js';
import { FIRST_DAY, LAST_DAY } from '../lang/dates.js';
import { PERIOD_KEY, PROJECT_NAME_KEY, YEAR_KEY } from '../lang/cover-keys.js';

// ------------------------------------------------------------------ the project name

const REPORT_WORDS =
  // 专项资金 / 资金 before 绩效评价报告 are the name's own tail ("学生资助专项资金绩效评价报告"); 政策 right before
  // them ("…补助经费政策绩效评价报告", "…政策和专项资金绩效评价报告") is the kind of evaluation, a policy's
  // name keeps it where a word follows ("政策性农业保险保费补贴项目绩效评价报告")
  /(?:的)?(?:政策(?:和|及|与)?(?:专项资金)?)?(?:(?:部门|整体|项目支出|支出|财政重点|重点)?(?:绩效)?(?:自评|评价|评估|考评|评级)?(?:报告|结果|表)|(?:财政重点|重点)?(?:绩效)?(?:自评|评价|评估))$/;

/** "<unit>2024年度单位整体" / "<unit>2022—2024年度部门整体" (the report words already off): a unit's whole spending of a year or span. */
const WHOLE_UNIT =
  /^[\u4e00-\u9fff（）]{2,40}?((?:19|20)\d{2})年?(?:\s*[-—–~～至到]\s*((?:19|20)\d{2})年)?度?((?:单位|部门)整体)$/;

/** A name as a title or name field writes it, without "关于", unit, year and report words. */
export function cleanProjectName(
  s: string,
): { name: string; year: number | null; span: EvaluatedYears | null; place: string | null } | null {
  let t = s.replace(/\s/g, '').replace(/^(?:附件\d*[：:]?|项目名称[：:]?|关于)/, '');
  // a note after the report words, its subtitle line ("…自评报告（含部门整体支出绩效自评表）", "…报告（送审稿）"):
  // what the report holds or its draft, no part of the name (a bracket with a year says which years: kept)
  t = t.replace(/(报告|自评表|评价表)（[^（）\d]*）$/, '$1');
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
  // "石阡县2023年度…": a place before the year is no part of the name (but the project's place: kept apart)
  const placeBeforeYear =
    /^(?:[\u4e00-\u9fff]{1,8}?(?:省|自治区|市|自治州|州|盟|县|区|旗|镇|乡|街道))+(?=(?:19|20)\d{2}(?:年|\s*[-—–~～至到]))/.exec(
      t,
    );
  const place = placeBeforeYear ? placeBeforeYear[0] : null;
  if (place) t = t.slice(place.length);
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
  if (core.length >= 2 && /^[\u4e00-\u9fff（）]+$/.test(t)) return { name: t, year, span, place };
  // "重庆市綦江区人民医院2022—2024年度单位整体支出": a whole unit's report names the unit (any institution, not only
  // a body findUnits knows), then the year or span it evaluates, then the kind, its "name" as "部门整体" is
  const whole = WHOLE_UNIT.exec(t);
  if (!whole) return null;
  const [from, to] = [Number(whole[1]), whole[2] ? Number(whole[2]) : null];
  if (to !== null && from >= to) return null;
  return { name: whole[3], year: to === null ? from : null, span: to === null ? null : { from, to }, place: null };
}

/**
 * The comparable core of a name as a title, a field or the config writes it ("泰安市2024年度竞技体育后备人才培养项目"
 * → 竞技体育后备人才培养): cleaned of place, year, unit and report words, then of its generic tail.
 */
export function projectCoreOf(written: string): string {
  return nameCore(cleanProjectName(written)?.name ?? written);
}

/** The cell right of a label cell in the same row, if it holds text. */
export function valueRightOf(t: Table, label: Cell): Cell | null {
  const row = t.grid[label.row];
  for (let c = label.col + label.colSpan; c < t.cols; c++) {
    const cell = t.cells[row[c]];
    if (cell && cell !== label && cell.text) return cell;
  }
  return null;
}

/** A cell that is one figure: 1,800.00, 97.14%, 17. */
const FIGURE = /^\s*[-−]?[\d,]+(?:\.\d+)?\s*%?\s*$/;

/** The distinct cells of a row, left to right. */
function rowCells(t: Table, r: number): Cell[] {
  return t.grid[r].map((id) => t.cells[id]).filter((c, i, a) => a.indexOf(c) === i);
}

/**
 * A label that heads a column of a list ("项目名称 | 实施单位 | 年初预算 | …" over one programme a row), not a
 * field of a form ("项目名称 | X"): its row has three cells or more and no figure ("2023年执行" is a column's
 * name), and two rows below or more are laid out like it, each with a name under it and a figure beside.
 */
function headsAList(t: Table, label: Cell): boolean {
  const head = rowCells(t, label.row);
  if (head.length < 3 || head.some((c) => FIGURE.test(c.text))) return false;
  const starts = (cells: Cell[]) => cells.map((c) => c.col).join(',');
  let rows = 0;
  for (let r = label.row + label.rowSpan; r < t.rows && rows < 2; r++) {
    const cells = rowCells(t, r);
    const under = t.cells[t.grid[r][label.col]];
    if (starts(cells) === starts(head) && under.row === r && under.text && cells.some((c) => FIGURE.test(c.text)))
      rows++;
  }
  return rows >= 2;
}

interface NameSource {
  name: string;
  year: number | null;
  span: EvaluatedYears | null;
  /** The place written before the year ("舒城县2022—2024年…"), cleaned off the name. */
  place: string | null;
  from: 'cover' | 'title' | 'table';
}

export function nameSources(doc: Document): NameSource[] {
  const out: NameSource[] = [];
  // a department's report with its programmes' forms: their 项目名称 names a programme, not the report's object
  const scopeOf = figureScopes(doc);
  for (const f of doc.cover) {
    if (!PROJECT_NAME_KEY.test(f.key)) continue;
    const n = cleanProjectName(f.value);
    if (n) out.push({ ...n, from: 'cover' });
  }
  if (doc.title) {
    const n = cleanProjectName(doc.title);
    if (n) out.push({ ...n, from: 'title' });
  }
  for (const t of doc.tables) {
    for (const c of t.cells) {
      if (!/^项目名称[：:]?$/.test(c.text) || scopeOf(t.index) !== null || headsAList(t, c)) continue;
      const v = valueRightOf(t, c);
      const n = v && cleanProjectName(v.text);
      if (n) out.push({ ...n, from: 'table' });
    }
  }
  return out;
}

// ------------------------------------------------------------------ the year

// a period field of whole years: from a year's first day to a year's last (lang/dates.ts FIRST_DAY, LAST_DAY)
const WHOLE_YEARS = new RegExp(
  String.raw`^((?:19|20)\d{2})年(?:${FIRST_DAY})?(?:度)?\s*(?:至|到|[-—–~～])\s*((?:19|20)\d{2})年(?:${LAST_DAY}|度)?$`,
);
const WHOLE_YEAR = new RegExp(String.raw`^((?:19|20)\d{2})年${FIRST_DAY}(?:至|到|[-—~～])\1年${LAST_DAY}$`);

/** "评价期间：2021年1月1日至2024年12月31日" / "2021—2024年": a span of whole years on the cover. */
export function spanFromCover(doc: Document): EvaluatedYears | null {
  for (const f of doc.cover) {
    if (!PERIOD_KEY.test(f.key) && !YEAR_KEY.test(f.key)) continue;
    const m = WHOLE_YEARS.exec(f.value);
    if (m && Number(m[1]) < Number(m[2])) return { from: Number(m[1]), to: Number(m[2]) };
  }
  return null;
}

export function yearFromCover(doc: Document): number | null {
  for (const f of doc.cover) {
    if (!YEAR_KEY.test(f.key)) continue;
    const y = findYears(f.value)[0];
    if (y) return y.value;
  }
  for (const f of doc.cover) {
    if (!PERIOD_KEY.test(f.key)) continue;
    // a whole year (2024年1月1日至2024年12月31日) or "2024年度"
    const whole = WHOLE_YEAR.exec(f.value);
    if (whole) return Number(whole[1]);
    const y = /^((?:19|20)\d{2})年度$/.exec(f.value);
    if (y) return Number(y[1]);
  }
  return null;
}

/**
 * The year most name sources give (cover, title, attachment); on a tie the title's, then the
 * cover's: one stale source ("2022年度…" on the cover of a 2023 report) does not set the year.
 */
export function votedYear(sources: NameSource[]): number | null {
  const dated = sources.filter((s) => s.year !== null);
  if (!dated.length) return null;
  const votes = new Map<number, number>();
  for (const s of dated) votes.set(s.year!, (votes.get(s.year!) ?? 0) + 1);
  const top = Math.max(...votes.values());
  const rank = (s: NameSource) => (s.from === 'title' ? 0 : s.from === 'cover' ? 1 : 2);
  return [...dated].filter((s) => votes.get(s.year!) === top).sort((a, b) => rank(a) - rank(b))[0].year;
}
