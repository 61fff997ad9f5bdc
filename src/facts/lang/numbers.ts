// Numbers as written: value in the written unit, the precision it was written
// with (digits after the point), unit and scale, and a comparison word around it.
// Input is normalized text (NFKC digits, "1,234" commas kept between digits).
import { Decimal } from 'decimal.js';
import Nzh from 'nzh';

export interface Quantity {
  /** In the written unit ("329.2亿元" → 329.2, unit 亿元). */
  value: Decimal;
  /** Digits written after the point: "95.00%" → 2, "329" → 0. */
  decimals: number;
  unit: string | null;
  /** Multiplier to the base unit: 万元 → 10000, 亿元 → 1e8, % → 0.01, others 1. */
  scale: Decimal;
  comparator: '≥' | '>' | '≤' | '<' | null;
  /** Offsets of the figure (number and unit) in the scanned text. */
  start: number;
  end: number;
  text: string;
}

/** A fact with its figure read: where a fact's q may be null (a 等级 row, an empty cell), the rules that
 *  compare figures take only these, and need no `q!`. */
export type Stated<F extends { q: Quantity | null }> = F & { q: Quantity };

export function isStated<F extends { q: Quantity | null }>(f: F): f is Stated<F> {
  return f.q !== null;
}

type Comparator = Quantity['comparator'];

// Longest first: the alternation takes the first that matches.
const UNITS = [
  '百万元',
  '万亿元',
  '亿元',
  '万元',
  '千元',
  '元',
  '万人次',
  '人次',
  '万户',
  '万人',
  '万亩',
  '万吨',
  '万平方米',
  '万千瓦',
  '平方公里',
  '平方米',
  '立方米',
  '公里',
  '千米',
  '千瓦',
  '公顷',
  '个百分点',
  '百分点',
  '%',
  '‰',
  '分',
  '家',
  '户',
  '个',
  '项',
  '人',
  '次',
  '件',
  '台',
  '套',
  '所',
  '座',
  '条',
  '名',
  '场',
  '期',
  '批',
  '篇',
  '份',
  '亩',
  '吨',
  '米',
  '辆',
  '处',
  '株',
  '棵',
  '间',
  '栋',
  '宗',
  '张',
  '本',
  '册',
  '门',
  '盏',
  '眼',
  '头',
  '只',
  '块',
  '课时',
  '小时',
  '天',
  '日',
  '月',
  '年',
  '岁',
  '倍',
  '亿',
  '万',
];
const UNIT_RE = new RegExp(`^(?:${UNITS.map((u) => u.replace(/[%‰]/g, '\\$&')).join('|')})`);

const SCALE: Record<string, string> = {
  百万元: '1e6',
  万亿元: '1e12',
  亿元: '1e8',
  万元: '1e4',
  千元: '1e3',
  亿: '1e8',
  万: '1e4',
  '%': '0.01',
  '‰': '0.001',
};
/** "万元" → 1e4, "亿" → 1e8, "%" → 0.01, "万人次" → 1e4: what a figure's unit multiplies its value by. */
export function scaleOf(unit: string | null): Decimal {
  if (!unit) return ONE;
  if (SCALE[unit]) return SCALES.get(unit) ?? ONE;
  // 万户, 万人次: ten thousand of the count unit
  if (unit.startsWith('万') && unit.length > 1) return TEN_THOUSAND;
  return ONE;
}
// every figure has a scale: made once (a Decimal is never changed, only new ones made from it)
const ONE = new Decimal(1);
const TEN_THOUSAND = new Decimal(1e4);
const SCALES = new Map(Object.entries(SCALE).map(([unit, s]) => [unit, new Decimal(s)]));

// Comparison words, longest first; "before" words stand right before the figure.
const BEFORE: [string, Exclude<Comparator, null>][] = [
  ['大于等于', '≥'],
  ['大于或等于', '≥'],
  ['小于等于', '≤'],
  ['小于或等于', '≤'],
  ['不低于', '≥'],
  ['不少于', '≥'],
  ['不小于', '≥'],
  ['至少', '≥'],
  ['达到', '≥'],
  ['≥', '≥'],
  ['>=', '≥'],
  ['不超过', '≤'],
  ['不高于', '≤'],
  ['不大于', '≤'],
  ['不多于', '≤'],
  ['最多', '≤'],
  ['≤', '≤'],
  ['<=', '≤'],
  ['超过', '>'],
  ['大于', '>'],
  ['高于', '>'],
  ['多于', '>'],
  ['>', '>'],
  ['低于', '<'],
  ['小于', '<'],
  ['少于', '<'],
  ['<', '<'],
];
const AFTER: [string, Exclude<Comparator, null>][] = [
  ['及以上', '≥'],
  ['以上', '≥'],
  ['及以下', '≤'],
  ['以下', '≤'],
  ['以内', '≤'],
];

const CN_DIGITS = '零〇一二两三四五六七八九';
const CN_NUM = `[${CN_DIGITS}十百千万亿]`;
const CN_CHAR = new RegExp(`^${CN_NUM}$`);
/** Before a Chinese numeral: start, punctuation, or a word that introduces a figure (not "统一分" or "第一"). */
const CN_LEAD = /[得扣值共计为约达到有了过于是占和及与、，。；：（(\s]$|^$|分值$|满分$|权重$|低于$|高于$|超过$|不少于$/;

const ARABIC = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)/y;
const CN_RUN = new RegExp(`(?:百分之)?${CN_NUM}+(?:点[${CN_DIGITS}]+)?`, 'y');
/** The next character a figure can start at (a digit, a Chinese digit, 十 or 百): the scan below skips to it. */
const FIGURE_START = new RegExp(`[\\d${CN_DIGITS}十百]`, 'g');

function cnIntValue(s: string): Decimal | null {
  if (!s) return null;
  const t = s.replace(/两/g, '二').replace(/〇/g, '零');
  // "二〇二三": digit by digit
  if (!/[十百千万亿]/.test(t)) {
    return new Decimal([...t].map((c) => '零一二三四五六七八九'.indexOf(c)).join(''));
  }
  const n = Nzh.cn.decodeS(t);
  return Number.isFinite(n) ? new Decimal(n) : null;
}

function cnValue(run: string): { value: Decimal; decimals: number } | null {
  const [int, frac = ''] = run.split('点');
  const iv = cnIntValue(int);
  if (!iv) return null;
  if (!frac) return { value: iv, decimals: 0 };
  const digits = [...frac.replace(/两/g, '二').replace(/〇/g, '零')].map((c) => '零一二三四五六七八九'.indexOf(c));
  if (digits.some((d) => d < 0)) return null;
  return { value: new Decimal(`${iv.toFixed()}.${digits.join('')}`), decimals: digits.length };
}

function comparatorBefore(text: string, at: number): Comparator {
  const head = text.slice(Math.max(0, at - 6), at).replace(/\s+$/, '');
  for (const [w, c] of BEFORE)
    if (head.endsWith(w)) {
      // "不低于" also ends with "低于": the longer word is listed first, so a bare 低于 here is truly 低于
      return c;
    }
  return null;
}

function comparatorAfter(text: string, at: number): Comparator {
  const tail = text.slice(at, at + 8).replace(/^（含）/, '');
  for (const [w, c] of AFTER) if (tail.startsWith(w)) return c;
  return null;
}

/** Every number in the text with its unit, precision and comparison. */
export function findQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  let i = 0;
  while (i < text.length) {
    // any other character starts no figure and is passed over one at a time below: jump over them at once
    FIGURE_START.lastIndex = i;
    const next = FIGURE_START.exec(text);
    if (!next) break;
    i = next.index;
    const ch = text[i];
    let value: Decimal | null = null;
    let decimals = 0;
    let end = i;
    let percentWord = false;
    if (/\d/.test(ch) && !/[\d.A-Za-z]/.test(text[i - 1] ?? '')) {
      ARABIC.lastIndex = i;
      const m = ARABIC.exec(text);
      if (m) {
        const digits = m[1].replace(/,/g, '');
        value = new Decimal(digits);
        decimals = digits.includes('.') ? digits.split('.')[1].length : 0;
        end = i + m[1].length;
        // "2023-2025", "A101": part of a code or range written without space still yields its numbers
      }
    } else if ((CN_DIGITS.includes(ch) || '十百'.includes(ch)) && !CN_CHAR.test(text[i - 1] ?? '')) {
      CN_RUN.lastIndex = i;
      const m = CN_RUN.exec(text);
      if (m) {
        const run = m[0];
        percentWord = run.startsWith('百分之');
        const body = percentWord ? run.slice(3) : run;
        // a Chinese numeral is a figure only with a unit (or 百分之) and after a word that can lead a figure
        const after = text.slice(i + run.length);
        const unitOk = percentWord || (UNIT_RE.test(after) && !/^[万亿]$/.test(UNIT_RE.exec(after)![0]));
        const lead = text.slice(Math.max(0, i - 3), i);
        if (unitOk && (CN_LEAD.test(lead) || percentWord)) {
          const v = cnValue(body);
          if (v) {
            value = v.value;
            decimals = v.decimals;
            end = i + run.length;
          }
        }
        if (!value) {
          i += run.length;
          continue;
        }
      }
    }
    if (!value) {
      i++;
      continue;
    }
    let unit: string | null = null;
    if (percentWord) unit = '%';
    else {
      const u = UNIT_RE.exec(text.slice(end));
      if (u) {
        unit = u[0];
        // "万" alone before 元 is covered by 万元; a bare 万/亿 before CJK text like "万元" is handled above
        end += unit.length;
      }
    }
    const comparator = comparatorBefore(text, i) ?? comparatorAfter(text, end);
    out.push({ value, decimals, unit, scale: scaleOf(unit), comparator, start: i, end, text: text.slice(i, end) });
    i = end;
  }
  return out;
}

/**
 * A whole cell or short string that is one figure ("95.00%", "≥20家", "329.2亿元", "二十分", "20分以上").
 * Null when it holds no figure, or text besides it.
 */
export function parseQuantity(text: string): Quantity | null {
  const t = text.trim();
  if (!t) return null;
  const qs = findQuantities(t);
  if (qs.length !== 1) return null;
  const q = qs[0];
  const before = t.slice(0, q.start).replace(/\s+/g, '');
  const after = t.slice(q.end).replace(/\s+/g, '');
  const okBefore = before === '' || BEFORE.some(([w]) => w === before) || /^[约+＋-]$/.test(before) || before === '-';
  const okAfter = after === '' || AFTER.some(([w]) => w === after) || /^（?(?:含|左右)）?$/.test(after);
  if (!okBefore || !okAfter) return null;
  if (before === '-') return { ...q, value: q.value.neg(), start: 0, text: t.slice(0, q.end) };
  return q;
}

/** The figures of one text, as findQuantities reads them; shared between readers: never changed. */
export type FindQuantities = (text: string) => readonly Quantity[];

/**
 * findQuantities and parseQuantity, each text read once: one paragraph or cell is read by several facts (funding,
 * targets, growth claims, the headings' scores, the tables of payments). The fact store keeps one per document
 * (no module-level memo); what it returns is shared, so no reader may change it.
 */
export class QuantityReader {
  readonly #found = new Map<string, readonly Quantity[]>();
  readonly #whole = new Map<string, Quantity | null>();

  /** findQuantities(text), read once. */
  readonly find: FindQuantities = (text) => {
    let qs = this.#found.get(text);
    if (!qs) this.#found.set(text, (qs = findQuantities(text)));
    return qs;
  };

  /** parseQuantity(text), read once. */
  readonly whole = (text: string): Quantity | null => {
    let q = this.#whole.get(text);
    if (q === undefined) this.#whole.set(text, (q = parseQuantity(text)));
    return q;
  };
}

/** A figure in its base unit (元, 1 for %, the count itself): value × scale, the one way amounts in 万元 and 元 compare. */
export function baseValue(q: { value: Decimal; scale?: Decimal }): Decimal {
  return q.value.mul(q.scale ?? 1);
}

/**
 * "发放2,346人月", "共计120人日": a count unit that the next character extends into another unit (a person-month is
 * not a person), which findQuantities reads as the count unit alone. True when the figure `q` of `text` is such.
 */
export function unitExtended(text: string, q: Quantity): boolean {
  return q.unit !== null && /^[人户家]$/.test(q.unit) && /^[月日天年时]/.test(text.slice(q.end));
}
