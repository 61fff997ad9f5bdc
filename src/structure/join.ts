// When two consecutive pieces of text are one paragraph that a line or page
// break split. Shared by the txt/md and PDF parsers.
import { isCjk } from './normalize.js';
import { matchNumbering } from './numbering.js';

/** Ends a paragraph: sentence end, colon, closing quote. */
const TERMINAL = /[。！？；：…”」』!?;:]$/;
/** Cannot start a paragraph: punctuation that continues the previous text. */
const CONTINUATION_START = /^[、，。；：）》”」』,.;:)]/;

/**
 * True when `next` closes a bracket `prev` left open: "…两年共拨付42批次（见" /
 * "附件4）。" is one sentence, not an attachment heading. The bracket must close
 * soon, before any other opens and before a sentence end, so a heading that merely
 * ends in a bracket ("（三）项目产出（权重20分）") is not taken for a tail.
 */
export function closesOpenBracket(prev: string, next: string): boolean {
  let depth = 0;
  for (const c of prev) {
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && depth > 0) depth--;
  }
  return depth > 0 && /^[^（(）)。！？；]{1,20}[）)]/.test(next.trim());
}

/**
 * `prev` leaves a clause open: a comma after its last sentence end and nothing
 * to close it ("综合得分90分（含）以上为“优”，80分" / "（含）至90分为“良”…").
 * A heading or title line holds no such clause.
 */
export function leavesClauseOpen(prev: string): boolean {
  // a comma inside brackets is not the sentence's: "A2预算配置（标准分12分，实得分11分）" is a heading
  let t = prev.trim();
  for (let before = ''; before !== t; ) [before, t] = [t, t.replace(/[（(][^（()）]*[）)]/g, '')];
  // the full-width comma only: "2,840.00" is a number, not an open clause
  return /，[^。！？；：…”」』!?;:（()）]*$/.test(t) && !TERMINAL.test(t);
}

/**
 * `prev` is a whole heading line: it opens with a numbering, closes every bracket it opens, and its words
 * outside the brackets are a title, no clause ("（四）效益指标（分值25.00分，扣分2.35分，得分22.65分）"). After a
 * blank line (lynx writes the heading flush left, a blank line, then its paragraph indented) what follows
 * is the heading's text, not the rest of it; a numbered paragraph cut at a page ("1.全市公租房保有量15,842套，"
 * / "实物配租…") leaves a clause open outside its brackets and still runs on.
 */
export function endsHeadingLine(prev: string): boolean {
  const a = prev.trim();
  if (!startsLikeHeading(a) || TERMINAL.test(a)) return false;
  let t = a.slice(matchNumbering(a)?.length ?? 0);
  for (let before = ''; before !== t; ) [before, t] = [t, t.replace(/[（(][^（()）]*[）)]/g, '')];
  return !/[（()）]/.test(t) && !/[，,、；;。：:！？!?]/.test(t) && t.length <= 30;
}

/** Display width: a Han character or a full-width sign counts two, an ASCII one one. */
function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += ch.codePointAt(0)! >= 0x2e80 ? 2 : 1;
  return w;
}

/**
 * `prev` is a run-in heading's colon and the start of its text, cut at about a full line
 * ("B2-2制度执行有效性（权重5分）：公益性岗位考勤记录不规" / "范，…扣1分，得4分。"): the
 * clause after the colon is open. A field line ("报告编号：晋衡绩评字〔2025〕第036号",
 * "报告日期：2023 年 4 月 20 日") is short of a full line and stands alone. Width, not
 * characters: the code's and the figures' ASCII make a full line short in characters.
 */
export function runsOnAfterColon(prev: string, minCutLength = 30): boolean {
  let t = prev.trim();
  for (let before = ''; before !== t; ) [before, t] = [t, t.replace(/[（(][^（()）]*[）)]/g, '')];
  // a colon at the line's end is a sentence's end ("如下："); "10:30" is a time, not a clause
  if (!/：[^。！？；：…”」』!?;:（()）]+$/.test(t)) return false;
  return displayWidth(prev.trim()) >= 2 * (minCutLength - 5);
}

export function startsLikeHeading(text: string): boolean {
  return matchNumbering(text.trim()) !== null || /^(附\s*件|目\s*录)/.test(text.trim());
}

/**
 * True when `next` continues `prev`: next starts with punctuation that cannot
 * open a paragraph, or prev is a long line cut without a sentence end and next
 * does not open a heading.
 */
export function continuesParagraph(prev: string, next: string, minCutLength = 30): boolean {
  const a = prev.trim();
  const b = next.trim();
  if (!a || !b) return false;
  // a contents entry ("附件：……评价表<tab>10") ends with its page number
  if (/\t\s*\d{1,3}$/.test(prev.trimEnd())) return false;
  if (CONTINUATION_START.test(b)) return true;
  // a line that looks like a heading but closes prev's bracket ("（见" / "附件4）。")
  if (closesOpenBracket(a, b)) return true;
  if (TERMINAL.test(a) || startsLikeHeading(b)) return false;
  if (startsLikeHeading(a) && a.length < minCutLength) return false;
  // the rest of a cut paragraph is text: long, or closed by a sentence end; a
  // short line without one is a title or heading of its own
  if (b.length < minCutLength && !TERMINAL.test(b)) return false;
  // a line cut mid-clause is cut however short (digits and Latin make a full line short in characters)
  return a.length >= minCutLength || leavesClauseOpen(a) || runsOnAfterColon(a, minCutLength);
}

/**
 * The space kept between two wrapped lines of one paragraph: one between Latin words ("ISO" /
 * "9001"), none where the wrap cut a figure in Chinese text. Writer's justified CJK lines break
 * "2,057.88万元" after "2,0" and "2024年" after "2"; Chinese puts no space inside a number, so
 * digits (with a thousands comma, decimal point or date dash) ending a line after Chinese text
 * and digits starting the next are one figure. After Latin text ("in 2023" / "2024 was") they stay
 * two words.
 */
export function wrapSpace(prev: string, next: string): string {
  if (!/[A-Za-z0-9,.;:!?)]$/u.test(prev) || !/^[A-Za-z0-9(]/u.test(next)) return '';
  const figure = /[0-9][0-9,./-]*$/u.exec(prev);
  if (figure && /^[0-9]/u.test(next)) {
    const before = prev.slice(0, figure.index).trimEnd();
    if (isCjk(before[before.length - 1])) return '';
  }
  return ' ';
}
