// Chinese heading numbering: 一、 > （一） > 1. / 1、 > （1） > ①.
// Works on normalized text (brackets already full-width, digits ASCII).
import nzh from 'nzh/cn';
import type { NumberingKind } from '../model/document.js';

export interface NumberingMatch {
  kind: NumberingKind;
  ordinal: number;
  /** The numbering as written, e.g. "（一）". */
  numbering: string;
  /** Length of the numbering in the text (including any space after it). */
  length: number;
  /** Parts of a dotted code ("1.1" 2, "1.1.1" 3): each count is a level of its own. */
  parts?: number;
}

const CN_DIGITS = '〇零一二三四五六七八九十百';
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/** Value of a Chinese numeral such as 十二 (nzh does the arithmetic). */
export function cnNumeralValue(s: string): number | null {
  if (!s || ![...s].every((c) => CN_DIGITS.includes(c))) return null;
  const v = Number(nzh.decodeS(s));
  return Number.isFinite(v) && v > 0 ? v : null;
}

const PATTERNS: Array<{ kind: NumberingKind; re: RegExp; value: (m: RegExpExecArray) => number | null }> = [
  { kind: 'cn-paren', re: /^（([一二三四五六七八九十]{1,3})）\s?/, value: (m) => cnNumeralValue(m[1]) },
  { kind: 'cn-dun', re: /^([一二三四五六七八九十]{1,3})[、.]\s?/, value: (m) => cnNumeralValue(m[1]) },
  { kind: 'arabic-paren', re: /^（(\d{1,2})）\s?/, value: (m) => Number(m[1]) },
  // "2.1 资金管理（分值13分，得分12.23分）", "1.1.1立项依据充分性（分值2分，得2分）。": an indicator's code (一级.二级.三级)
  // numbers its heading only before a name and its score bracket; "1.5倍", "4.3公里", "3.2万吨" stay figures
  {
    kind: 'arabic-dotted',
    re: /^(\d{1,2})\.(\d{1,2})(?:\.(\d{1,2}))?\s?(?=[\u4e00-\u9fff][^，。；：（）\d]{1,24}（(?:指标)?(?:分值|权重|标准分|满分)\d+(?:\.\d+)?分?，(?:实际|评价)?得分?\d)/,
    value: (m) => Number(m[3] ?? m[2]),
  },
  // "1." / "1、" but not "1.5" or "2024." (a year or a decimal)
  { kind: 'arabic-dot', re: /^(\d{1,2})(?:、|\.(?!\d))\s?/, value: (m) => Number(m[1]) },
  { kind: 'circled', re: /^([①-⑳])\s?/, value: (m) => CIRCLED.indexOf(m[1]) + 1 },
];

export function matchNumbering(text: string): NumberingMatch | null {
  for (const p of PATTERNS) {
    const m = p.re.exec(text);
    if (!m) continue;
    const ordinal = p.value(m);
    if (ordinal == null || ordinal <= 0) continue;
    const numbering = m[0].trimEnd();
    const parts = p.kind === 'arabic-dotted' ? numbering.split('.').length : undefined;
    return { kind: p.kind, ordinal, numbering, length: m[0].length, ...(parts ? { parts } : {}) };
  }
  return null;
}

/**
 * A list item's marker closed by a lone bracket: "1）完成维修", "a）", "一）". Numbering too, though of no heading level
 * (the shapes above open with （ or end in 、 / .): its ）pairs with nothing, so text/brackets skips it.
 */
const LIST_MARKER = /^\s*(?:\d{1,2}|[a-zA-Z]|[一二三四五六七八九十]{1,3})）/;

/** Length of the list marker ("1）", "a）", "一）") a text opens with, spaces before it included; 0 when none. */
export function listMarkerLength(text: string): number {
  return LIST_MARKER.exec(text)?.[0].length ?? 0;
}

/** Conventional depth of each kind, used where a TOC gives no other evidence. */
export const KIND_RANK: Record<NumberingKind, number> = {
  'cn-dun': 1,
  'cn-paren': 2,
  'arabic-dot': 3,
  'arabic-dotted': 3,
  'arabic-paren': 4,
  circled: 5,
};
