// Targets and actuals of performance indicators ("新增规上企业20家以上，实际新增22家";
// the attachment's 指标值 / 完成情况 / 分值 / 得分 columns), with whether the indicator got full marks.
import type { Settings } from '../../model/settings.js';
import { Decimal } from 'decimal.js';
import type { Document, Paragraph, SpanRef, Table } from '../../model/document.js';
import { cellAt } from '../../structure/grid.js';
import { findYears, rangeOf, type EvaluatedYears } from '../lang/years.js';
import { identityBasics, type IdentityBasics } from '../identity/identity.js';
import { findQuantities, parseQuantity, type FindQuantities, type Quantity } from '../lang/numbers.js';
import { clauseBefore, clauseStart, sentencesOf } from '../lang/boundaries.js';
import { COMPARED, datedElsewhere, openedByAnotherYear, spanYearOpening } from '../lang/other-year.js';
import { POINTS_THEN_SCORE, SCORING_BAND_AFTER } from '../lang/score-words.js';
import { cleanTargetName, indicatorName, targetNamesMatch } from '../lang/indicator-names.js';
import { sourceOf } from '../funding/vocabulary.js';
import type { PartScopes } from '../identity/part-scopes.js';
import { projectParts } from '../identity/part-scopes.js';
import { partLabels, readFunding } from '../funding/funding.js';
import { NOT_AN_INDICATOR, TARGET_MARK, unitFamily } from './kinds.js';
import { runInActuals } from './run-in.js';

export { unitFamily, type UnitFamily } from './kinds.js';

export interface Stated {
  q: Quantity;
  at: SpanRef;
  order: number[];
}

/** What one place (a sentence, a table row) says about one indicator. */
export interface IndicatorStatement {
  name: string;
  origin: 'text' | 'table';
  target: Stated | null;
  actual: Stated | null;
  /** The one year its actual is of ("2024年完成值"); null when it is not said to be one year's. */
  year: number | null;
  /** A table row's name qualified by one year ("优良天数比例（2024年）"): the year of the span its row measures. */
  namedYear?: number;
  /** Did the indicator get full marks here (得分 = 分值, 扣0分)? null = not said. */
  fullMarks: { full: boolean; at: SpanRef; score: string; max: string | null } | null;
}

export interface TargetFacts {
  statements: IndicatorStatement[];
}

const ACTUAL_MARK = /实际|实现|完成(?!率)|达成/;
/** "年内建成投用7个": built is done, unless a target word says it is planned ("计划建成10个"). */
const BUILT_MARK = /建成|投用|落成|竣工/;
/** "林火视频监控点建设数量（5分）：年度目标新建8个…": the indicator a sentence opens with. */
const SENTENCE_LEAD = /^\s*([\u4e00-\u9fffA-Za-z“”"]{3,30}?)(?:（[^）]{0,12}）)?[：:]/;

// ---------------------------------------------------------------- full marks

const DEDUCTED = /扣\s*(\d+(?:\.\d+)?)\s*分/;
const FULL_IN_WORDS = /(?:按|计|给予?|得)满分(?:计?\s*(\d+(?:\.\d+)?)\s*分)?/;
const HEADING_SCORE = /分值\s*(\d+(?:\.\d+)?)\s*分[^）)]*?得分\s*(\d+(?:\.\d+)?)\s*分/;

/**
 * Whether the text around a sentence says its indicator got full marks: "扣0分" in the sentence
 * (a paragraph often scores several indicators, one per sentence), else the nearest heading
 * "（指标分值10分，评价得分10分）".
 */
function fullMarksAround(doc: Document, p: Paragraph, sentence: [number, number]): IndicatorStatement['fullMarks'] {
  const own = p.text.slice(sentence[0], sentence[1]);
  // a sentence that scores itself ("…，得5分") says nothing here about the paragraph's other deductions
  const d = DEDUCTED.exec(own) ?? (/得\s*\d/.test(own) ? null : DEDUCTED.exec(p.text));
  if (d) {
    const full = new Decimal(d[1]).isZero();
    const start = (DEDUCTED.test(own) ? sentence[0] : 0) + d.index;
    return { full, at: { block: p.index, start, end: start + d[0].length }, score: `扣${d[1]}分`, max: null };
  }
  if (/得\s*\d/.test(own)) return givenOfRunIn(p, sentence);
  // "本项按满分计5分", "得满分": full marks in words
  const f = FULL_IN_WORDS.exec(own);
  if (f) {
    const start = sentence[0] + f.index;
    return {
      full: true,
      at: { block: p.index, start, end: start + f[0].length },
      score: f[1] ? `${f[1]}分` : '满分',
      max: null,
    };
  }
  // "本指标满分6分，评价组核定得6分。…按期完工率91.30%": the paragraph's one statement of its indicator's marks
  const stated = [...p.text.matchAll(POINTS_THEN_SCORE)];
  if (stated.length === 1) {
    const m = stated[0];
    const start = m.index! + m[0].lastIndexOf(m[2]);
    return {
      full: new Decimal(m[1]).eq(m[2]),
      at: { block: p.index, start, end: start + m[2].length },
      score: m[2],
      max: m[1],
    };
  }
  for (
    let s = p.sectionId === null ? null : doc.sections[p.sectionId];
    s;
    s = s.parent === null ? null : doc.sections[s.parent]
  ) {
    const h = doc.blocks[s.block];
    if (h.kind !== 'paragraph') continue;
    const m = HEADING_SCORE.exec(h.text);
    if (!m) continue;
    const start = m.index + m[0].lastIndexOf(m[2]);
    return {
      full: new Decimal(m[1]).eq(m[2]),
      at: { block: h.index, start, end: start + m[2].length },
      score: m[2],
      max: m[1],
    };
  }
  return null;
}

/** "5．住院救助比例（权重5分）。指标解释：…": a paragraph opened by its indicator's name and points (group: points). */
const RUN_IN_POINTS =
  /^\s*(?:[（(]?\d{1,2}[)）]|\d{1,2}[、.．])?\s*[\u4e00-\u9fff“”"]{2,30}[（(](?:权重|分值|满分|标准分值?)?[：:]?\s*(\d+(?:\.\d+)?)\s*分[)）]/;

/**
 * "…比例为70.22%，年度目标值为不低于75%，达到目标，得5分。" in a paragraph opened by "5．住院救助比例（权重5分）": the
 * sentence's score against the run-in's points. Null when either is missing or the sentence gives several scores.
 */
function givenOfRunIn(p: Paragraph, sentence: [number, number]): IndicatorStatement['fullMarks'] {
  const points = RUN_IN_POINTS.exec(p.text);
  if (!points) return null;
  const own = p.text.slice(sentence[0], sentence[1]);
  const given = [...own.matchAll(/得\s*(\d+(?:\.\d+)?)\s*分/g)];
  if (given.length !== 1) return null;
  const g = given[0];
  const start = sentence[0] + g.index! + g[0].indexOf(g[1]);
  return {
    full: new Decimal(points[1]).eq(g[1]),
    at: { block: p.index, start, end: start + g[1].length + 1 },
    score: `${g[1]}分`,
    max: points[1],
  };
}

// ---------------------------------------------------------------- sentences

const SKIP_UNITS = /^(?:分|年|月|日|号|时|岁|倍)$/;

/**
 * Whether the figure ending at `end` is a whole whose part the next clause gives: "，其中" and a label that extends
 * the figure's noun ("授权量" → "其中发明专利授权745件": 授权 in both).
 */
function wholeOfPart(text: string, end: number, sentenceEnd: number, name: string): boolean {
  const m = /^[^，,；;。]{0,4}[，,]\s*其中[，,]?\s*([\u4e00-\u9fff]{2,16}?)\s*[\d０-９]/.exec(
    text.slice(end, sentenceEnd),
  );
  if (!m) return false;
  const noun = name.replace(/[量数额]$/, '');
  return noun.length >= 2 && m[1].includes(noun) && m[1].length > noun.length;
}

function statementsFromParagraph(
  doc: Document,
  p: Paragraph,
  out: IndicatorStatement[],
  year: EvaluatedYears | null,
  // actuals in sentences opened by one year of an evaluated span ("2024年全市…比例为88.07%"), with that year
  dated: Array<{ s: IndicatorStatement; year: number }>,
  find: FindQuantities,
): void {
  const text = p.text;
  const qs = find(text);
  if (!qs.length) return;
  const inTargetSection = p.sectionId !== null && /目标/.test(doc.sections[p.sectionId].title);
  for (const [ss, se] of sentencesOf(text)) {
    let marks: IndicatorStatement['fullMarks'] | undefined;
    let prevEnd = ss;
    let lastTarget: IndicatorStatement | null = null;
    let lastActual: IndicatorStatement | null = null;
    const lead = SENTENCE_LEAD.exec(text.slice(ss, se));
    const leadName = lead && !TARGET_MARK.test(lead[1]) && !ACTUAL_MARK.test(lead[1]) ? cleanTargetName(lead[1]) : null;
    for (const q of qs.filter((x) => x.start >= ss && x.end <= se)) {
      const from = clauseStart(text, q.start, prevEnd);
      prevEnd = q.end;
      // a comparator written after the figure ("20家以上") belongs to it; so does the text up to the next break
      const label = text.slice(from, q.start);
      if (!q.unit || SKIP_UNITS.test(q.unit) || !unitFamily(q)) continue;
      if (NOT_AN_INDICATOR.test(label)) continue;
      // "综合核减率5%以内的得满分，5%—10%的扣0.5分": a 评分细则's bands, no target nor actual of the indicator
      if (SCORING_BAND_AFTER.test(text.slice(q.end, se))) continue;
      // "较2023年度的38个增加8个": the figure compared with is another year's
      if (COMPARED.test(clauseBefore(text, q.start, ss))) continue;
      // "市级配套资金到位438万元，到位率91.25%": one source's rate, not the project's 资金到位率
      if (
        /到位率|执行率/.test(label) &&
        sourceOf(text.slice(ss, q.start)) !== null &&
        !/项目|合计|总/.test(clauseBefore(text, q.start, ss))
      )
        continue;
      // "2023年末森林覆盖率76.18%": a figure dated by another year is not this year's actual or target
      // (in a report on a span, a sentence opened by one of its years states that year's actual: kept aside, for a
      // table row named with that year)
      let spanYear: number | null = null;
      if (datedElsewhere(clauseBefore(text, q.start, ss), year)) continue;
      if (openedByAnotherYear(text, ss, q.start, year)) {
        spanYear = spanYearOpening(text, ss, q.start, year);
        if (spanYear === null) continue;
      }
      const name = cleanTargetName(label);
      // "授权量4,352件，其中发明专利授权745件": the figure before "其中X" is the whole X is part of; its noun lacks
      // the part's qualifier, so it is no value of the part's indicator (发明专利授权量) nor, by a shared noun, any other's
      if (wholeOfPart(text, q.end, se, name)) continue;
      const at: SpanRef = { block: p.index, start: q.start, end: q.end };
      const stated: Stated = { q, at, order: [p.index, 0, 0, q.start] };
      const isActual = ACTUAL_MARK.test(label) || (BUILT_MARK.test(label) && !TARGET_MARK.test(label));
      // "计划硬化村内道路4.2公里、安装太阳能路灯230盏": a target word before a list covers every item of it
      let listFrom = q.start;
      while (listFrom > ss && !/[，,。；！？]/.test(text[listFrom - 1])) listFrom--;
      const listTarget =
        TARGET_MARK.test(text.slice(listFrom, q.start)) && !ACTUAL_MARK.test(text.slice(listFrom, q.start));
      const isTarget = !isActual && (q.comparator !== null || TARGET_MARK.test(label) || listTarget || inTargetSection);
      if (marks === undefined) marks = fullMarksAround(doc, p, [ss, se]);
      if (spanYear !== null) {
        if (!isTarget && name.length >= 3)
          dated.push({
            s: { name, origin: 'text', target: null, actual: stated, year: null, fullMarks: marks },
            year: spanYear,
          });
        continue;
      }
      if (isTarget) {
        // "…救助比例为70.22%，年度目标值为不低于75%，达到目标": a clause naming only the target, after an actual of the
        // sentence, is that actual's target ("未达到90%的目标", "超过3,200人的年度目标" compare, naming none)
        if (
          name.length < 2 &&
          TARGET_MARK.test(label) &&
          lastActual &&
          !lastActual.target &&
          unitFamily(lastActual.actual!.q) === unitFamily(q)
        ) {
          lastActual.target = stated;
          continue;
        }
        if (name.length < 2) continue;
        lastTarget = {
          name: leadName && leadName.length >= name.length ? leadName : name,
          origin: 'text',
          target: stated,
          actual: null,
          year: null,
          fullMarks: marks,
        };
        out.push(lastTarget);
        continue;
      }
      // "实际新增22家" after "新增规上企业20家以上": the actual of the target just stated
      if (
        lastTarget &&
        !lastTarget.actual &&
        unitFamily(lastTarget.target!.q) === unitFamily(q) &&
        ((isActual && leadName !== null && lastTarget.name === leadName) ||
          name.length <= 2 ||
          name[name.length - 1] === lastTarget.name[lastTarget.name.length - 1] ||
          lastTarget.name.includes(name))
      ) {
        lastTarget.actual = stated;
        continue;
      }
      if (name.length < 3) continue;
      lastActual = {
        name: leadName && lastTarget?.name === leadName ? leadName : name,
        origin: 'text',
        target: null,
        actual: stated,
        year: null,
        fullMarks: marks,
      };
      out.push(lastActual);
    }
  }
}

// ---------------------------------------------------------------- tables

const NAME_HEAD = /^(?:三级指标|四级指标|指标名称|绩效指标|具体指标|指标内容|指标|细化指标|末级指标)$/;
const TARGET_HEAD =
  /^(?:指标值|目标值|年度目标|目标|年度指标值|年度目标值|预期指标值|预期目标值?|计划值|标准值|评分标准|绩效目标值?|预期目标|指标目标值)$/;
const ACTUAL_HEAD =
  /^(?:完成情况|实际完成值|实际值|完成值|实际完成情况?|实际完成|全年实际完成值|实际指标值|实际达成值)$/;
/** "目标值 | 完成值 | 完成情况": a head naming the value itself, before one that may hold a verdict ("已完成"). */
const ACTUAL_VALUE_HEAD = /^(?:实际完成值|实际值|完成值|全年实际完成值|实际指标值|实际达成值)$/;
const MAX_HEAD = /^(?:分值|权重|标准分值?|满分|指标分值|权重分值?)$/;
const SCORE_HEAD = /^(?:得分|评价得分|实际得分|指标得分|评分|自评得分)$/;

const headText = (s: string) => s.replace(/（[^）]*）|\([^)]*\)|\s/g, '');
/** "2024年目标值", "2023年度完成值": a target or actual column of one year, the year written before it. */
const HEAD_YEAR = /^((?:19|20)\d{2})年度?/;

/**
 * "表36 2022年度绩效目标完成情况表" over a table in a report on 2022—2024 (or on 2024): a caption naming one year, not
 * the one evaluated. The caption is the paragraph right before the table.
 */
function captionOfOneOtherYear(doc: Document, t: Table, year: EvaluatedYears | null): boolean {
  const before = doc.blocks[t.index - 1];
  if (year === null || before?.kind !== 'paragraph' || before.text.length > 60) return false;
  const ys = findYears(before.text);
  return ys.length === 1 && !rangeOf(before.text, ys[0]) && !(year.from === year.to && ys[0].value === year.from);
}

/** "优良天数比例（2024年）": a row's name qualified by the year it is measured in. */
const NAMED_YEAR = /[（(]((?:19|20)\d{2})年度?[)）]$/;

function wholeQuantity(text: string): Quantity | null {
  const t = text.trim();
  if (!t || t.length > 20) return null;
  return parseQuantity(t);
}

function statementsFromTable(t: Table, out: IndicatorStatement[], ofOneOtherYear = false): void {
  for (let r = 0; r < t.rows - 1; r++) {
    const full = (t.grid[r] ?? []).map((id) => headText(t.cells[id].text));
    const yearOf = full.map((h) => HEAD_YEAR.exec(h)?.[1] ?? null);
    const heads = full.map((h) => h.replace(HEAD_YEAR, ''));
    const last = (re: RegExp, before = t.cols, year: string | null | undefined = undefined) => {
      for (let c = Math.min(before, t.cols) - 1; c >= 0; c--)
        if (re.test(heads[c]) && t.cells[t.grid[r][c]].col === c && (year === undefined || yearOf[c] === year))
          return c;
      return -1;
    };
    const targetCol = last(TARGET_HEAD);
    // "2024年目标值 | 2023年完成值 | 2024年完成值": the target pairs with its own year's actual (a target of no
    // year with an actual of none), never with another year's
    // "完成值 | 完成情况": the value's column, not the verdict's ("已完成") beside it
    // (not in a table of one other year, "表36 2022年度绩效目标完成情况表" in a 2022—2024 report: its rows carry no year,
    // and undated actuals are voted together, so that year's values would be voted with the period's)
    const valueCol = targetCol < 0 || ofOneOtherYear ? -1 : last(ACTUAL_VALUE_HEAD, t.cols, yearOf[targetCol]);
    const actualCol = valueCol >= 0 ? valueCol : targetCol < 0 ? -1 : last(ACTUAL_HEAD, t.cols, yearOf[targetCol]);
    if (targetCol < 0 || actualCol < 0) continue;
    let nameCol = last(NAME_HEAD, Math.min(targetCol, actualCol));
    if (nameCol < 0) continue;
    // "评价指标" over "一级指标 | 二级指标 | 三级指标": the deepest level under it names the row
    const spanned = t.cells[t.grid[r][nameCol]];
    if (spanned.colSpan > 1 && r + 1 < t.rows) {
      for (let c = nameCol + spanned.colSpan - 1; c >= nameCol; c--)
        if (/^[一二三四]级指标$/.test(headText(cellAt(t, r + 1, c)?.text ?? ''))) {
          nameCol = c;
          break;
        }
    }
    const scoreCol = last(SCORE_HEAD);
    const maxCol = scoreCol >= 0 ? last(MAX_HEAD, scoreCol) : -1;
    for (let rr = r + 1; rr < t.rows; rr++) {
      const nameCell = cellAt(t, rr, nameCol);
      if (!nameCell || nameCell.row !== rr) continue;
      const name = cleanTargetName(nameCell.text);
      if (name.length < 2) continue;
      const namedYear = NAMED_YEAR.exec(nameCell.text.replace(/\s/g, ''));
      const tc = cellAt(t, rr, targetCol)!;
      const ac = cellAt(t, rr, actualCol)!;
      const target = tc.row === rr ? wholeQuantity(tc.text) : null;
      let actual = ac.row === rr ? wholeQuantity(ac.text) : null;
      if (!target && !actual) continue;
      // "329" under a target "≥280亿": the actual is in the target's unit
      if (actual && !actual.unit && target?.unit) actual = { ...actual, unit: target.unit, scale: target.scale };
      let fullMarks: IndicatorStatement['fullMarks'] = null;
      if (scoreCol >= 0 && maxCol >= 0) {
        const sc = cellAt(t, rr, scoreCol)!;
        const mc = cellAt(t, rr, maxCol)!;
        const s = wholeQuantity(sc.text);
        const m = wholeQuantity(mc.text);
        if (s && m && (!s.unit || s.unit === '分') && (!m.unit || m.unit === '分'))
          fullMarks = {
            full: s.value.eq(m.value),
            at: { block: t.index, cell: { row: rr, col: scoreCol } },
            score: sc.text.trim(),
            max: mc.text.trim(),
          };
      }
      const st = (q: Quantity | null, col: number): Stated | null =>
        q && unitFamily(q) ? { q, at: { block: t.index, cell: { row: rr, col } }, order: [t.index, rr, col, 0] } : null;
      out.push({
        name,
        origin: 'table',
        target: st(target, targetCol),
        actual: st(actual, actualCol),
        year: yearOf[actualCol] === null ? null : Number(yearOf[actualCol]),
        fullMarks,
        ...(namedYear && { namedYear: Number(namedYear[1]) }),
      });
    }
    return;
  }
}

// ---------------------------------------------------------------- the document

const sameSpan = (a: Stated | null, b: Stated | null) =>
  a !== null &&
  b !== null &&
  a.at.block === b.at.block &&
  'start' in a.at &&
  'start' in b.at &&
  a.at.start === b.at.start;

/**
 * The target statements; `identity` and `parts` (whose a figure is within the project) from the fact
 * store, else derived from `settings`.
 */
export function extractTargets(
  doc: Document,
  settings: Readonly<Settings> = {},
  identity: IdentityBasics = identityBasics(doc, settings),
  parts: PartScopes = projectParts(doc, identity, partLabels(readFunding(doc, identity))),
  find: FindQuantities = findQuantities,
): TargetFacts {
  const statements: IndicatorStatement[] = [];
  const { evaluated: year } = identity;
  const dated: Array<{ s: IndicatorStatement; year: number }> = [];
  for (const b of doc.blocks) {
    if (b.kind === 'paragraph') {
      if (b.role === 'toc' || b.role === 'title') continue;
      statementsFromParagraph(doc, b, statements, year, dated, find);
    } else statementsFromTable(b, statements, captionOfOneOtherYear(doc, b, year));
  }
  // "2024年全市…优良天数比例为88.07%" beside the row "优良天数比例（2024年）": that row's actual, stated again
  const rowsOfYear = statements.filter((s) => s.origin === 'table' && s.namedYear !== undefined);
  for (const d of dated)
    if (rowsOfYear.some((r) => r.namedYear === d.year && (r.name === d.s.name || targetNamesMatch(r.name, d.s.name))))
      statements.push(d.s);
  // "C1-2公益性岗位安置人数（权重4分）：2024年末在岗197人": read as the run-in indicator's actual, not as whatever the
  // words before the figure name
  const runIn = runInActuals(
    doc,
    statements.filter((s) => s.origin === 'table'),
    year,
    (p, sentence) => fullMarksAround(doc, p, sentence),
  );
  // a figure read already under the words before it is read once: as that statement's when it names the same
  // indicator, else as the run-in indicator's (the other statement keeps its target, if it has one)
  const read = [...statements];
  for (const r of runIn) {
    const k = read.findIndex((s) => s.origin === 'text' && sameSpan(s.actual, r.actual));
    if (k < 0) read.push(r);
    else if (indicatorName(read[k].name).key === indicatorName(r.name).key) continue;
    else if (read[k].target) read.splice(k, 1, { ...read[k], actual: null }, r);
    else read.splice(k, 1, r);
  }
  // a township's or a sample's own figures in the text ("城关镇…受益人口19,640人") are not the project's
  // indicator: the project's target or actual is stated for the whole
  // "住院救助政策范围内自付费用救助比例为70.22%" beside the target table's row 住院救助比例: the part's word
  // (住院救助) is the indicator's own name, not a part the figure belongs to
  const rows = read.filter((s) => s.origin === 'table').map((s) => s.name);
  const own = (st: Stated | null, name: string) => {
    if (!st || !('start' in st.at)) return true;
    const part = parts.of(st.at.block, st.at.start);
    if (part === null) return true;
    const word = part.replace(/^part:/, '');
    return word !== part && rows.some((r) => r.includes(word) && targetNamesMatch(r, name));
  };
  return {
    statements: read.filter((s) => s.origin === 'table' || (own(s.target, s.name) && own(s.actual, s.name))),
  };
}
