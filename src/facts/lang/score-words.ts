// Score figures in a piece of text and what each one states, from the words
// right before it: "指标分值20分" / "共35分" / "满分10分" → 分值, "评价得分18分" /
// "得8分" / "得分为4分" → 得分, "扣2分" → 扣分, "得分率66.43%" → 得分率, "权重20%" → 权重.
import { findQuantities, type FindQuantities, type Quantity } from '../lang/numbers.js';

export type ScoreKind = '分值' | '得分' | '扣分' | '得分率' | '权重' | '等级';

export interface ScoreMention {
  kind: ScoreKind;
  q: Quantity;
  /** The words before the figure that name its kind (for messages). */
  label: string;
}

const CLAUSE_START = /[，,。；;、：:（(）)\s]/;

const KIND_BY_LABEL: [RegExp, ScoreKind, '分' | '%' | 'any'][] = [
  [/扣(?:除|减)?(?:了)?$/, '扣分', '分'],
  [/得分率(?:为|是|达|达到)?$/, '得分率', '%'],
  [/权重(?:分值)?(?:为|是)?$/, '权重', '%'],
  [/(?:得分|得|评分|自评|自评得分|核定得分)(?:为|是|了)?$/, '得分', '分'],
  [/(?:分值|满分|满分值|标准分|标准分值|总分值|权重|权重分|共|共计|合计|总计|计)(?:为|是|设)?$/, '分值', '分'],
];

/**
 * "评分标准：目标合理得2分；目标值偏低的扣0.5—1分。评价情况：…该指标得1.5分。": a run-in's scoring rule, written
 * after its label up to the 。 or the next label ("评价情况：") — its bands and full marks, never the score given
 * (the cells of a 评分标准 column likewise: indicators/table-heads.ts CRITERIA_HEAD).
 */
const CRITERION_LABEL = /(?:评分标准|评分细则|评分要点|评分办法|评价标准|评分依据)[：:]/g;

/** [start, end) of each scoring rule written after its label in `text` (normalized). */
export function criterionSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(CRITERION_LABEL)) {
    const from = m.index! + m[0].length;
    let to = from;
    while (to < text.length && !/[。：:\n]/.test(text[to])) to++;
    out.push([from, to]);
  }
  return out;
}

const inSpans = (spans: Array<[number, number]>, at: number) => spans.some(([a, b]) => at >= a && at < b);

/** The score figures in `text` (normalized), each with its kind. */
export function scoreMentions(text: string, find: FindQuantities = findQuantities): ScoreMention[] {
  const out: ScoreMention[] = [];
  const criteria = criterionSpans(text);
  for (const q of find(text)) {
    if (q.unit !== '分' && q.unit !== '%') continue;
    if (inSpans(criteria, q.start)) continue;
    let from = q.start;
    while (from > 0 && q.start - from < 14 && !CLAUSE_START.test(text[from - 1])) from--;
    const label = text.slice(from, q.start);
    // "三项指标各得5分", "均扣0.5分": each of several items, not the indicator's own figure
    if (/(?:各|均|分别|每项|每个)(?:得|扣除?|扣减|计)$/.test(label)) continue;
    // "每有1个项目未按期完工扣1分", "每低1个百分点扣0.4分": a scoring rule, not a deduction made
    if (/每/.test(label)) continue;
    for (const [re, kind, unit] of KIND_BY_LABEL) {
      if (!re.test(label)) continue;
      // 权重20% is a weight, 权重20分 a 分值
      if (unit !== 'any' && q.unit !== unit) continue;
      out.push({ kind, q: kind === '分值' || kind === '得分' || kind === '扣分' ? asPoints(q) : q, label });
      break;
    }
  }
  return out;
}

/**
 * The text after a figure that makes it a band of a scoring rule (评分细则), neither a target nor an actual:
 * "综合核减率5%以内的得满分", "5%—10%的扣0.5分" (docx2txt writes "5% -- 10%"), "10%以上扣1分", "95%（含）以上的
 * 得满分". A range, a comparator or 的 / 者 must come between the figure and its points: "完成率100%得满分" may be an
 * actual with its score, and "实际开工率100%，该项指标扣0分" is one.
 */
export const SCORING_BAND_AFTER =
  /^\s*(?:(?:--|—|–|-|~|～|至|到)\s*\d+(?:\.\d+)?\s*[%％]?\s*(?:[（(]含[)）])?(?:的|者)?|(?:[（(]含[)）])?(?:及以上|及以下|及以内|以上|以下|以内)(?:[（(]含[)）])?(?:的|者)?|的|者)\s*(?:得满分|得\s*\d|扣除?\s*\d|不得分|计\s*\d)/;

/** "得满分" / "给予满分": full marks without a figure. Offsets of each. */
export function fullMarksMentions(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const criteria = criterionSpans(text);
  const re = /(?:得|给予?|获得?)满分/g;
  for (let m = re.exec(text); m; m = re.exec(text))
    if (!inSpans(criteria, m.index)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** Points written as a whole number are counted, not rounded: "得12分" is exactly 12 (no ±0.5 interval). */
export const EXACT_DECIMALS = 8;
export function asPoints<T extends { decimals: number }>(q: T): T {
  return q.decimals === 0 ? { ...q, decimals: EXACT_DECIMALS } : q;
}

/** "项目综合得分92.5分", "自评得分96.85分", "评价得分…": the words that introduce the overall score. */
export const OVERALL_SCORE_LABEL = /总得分|综合得分|总分|评价得分|最终得分|自评得分/;

/** "共扣", "共计得", "合计", "总得分": the total's word an indicator's score may open with. */
const TOTAL_WORD = '(?:共计?|总|合计)';
/** "扣", "扣除", "得", "得分", "分值", "满分", "评价得分", "实际得分", "自评": what a figure after an indicator's name states. */
const SCORE_WORD = '(?:扣除?|得分?|分值|满分|评价得分|实际得分|自评)';

/**
 * "产出质量指标共扣0分", "X项评价得分…", "X指标得分情况": an indicator's name (group 1, up to the punctuation before
 * it) and the words that open the score a sentence gives it (indicators/narrative.ts places the sentence's scores by it).
 */
export const NAME_BEFORE_SCORE = new RegExp(`([^，,。；;：:、\\s]{2,24}?)(?:指标|项)${TOTAL_WORD}?${SCORE_WORD}`);

/**
 * "部门管理指标分值20分，得分19.5分；履职效能指标分值50分…": a clause opened by an indicator's name, 指标 and the
 * word of its figure (group 1: the name). The clause names its indicator itself, wherever it stands.
 */
export const CLAUSE_OPENING_NAME = new RegExp(
  `^\\s*(?:其中[，,]?)?([\\u4e00-\\u9fff]{2,16}?)指标${TOTAL_WORD}?${SCORE_WORD}`,
);

/** "部门管理得分19.5分", "社会效应共扣1分": what follows a bare name that says the score after it is that indicator's. */
export const SCORE_AFTER_NAME = new RegExp(`^${TOTAL_WORD}?(?:扣除?|得分?)(?:为|是)?\\s*\\d`);

/**
 * "X指标共扣N分", "X指标共35分", "X指标得分为N分", "X指标分值N分": an indicator's name (group 1, Chinese only) right
 * before its figure, the score words optional (text/label-mismatch reads which name a closing sentence writes).
 */
export const NAME_BEFORE_FIGURE = new RegExp(
  `([\\u4e00-\\u9fff]{2,16}?)指标(?=${TOTAL_WORD}?${SCORE_WORD}?(?:为)?\\d)`,
  'g',
);

/**
 * "绩效指标明确性得", "预算执行率指标扣": a score mention's label (ScoreMention.label) that is an indicator's bare name
 * straight before its 得/扣 (group 1: the name, Chinese only, without 指标/项).
 */
export const NAME_THEN_SCORE_WORD = /([\u4e00-\u9fff]{2,16}?)(?:指标|项)?(?:得分?|扣除?)(?:为|是|了)?$/;

/**
 * "该项指标", "本项指标", "上述指标", "其他指标", "三级指标", "单项指标": the words before 指标 that point back at an
 * indicator or count a level, naming none (what NAME_BEFORE_SCORE and NAME_BEFORE_FIGURE read may be one of them).
 */
export const NO_INDICATOR_NAME =
  /^(?:该项?|本项?|此项?|各项?|上述|以上|各|其他|该项目|本项目|一级|二级|三级|四级|单项)$/;

/**
 * "其中产出指标50分、效益指标30分": an indicator's points followed by the next item of a list (or the item before it
 * ending in "、") enumerate the indicators — no sentence closing one of them. ENUMERATION_AFTER reads the text right
 * after the name's 指标, ENUMERATION_BEFORE the text right before the name.
 */
export const ENUMERATION_AFTER = /^[\d.]+分[、，,和及]/;
export const ENUMERATION_BEFORE = /、$/;

/** "，其中决策17.1分、过程17.3分": the words that open a list of the parts' scores right after the whole's. */
const LIST_AFTER_SCORE = /^\s*[，,]\s*其中[：:]?\s*/;
/** "决策", "过程指标", "产出得", "效益为": one item's name before its figure (group 1, without 指标 and the score word). */
const LISTED_NAME = /^([\u4e00-\u9fff]{2,12}?)(?:指标)?(?:得分为?|得|为)?$/;
/** "、", "，", "；", "和": between two items; a bracket may close one ("17.1分（满分20分），"). */
/** "决策指标满分", "得分": a points or score word where the name should stand — an item of another kind of list. */
const NOT_A_LISTED_NAME = /满分|分值|得分|扣|总分|权重/;
const LIST_SEPARATOR = /^(?:[（(][^（()）]*[)）])?\s*[、，,；;和及]\s*/;

/** One item of a list of scores: the name as written (without 指标) and its figure, in points. */
export interface ListedScore {
  name: string;
  q: Quantity;
}

/**
 * "综合得分86.1分，其中决策17.1分、过程17.3分、产出26.6分、效益25.1分，评价等级为“良”": the items of a list of scores
 * opened by 其中 straight after the whole's figure (ending at `from`), up to the first piece that is no "<name>N分"
 * (the grade). Empty when no such list follows. Which indicators the names are is the caller's to judge.
 */
export function listedScores(text: string, from: number): ListedScore[] {
  const open = LIST_AFTER_SCORE.exec(text.slice(from));
  if (!open) return [];
  const qs = findQuantities(text).filter((q) => q.start >= from);
  const out: ListedScore[] = [];
  let at = from + open[0].length;
  for (;;) {
    const q = qs.find((x) => x.start >= at);
    if (!q || q.unit !== '分') break;
    const m = LISTED_NAME.exec(text.slice(at, q.start));
    if (!m || NOT_A_LISTED_NAME.test(m[1])) break;
    out.push({ name: m[1], q: asPoints(q) });
    const sep = LIST_SEPARATOR.exec(text.slice(q.end));
    if (!sep) break;
    at = q.end + sep[0].length;
  }
  return out;
}

/** "满分40分", "分值10分", "权重20分": the word right before a figure says it is an indicator's points. */
export const POINTS_WORD = /(?:满分|分值|总分|标准分|权重)(?:为|是|:|：)?$/;

/** "得37.86分", "得分为9分": the word right before a figure says it is the score given. */
export const SCORE_GIVEN_WORD = /得(?:分)?(?:为|是|:|：)?$/;

/** "得分率94.65%": the word right before a figure says it is a score as a share of the points. */
export const SCORE_RATE_WORD = /得分率(?:为|是|达到?|:|：)?$/;

/** "本指标满分6分，评价组核定得6分": points and the score given in one clause (groups: points, score). */
export const POINTS_THEN_SCORE = /(?:满分|分值)\s*(\d+(?:\.\d+)?)\s*分[，,]?[^。；，,]{0,8}?得\s*(\d+(?:\.\d+)?)\s*分/g;

/** "①资金到位及时（1分）②拨付规范（0.5分）": the points one item of a scoring standard is worth (group: points). */
export const CRITERIA_POINT = /[（(]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]/g;

/** "（一）项目决策（分值20分，得分18.5分）": a heading's or contents entry's points and score (groups: points, score). */
export const POINTS_AND_SCORE =
  /(?:分值|满分|权重)\s*(\d+(?:\.\d+)?)分?[，,、;；\s]*(?:评价)?得分\s*(\d+(?:\.\d+)?)分?/;
