// normalize() skips String.normalize for plain characters; it must give exactly
// what the character-by-character definition gives (reference below: the
// implementation before the fast path, kept verbatim, with the radicals, U+2015 and the
// hyphen-run dashes added since).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EQUIVALENT_IDEOGRAPH } from '../../src/structure/cjk-radicals.js';
import { normalize } from '../../src/structure/normalize.js';

const CJK = /[\u2E80-\u2FFF\u3000-\u303F\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF“”‘’…—·]/u;
const isCjk = (ch: string | undefined) => ch !== undefined && CJK.test(ch);
const TO_CJK_PUNCT: Record<string, string> = { '(': '（', ')': '）', ':': '：', ';': '；', '?': '？', '!': '！' };
const KEEP = /[\u2460-\u24FF\u2776-\u2793\u3251-\u325F\u32B1-\u32BF…‥]/u;

function reference(raw: string): { text: string; rawIndex: number[] } {
  const out: string[] = [];
  const idx: number[] = [];
  for (let i = 0; i < raw.length; ) {
    const cp = raw.codePointAt(i)!;
    const ch = String.fromCodePoint(cp);
    let n = EQUIVALENT_IDEOGRAPH.get(ch) ?? (ch === '\u2015' ? '—' : KEEP.test(ch) ? ch : ch.normalize('NFKC'));
    if (n.length === 1 && TO_CJK_PUNCT[n]) n = TO_CJK_PUNCT[n];
    if (/\s/u.test(n) || n === '\u200b' || n === '\ufeff') n = ' ';
    for (const c of n) {
      out.push(c);
      idx.push(i);
    }
    i += ch.length;
  }
  for (let k = 0; k < out.length; k++) {
    if (out[k] === ',' && !(/\d/.test(out[k - 1] ?? '') && /\d/.test(out[k + 1] ?? ''))) out[k] = '，';
  }
  for (let k = 0; k < out.length; k++) {
    if (out[k] !== '-') continue;
    let j = k;
    while (out[j] === '-') j++;
    const dash = ({ 2: '–', 3: '—', 6: '——' } as Record<number, string>)[j - k];
    const side = /[0-9\u3400-\u4DBF\u4E00-\u9FFF]/;
    if (dash && side.test(out[k - 1] ?? '') && side.test(out[j] ?? '')) {
      for (let d = k; d < j; d++)
        out[d] = (d - k) % ((j - k) / dash.length) === 0 ? dash[(d - k) / ((j - k) / dash.length)] : '';
    }
    k = j - 1;
  }
  const text: string[] = [];
  const rawIndex: number[] = [];
  for (let k = 0; k < out.length; k++) {
    if (out[k] === '') continue;
    if (out[k] !== ' ') {
      text.push(out[k]);
      for (let u = 0; u < out[k].length; u++) rawIndex.push(idx[k]); // one per UTF-16 unit
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

// plain and special characters side by side: ASCII, ideographs (incl. compatibility
// ideographs, which NFKC does change), full-width forms, circled numbers, spaces, an astral character
const ALPHABET = [
  ...'aZ09 ,.%()（）:：;?!\t\n\u3000\u00a0\u200b\ufeff年一龥豈﨎１２Ａ％①⑩…‥—“”·-―⻅⻙⺟',
  '---',
  '\u{20000}',
  '㎡',
  'ﬁ',
  '\u3251',
];

describe('normalize fast path', () => {
  it('matches the character-by-character definition on random mixed text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ALPHABET), { maxLength: 60 }), (chars) => {
        const raw = chars.join('');
        expect(normalize(raw)).toEqual(reference(raw));
      }),
      { numRuns: 3000 },
    );
  });

  it('maps a compatibility ideograph and full-width digits as before', () => {
    expect(normalize('豈１２ (a)').text).toBe('豈12（a）');
  });
});
