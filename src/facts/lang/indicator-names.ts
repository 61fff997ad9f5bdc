// Indicator names as the sources write them, reduced to a key that matches
// across sources: "（1）立项依据充分性。" → 立项依据充分性, "指标1：工业总产值" → 工业总产值,
// "项目决策情况" → 项目决策, "A101 预算编制科学性" → code A101 + 预算编制科学性.
import { distance } from 'fastest-levenshtein';
import { LEADING_CODE } from './indicator-codes.js';
import { rateNamesAgree } from './rate-words.js';

const NUMBERING =
  /^(?:[（(]?[一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+[、.．]|\d+(?:\.\d+)*[、.．]?(?!\d)|[①-⑳])\s*/;
const LABEL = /^(?:指标|三级指标|二级指标|一级指标)\s*\d+\s*[：:]\s*/;
const CODE = new RegExp(`^(${LEADING_CODE.source})\\s*[：:、.．\\s]?\\s*`);

export interface IndicatorName {
  /** As written, trimmed. */
  text: string;
  /** The name without numbering, code, suffix words and punctuation. */
  key: string;
  /** An indicator code such as A101, if written. */
  code: string | null;
}

export function indicatorName(written: string): IndicatorName {
  let t = written.trim();
  let code: string | null = null;
  for (let i = 0; i < 3; i++) {
    const before = t;
    const c = CODE.exec(t);
    if (c) {
      code = c[1];
      t = t.slice(c[0].length);
    }
    t = t.replace(NUMBERING, '').replace(LABEL, '');
    if (t === before) break;
  }
  const key = t
    .replace(/[（(][^）)]*[)）]/g, '')
    .replace(/[\s。．.，,；;：:、“”"'《》]/g, '')
    // "产出指标完成情况" (a heading) is the indicator 产出指标 of the tables
    .replace(/(?:情况|指标|方面|完成|分析)+$/, '');
  return { text: written.trim(), key, code };
}

/**
 * A first-level name coded by a lone letter that the name beside it extends ("A决策（15分）" over
 * "A1项目立项（5分）", "B过程" over "B101资金到位率"): the letter is its code, so the name is 决策 and
 * meets "（一）项目决策情况". Without a child's code to say so a leading letter stays in the name
 * ("B超检查覆盖率"). Null when `written` is not such a name.
 */
export function letterCoded(written: string, child: string): IndicatorName | null {
  const text = written.trim();
  const m = /^([A-Z])\s*(?=[\u4e00-\u9fff])/.exec(text);
  const childCode = indicatorName(child).code;
  if (!m || !childCode?.startsWith(m[1]) || !/^\d/.test(childCode.slice(1))) return null;
  return { text, key: indicatorName(text.slice(m[0].length)).key, code: m[1] };
}

/** Two names of one indicator: same code, same key, one contained in the other, or a near spelling. */
export function namesMatch(a: IndicatorName, b: IndicatorName): boolean {
  if (a.code && b.code) return a.code === b.code;
  return keysMatch(a.key, b.key);
}

export function keysMatch(a: string, b: string): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  const short = a.length <= b.length ? a : b;
  const long = short === a ? b : a;
  // "执行率" (the budget's) is no "政府采购执行率"
  if (!rateNamesAgree(short, long)) return false;
  // 满意度 ⊂ 服务满意度, 决策 ⊂ 项目决策
  if (short.length >= 2 && long.includes(short)) return true;
  // 服务对象满意度 ≈ 服务满意度: a few characters apart and the same ending
  if (short.length >= 3 && long.slice(-2) === short.slice(-2) && distance(a, b) <= Math.floor(long.length / 3))
    return true;
  return false;
}

/** How close two matching names are (higher is closer), to choose among several candidates. */
export function nameCloseness(a: IndicatorName, b: IndicatorName): number {
  if (a.code && b.code && a.code === b.code) return 100;
  if (a.key === b.key) return 50;
  return 10 - distance(a.key, b.key);
}

// ---------------------------------------------------------------- names in target sentences
// Target and actual sentences name an indicator loosely ("开工率" for 重大项目开工率): the
// indicator statements of src/facts/targets are grouped by these.

/** A target sentence's indicator name ("年度目标：新增规上企业8家" → 新增规上企业): the label without numbering, "实际", verbs and comparators around it. */
export function cleanTargetName(label: string): string {
  let s = label.replace(/\s/g, '');
  s = s.replace(/^.*[：:]/, ''); // "年度目标：…", "指标1：…"
  s = s.replace(/^(?:（\d+）|\d+[、.]|[①-⑳]|其中)+/, '');
  s = s.replace(/^(?:全年|年度|度|本年度?|累计|实际|实现了?|完成了?|共|总共|计划|预计|目标|力争|确保)+/, ''); // 度: "2024年度计划…" after its year
  s = s.replace(
    /(?:实际|已|已经)?(?:达到|达成|达|超过|不低于|不少于|高于|大于|低于|不超过|为|是|完成|实现|共|约|在|：|:)+$/,
    '',
  );
  return s;
}

/** A run-in indicator sentence's opening: what it names and where its statement begins. */
export interface RunInLead {
  /** "C1-2": the code written before the name, if any. */
  code: string | null;
  /** The name as written, without code, numbering and points. */
  name: string;
  /** Offset just after the colon: the sentence's statement about the indicator. */
  end: number;
}

/**
 * "C1-2公益性岗位安置人数（权重4分）：2024年末在岗197人…", "（2）就业见习人数（分值3分）：…", "培训取证率：…": a sentence
 * opened by one indicator's name — its code or numbering before it, its 权重/分值 aside after it — and a colon.
 * Groups: code, name.
 */
const RUN_IN_LEAD = new RegExp(
  `^\\s*(?:[（(]\\d{1,2}[)）]|\\d{1,2}[、.．]|[①-⑳])?\\s*(?:(${LEADING_CODE.source})\\s*[、.．]?\\s*)?` +
    `([\\u4e00-\\u9fff]{3,30}?)\\s*(?:（(?:权重|分值|满分|标准分值?)?[：:]?\\s*\\d+(?:\\.\\d+)?\\s*分）)?\\s*[：:]`,
);

/** The indicator a sentence opens with, run in before a colon; null when it opens otherwise. */
export function runInLead(sentence: string): RunInLead | null {
  const m = RUN_IN_LEAD.exec(sentence);
  return m ? { code: m[1] ?? null, name: m[2], end: m[0].length } : null;
}

function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const ch of long) if (ch === short[i]) i++;
  return i === short.length;
}

/** Two target indicators' names of one indicator: 开工率 ≈ 重大项目开工率, 新增规上企业 ≈ 新增规上工业企业 (same head character). */
export function targetNamesMatch(a: string, b: string): boolean {
  if (!a || !b) return false;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  // "执行率" (the budget's) is no "政府采购执行率"
  if (s.length < 3 || !rateNamesAgree(s, l)) return false;
  return s[s.length - 1] === l[l.length - 1] && isSubsequence(s, l);
}
