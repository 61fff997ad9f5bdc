// Project and fund names: where a mention of "…项目 / …经费 / …资金 / …专项" starts
// (found with word segmentation), its comparable core, and how close two names are.
import { distance } from 'fastest-levenshtein';
import type { Segmenter } from '../../model/rule.js';
import { findUnits } from '../identity/units.js';
import { findYears } from './years.js';
import { openingPlaces, PLACE_PART, placeBefore } from './places.js';
import { soundsLike } from './sounds.js';

/**
 * Words that end a project or fund name, possibly chained (经费项目, 资金项目, 专项资金); 专项 of "专项债券" is the
 * bond's word after a name ("X项目专项债券本息"), not the name's tail.
 */
const NAME_END_WORD = '专项资金|补助资金|专项经费|工作经费|专项(?!债)|资金|经费|项目';
const NAME_END = new RegExp(`(?:${NAME_END_WORD})+`, 'g');
/**
 * End words that are common nouns too ("工程量", "管网工程", "工程监理", "注册造价工程师"): a name end only in a report
 * whose own name ends in one ("五华县城镇污水管网建设及提质增效工程"), and there only for a name a place opens
 * ("兴宁市城区雨污分流改造工程") or dates after its place ("五华县2021年城镇…工程"), or the own name itself.
 */
const COMMON_NOUN_END = /工程$/;
const COMMON_NOUN_NAME_END = new RegExp(`(?:${NAME_END_WORD}|工程)+`, 'g');
/** Conjunctions that may join the parts of one name ("管网建设及提质增效工程") where the own name holds them. */
const JOINING_WORDS = ['和', '与', '及', '以及'];
/** A title that ends as a project or fund name does ("…建设项目", "动物防疫补助经费"): the same end words. */
const NAME_END_AT_END = new RegExp(`(?:${NAME_END.source})$`);
export const endsAsProjectName = (text: string): boolean => NAME_END_AT_END.test(text);
/** "全县安排同类农村饮水安全巩固提升资金预算…": the report itself says the name is another fund of the kind. */
export const ANOTHER_OF_ITS_KIND = /(?:同类|类似|其他|原有?)的?$/;

/** Generic tail words a name may carry or drop without becoming another name (工作经费项目 = 工作经费资金项目). */
const GENERIC_TAIL = /(?:专项|补助|奖补|资金|经费|项目)+$/;
/**
 * A tail that says "funds" twice ("工作经费资金项目"): the same name as 工作经费项目, but written wrong where the
 * project's own name does not itself end so.
 */
export const DOUBLED_FUND_WORD = /经费资金|资金经费/;

/** A word that ends a unit name standing before a project name. */
const UNIT_WORD = /^(?:[\u4e00-\u9fff]*(?:局|委员会|政府)|[\u4e00-\u9fff]+委|委)$/;

/**
 * What follows a name inside a firm's or a unit's name: "…项目管理咨询有限公司", "…项目建设管理中心", "…项目办公室",
 * "…工程建设指挥部".
 */
const UNIT_AFTER_NAME =
  /^(?:(?:管理|咨询|策划|评估)?(?:咨询)?(?:服务)?(?:有限(?:责任)?公司|公司|事务所|中心)|(?:建设|管理|服务|推进|实施)*(?:中心|办公室|管理处|管理局|指挥部|领导小组))/;

/** Words that say what kind of project a name is, not which: "政府投资建设项目", "基础设施建设项目". */
const KIND_ONLY = /^(?:政府|投资|建设|基本|基础设施|公益性|经营性|新建|续建|改扩建|在建)+$/;

/** Words before a name that are not part of it: verbs, prepositions, determiners. */
const STOP_WORDS = new Set(
  (
    '选择 对 对于 实施 开展 关于 根据 按照 依据 为 是 将 该 本 此 其 在 和 与 及 以及 或 等 的 了 各 做好 完成 进行 通过 综合 ' +
    '客观 评价 加强 有 特 设立 设 新增 推进 支持 使用 安排 下达 拨付 申报 组织 落实 下设 包括 涉及 属于 作为 即 从 由 向 于 ' +
    '把 被 给 共 全部 所有 有些 很多 部分 同类 相关 其他 其它 内部 一次性 经常性 重点 重大 上述 以上 以下 年度 当年 本年 本级 ' +
    '全年 全县 全市 县级 市级 省级 中央 财政 扶持 预算 实际 计划 到位 结余 配套 所需 需要 用于 利用 围绕 针对 涉及 明确 保障 ' +
    '采用 采取 运用 参照 参考 结合 借鉴 套用 自评 本次 ' +
    // who does the work ("负责文化生态保护区项目评价"): a verb, not the start of a name
    '负责 承担 参与 牵头 协助 分管 主管 ' +
    // what is done to it ("于2021年启动X项目前期工作", "确保X项目专项债券本息按期偿还")
    '启动 确保'
  ).split(' '),
);

/** Stop words that are also nouns of names: 改善计划, 民生保障, 产业扶持, 城市更新重点. */
const SOFT_STOP = new Set(['计划', '保障', '扶持', '重点', '重大', '财政']); // 财政: "一事一议财政奖补项目"

export interface NameMention {
  /** The name as written, from its first word to the end of its tail (一 year or unit prefix not included). */
  name: string;
  start: number;
  end: number;
  /** A year written right before the name (2024年工业…), if any. */
  yearPrefix: { value: number; start: number; end: number } | null;
  /** A unit written right before the name (工信局…), if any. */
  unitPrefix: { text: string; start: number; end: number } | null;
}

/** The core of a name for comparison: no year, no unit, no generic tail, no spaces. */
export function nameCore(name: string): string {
  let s = name.replace(/\s/g, '');
  s = s.replace(/^(?:(?:19|20)?\d{2}年度?|[一二][〇零○九][〇零○一二三四五六七八九]{2}年度?)/, '');
  return s.replace(GENERIC_TAIL, '');
}

/** The longest run of characters before a tail that can still belong to one name. */
const MAX_NAME = 40;

/**
 * Every project/fund name mention in a text, its left boundary found by segmentation. `ownName` (the title's) lends
 * its end word when that is a common noun (工程) and its conjunctions ("建设及提质增效") to the names read.
 */
export function findNameMentions(text: string, seg: Segmenter, ownName: string | null = null): NameMention[] {
  const out: NameMention[] = [];
  const years = findYears(text).sort((a, b) => a.after - b.after);
  const yearEndingAt = new Map(years.map((y) => [y.after, y]));
  const commonEnd = ownName !== null && COMMON_NOUN_END.test(ownName);
  const joining = new Set(commonEnd ? JOINING_WORDS.filter((w) => ownName.includes(w)) : []);
  const ownBare = commonEnd ? withoutPlace(ownName, openingPlaces(ownName)) : '';
  let yi = 0; // years before the current tail: matches come in order, so one pass
  for (const m of text.matchAll(commonEnd ? COMMON_NOUN_NAME_END : NAME_END)) {
    const tailStart = m.index!;
    let end = tailStart + m[0].length;
    // "项目项目": a duplicated tail is a typo, not part of the name
    while (/项目项目$/.test(text.slice(tailStart, end))) end -= 2;
    // the words before the tail, back to punctuation, a digit or a year; a name is
    // never longer than MAX_NAME, so the walk back is bounded (no quadratic scan)
    let clauseStart = tailStart;
    while (clauseStart > 0 && tailStart - clauseStart < MAX_NAME && /[\u4e00-\u9fff]/.test(text[clauseStart - 1]))
      clauseStart--;
    while (yi < years.length && years[yi].after <= tailStart) yi++;
    if (yi > 0 && years[yi - 1].after > clauseStart) clauseStart = years[yi - 1].after;
    const words = seg.cut(text.slice(clauseStart, tailStart));
    let start = tailStart;
    let unitPrefix: NameMention['unitPrefix'] = null;
    for (let i = words.length - 1; i >= 0; i--) {
      const w = words[i];
      // "计划资金" is no name, "营养改善计划专项资金" is: a soft stop word is part of the name
      // when a content word comes before it
      // "各设区市资金": each one's money, a part of the project's, never another project's name
      if (/^各./.test(w)) break;
      if (
        STOP_WORDS.has(w) &&
        !joining.has(w) &&
        !(SOFT_STOP.has(w) && i > 0 && !STOP_WORDS.has(words[i - 1]) && !UNIT_WORD.test(words[i - 1]))
      )
        break;
      if (UNIT_WORD.test(w)) {
        // "工信局", or a known unit cut into several words (信丰县/工业/和/信息化局)
        const before = text.slice(clauseStart, start);
        const known = findUnits(before).find((u) => u.end === before.length);
        let us = start - (known ? known.text.length : w.length);
        if (!known && i > 0 && /[县市区省]$/.test(words[i - 1])) us -= words[i - 1].length;
        unitPrefix = { text: text.slice(us, start), start: us, end: start };
        break;
      }
      start -= w.length;
    }
    if (start === tailStart) continue;
    // "项目单位", "项目负责人": a field label, not a name
    if (/^(?:单位|负责人|类型|名称|时间)/.test(text.slice(end))) continue;
    // "湖北楚衡项目管理咨询有限公司": a firm whose name holds 项目, not a project; "五华县城乡污水处理项目建设管理中心",
    // "X项目办公室": a unit's
    if (UNIT_AFTER_NAME.test(text.slice(end))) continue;
    // "政府投资建设项目绩效评价模板": a kind of project, no one project's name
    if (KIND_ONLY.test(text.slice(start, tailStart))) continue;
    const y = yearEndingAt.get(unitPrefix ? unitPrefix.start : start) ?? yearEndingAt.get(start);
    const name = text.slice(start, end);
    if (commonEnd && !endsAsProjectName(name)) {
      const placed = openingPlaces(name) !== null || (y !== undefined && placeBefore(text.slice(0, y.start)) !== null);
      // "完成管网工程建设", "工程量": the common noun, not a name
      if (!placed && name !== ownBare && name !== ownName) continue;
    }
    out.push({
      name,
      start,
      end,
      yearPrefix: y ? { value: y.value, start: y.start, end: y.after } : null,
      unitPrefix,
    });
  }
  return out;
}

/**
 * The words a name ends in, possibly chained ("…专项资金", "…安居工程专项资金"): a slip in one of them ends the name
 * where NAME_END cannot see it.
 */
const SUFFIX_WORDS = ['资金', '项目', '经费', '专项', '工程', '补助'];

/**
 * Real words one character off a suffix word that may follow a name ("就业补助专户", "…项目经办"), which the
 * segmenter's trimmed dictionary does not hold; with the dictionary's own (资料, 资格, 基金, 事项…) never a slip.
 */
const NEAR_SUFFIX_WORDS = new Set(
  (
    '资方 资信 押金 定金 订金 本金 税金 股金 礼金 酬金 罚金 赏金 佣金 美金 项下 项数 项次 项链 条目 细目 帐目 要目 ' +
    '经办 经手 经销 经纪 经年 经久 付费 缴费 运费 会费 路费 电费 水费 税费 规费 工费 差费 旅费 杂费 专款 专属 专户 ' +
    '专班 专刊 专长 专案 专车 专柜 专营 专责 强项 弱项 分项 逐项 本项 进项 用项 缺项 漏项 子项 细项 要项'
  ).split(' '),
);

/** Where the own name is written with one character of a suffix word slipped ("就业补助资全" for 就业补助资金). */
export interface NameSlip {
  /** Where the slipped word starts. */
  start: number;
  written: string;
  meant: string;
  /**
   * The slip is itself a word ("鞍山市科技创新转向资金": 转向 for 专项, the same sound typed wrong), read only before
   * the rest of the own name's suffix words: the document's counts tell it from a phrase (mentions.ts).
   */
  word?: true;
}

/** The suffix words a name ends in, in order: 城镇保障性安居工程专项资金 → 工程, 专项, 资金. */
function suffixWordsOf(name: string): string[] {
  const out: string[] = [];
  for (let rest = name; ; ) {
    const w = SUFFIX_WORDS.find((s) => rest.endsWith(s));
    if (!w) return out;
    out.unshift(w);
    rest = rest.slice(0, -w.length);
  }
}

/**
 * Every place a text writes the project's own name (`ownName`, as cleaned from the title: 就业补助资金) with one of its
 * suffix words one character off. In the last word the written pair is no word ("资全"; "资料", "资格", "专户" are
 * words, "项目部" keeps 项目 whole); in an earlier one the rest of the name follows exactly, the word may also be
 * one of the same sound ("科技创新转向资金" for 科技创新专项资金; sounds.ts), and a real word is marked (`word`). Needs the segmenter's dictionary: without it nothing is read as a
 * slip.
 */
export function findSuffixSlips(text: string, ownName: string, seg: Segmenter): NameSlip[] {
  if (!seg.isWord) return [];
  const words = suffixWordsOf(ownName);
  const out: NameSlip[] = [];
  for (let k = 0; k < words.length; k++) {
    const meant = words[k];
    const rest = words.slice(k + 1).join('');
    const stem = ownName.slice(0, ownName.length - meant.length - rest.length);
    // "就业补助" before the slip: a short stem ("培训") could be any phrase
    if (stem.length < 4) continue;
    for (let at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + 1)) {
      const start = at + stem.length;
      const written = text.slice(start, start + 2);
      if (written.length < 2 || !/^[\u4e00-\u9fff]{2}$/.test(written) || written === meant) continue;
      if (SUFFIX_WORDS.includes(written) || NEAR_SUFFIX_WORDS.has(written)) continue;
      if (rest && !text.startsWith(rest, start + 2)) continue;
      const same = [...written].filter((c, i) => c === meant[i]).length;
      // both characters changed: a slip only as the input method's other writing of the word's sound (转向 for
      // 专项, 功成 for 工程), and only before the rest of the name: in the last word the pair may start a phrase
      // of its own ("就业补助自今年起", zi jin as 资金). Asked last, so the pinyin library loads only for such a pair
      const sound = same === 0 && rest !== '' && soundsLike(written, meant);
      if (same !== 1 && !sound) continue;
      const word = sound || seg.isWord(written);
      if (word && !rest) continue;
      out.push({ start, written, meant, ...(word ? { word: true as const } : {}) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** 0..1: one minus the edit distance over the longer length. */
export function similarity(a: string, b: string): number {
  const n = Math.max(a.length, b.length);
  return n === 0 ? 1 : 1 - distance(a, b) / n;
}

/** True when `short` is `long` with characters left out (an abbreviation, not a typo). */
export function isAbbreviation(short: string, long: string): boolean {
  if (short.length >= long.length) return false;
  let i = 0;
  for (const c of long) if (c === short[i]) i++;
  return i === short.length && short.length >= Math.ceil(long.length * 0.6);
}

/** Content words two names share (generic words left out). */
export function sharedWords(a: string, b: string, seg: Segmenter): string[] {
  const GENERIC = /^(?:工作|项目|资金|经费|专项|补助|建设|管理|服务|发展|提升|实施|工程|县|市|区|省)$/;
  const wa = new Set(seg.cut(a).filter((w) => w.length >= 2 && !GENERIC.test(w)));
  return [...new Set(seg.cut(b))].filter((w) => wa.has(w));
}

export type NameRelation = 'same' | 'typo' | 'variant' | 'foreign';

/**
 * Two names that differ by one whole word of two characters or more, in the same place of both
 * ("农村供水保障工程管护" / "农村供水保障工程建设": 管护 for 建设), not by a slip inside a word (保章 for 保障).
 */
export function apartByWholeWord(a: string, b: string, seg: Segmenter): boolean {
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let q = 0;
  while (q < a.length - p && q < b.length - p && a[a.length - 1 - q] === b[b.length - 1 - q]) q++;
  const cuts = (s: string) => {
    const at = new Set([0]);
    let n = 0;
    for (const w of seg.cut(s)) at.add((n += w.length));
    return at;
  };
  const whole = (s: string) => {
    const end = s.length - q;
    const at = cuts(s);
    return end - p >= 2 && at.has(p) && at.has(end);
  };
  return whole(a) && whole(b);
}

/**
 * A name without the project's own place in front ("舒城县农村供水保障工程建设" → 农村供水保障工程建设 when the
 * report is 舒城县's): the title writes the place before its year and the core leaves it out, a sentence
 * keeps it; the whole place or its trailing parts (安徽省舒城县 → 舒城县) are left out.
 */
export function withoutPlace(core: string, place: string | null): string {
  if (!place) return core;
  const parts = place.match(PLACE_PART) ?? [place];
  for (let i = 0; i < parts.length; i++) {
    const p = parts.slice(i).join('');
    if (core.startsWith(p) && core.length > p.length) return core.slice(p.length);
  }
  return core;
}

/**
 * How a mentioned name relates to the project's own: the same name (also with
 * words left out, or inside a longer form), a typo (one or two characters
 * changed), a variant (shares a content word: a stale or partly edited name),
 * or another project altogether. The project's own place (`place`) is left out
 * of both first, so a slip inside the name measures as one whether or not the
 * mention keeps the county.
 */
export function relateNames(
  fullCore: string,
  fullOwn: string,
  seg: Segmenter,
  place: string | null = null,
): NameRelation {
  const core = withoutPlace(fullCore, place);
  const own = withoutPlace(fullOwn, place);
  if (core === own || core.includes(own) || own.includes(core)) return 'same';
  if (isAbbreviation(core, own)) return 'same';
  const d = distance(core, own);
  if (d <= 2 && Math.abs(core.length - own.length) <= 1 && similarity(core, own) >= 0.75) return 'typo';
  // a renamed or half-edited name keeps the kind of thing it funds (…工作 / …工作):
  // shared words alone ("城区") are not enough
  const last = (s: string) => seg.cut(s).pop();
  if ((sharedWords(core, own, seg).length > 0 && last(core) === last(own)) || similarity(core, own) >= 0.5)
    return 'variant';
  return 'foreign';
}
