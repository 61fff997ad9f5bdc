// One normalization for every format: rules match on the normalized text,
// excerpts quote the raw text, and rawIndex maps one onto the other.
import { EQUIVALENT_IDEOGRAPH } from './cjk-radicals.js';

/** CJK ideographs, CJK punctuation and full-width forms. */
const CJK = /[\u2E80-\u2FFF\u3000-\u303F\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF“”‘’…—·]/u;

export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK.test(ch);
}

/** After NFKC, these ASCII marks are put back into their one CJK form. */
const TO_CJK_PUNCT: Record<string, string> = {
  '(': '（',
  ')': '）',
  ':': '：',
  ';': '；',
  '?': '？',
  '!': '！',
};

/** NFKC would turn these into other text: ① → "1" (a list marker into a digit), … → "...". */
const KEEP = /[\u2460-\u24FF\u2776-\u2793\u3251-\u325F\u32B1-\u32BF…‥]/u;

/** Dashes NFKC leaves alone: pdf.js reads Chromium's em dash as U+2015 ("2023―2024"). */
const TO_EM_DASH: Record<string, string> = { '\u2015': '—' };

/**
 * Pandoc's markdown writes — as "---" and – as "--" ("鹿寨县2023---2024年"). Only a run
 * between digits or ideographs is such a dash: a rule line or a table's "|---|" is not.
 */
const DASH_SIDE = /[0-9\u3400-\u4DBF\u4E00-\u9FFF]/;
const HYPHEN_DASHES: Record<number, string> = { 2: '–', 3: '—', 6: '——' };
/** docx2txt writes — as " -- " ("2023 -- 2024年"): between two digits, one space each side, it is the range's —. */
const SPACED_DASH = 2;

/**
 * Characters NFKC leaves alone and no step below changes: CJK unified ideographs
 * and printable ASCII other than the marks TO_CJK_PUNCT maps. Most of a report;
 * they skip the per-character String.normalize (the cost of normalizing).
 */
function isPlain(cp: number): boolean {
  if (cp >= 0x4e00 && cp <= 0x9fff) return true;
  if (cp <= 0x20 || cp >= 0x7f) return false;
  return cp !== 0x28 && cp !== 0x29 && cp !== 0x3a && cp !== 0x3b && cp !== 0x3f && cp !== 0x21;
}

/** What each character that is not plain becomes; a report has a few hundred such, so each is worked out once. */
const CHARS = new Map<number, string>();

function charOf(cp: number): string {
  let n = CHARS.get(cp);
  if (n !== undefined) return n;
  const ch = String.fromCodePoint(cp);
  n = EQUIVALENT_IDEOGRAPH.get(ch) ?? TO_EM_DASH[ch] ?? (KEEP.test(ch) ? ch : ch.normalize('NFKC'));
  if (n.length === 1 && TO_CJK_PUNCT[n]) n = TO_CJK_PUNCT[n];
  if (/\s/u.test(n) || n === '\u200b' || n === '\ufeff') n = ' ';
  CHARS.set(cp, n);
  return n;
}

export interface Normalized {
  text: string;
  /** rawIndex[i] = offset in raw of normalized char i; rawIndex[text.length] = raw.length. */
  rawIndex: number[];
}

/**
 * NFKC for full-width digits and letters; one form for brackets, colons and
 * semicolons (full-width); comma full-width except between digits (1,234);
 * whitespace removed where it touches CJK text (PDF extraction's "2024 年",
 * "20 分") or splits a decimal ("95. 00"), otherwise collapsed to one space.
 */
export function normalize(raw: string): Normalized {
  const out: string[] = [];
  const idx: number[] = [];
  for (let i = 0; i < raw.length; ) {
    const cp = raw.codePointAt(i)!;
    if (isPlain(cp)) {
      out.push(raw[i]);
      idx.push(i);
      i++;
      continue;
    }
    const n = charOf(cp);
    for (const c of n) {
      out.push(c);
      idx.push(i);
    }
    i += cp > 0xffff ? 2 : 1;
  }
  // commas: ASCII only between digits
  for (let k = 0; k < out.length; k++) {
    if (out[k] === ',' && !(/\d/.test(out[k - 1] ?? '') && /\d/.test(out[k + 1] ?? ''))) out[k] = '，';
  }
  // hyphen runs as dashes: the run's first char becomes the dash (each — keeps its "---"), the rest ''
  for (let k = 0; k < out.length; k++) {
    if (out[k] !== '-') continue;
    let j = k;
    while (out[j] === '-') j++;
    const dash = HYPHEN_DASHES[j - k];
    if (
      j - k === SPACED_DASH &&
      out[k - 1] === ' ' &&
      out[j] === ' ' &&
      /\d/.test(out[k - 2] ?? '') &&
      /\d/.test(out[j + 1] ?? '')
    ) {
      out[k - 1] = '';
      out[k] = '—';
      out[k + 1] = '';
      out[j] = '';
    } else if (dash && DASH_SIDE.test(out[k - 1] ?? '') && DASH_SIDE.test(out[j] ?? '')) {
      const step = (j - k) / dash.length;
      for (let d = k; d < j; d++) out[d] = (d - k) % step === 0 ? dash[(d - k) / step] : '';
    }
    k = j - 1;
  }
  // whitespace pass
  const text: string[] = [];
  const rawIndex: number[] = [];
  for (let k = 0; k < out.length; k++) {
    if (out[k] === '') continue;
    if (out[k] !== ' ') {
      text.push(out[k]);
      // one entry per UTF-16 unit: a character outside the BMP (𠀀, an Ext-B name) is two
      rawIndex.push(idx[k]);
      if (out[k].length === 2) rawIndex.push(idx[k]);
      continue;
    }
    let j = k;
    while (j < out.length && out[j] === ' ') j++;
    const before = text[text.length - 1];
    const after = out[j];
    const drop =
      before === undefined ||
      after === undefined ||
      isCjk(before) ||
      isCjk(after) ||
      (before === '.' && /\d/.test(text[text.length - 2] ?? '') && /\d/.test(after)) ||
      (/\d/.test(before) && (after === '%' || after === '.'));
    if (!drop) {
      text.push(' ');
      rawIndex.push(idx[k]);
    }
    k = j - 1;
  }
  rawIndex.push(raw.length);
  return { text: text.join(''), rawIndex };
}

/** Normalize a string for comparison only (no offsets). */
export function norm(raw: string): string {
  return normalize(raw).text;
}
