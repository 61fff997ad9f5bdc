// Same sound: a word typed with a pinyin input method and the wrong candidate picked ("转向" for 专项, both
// zhuanxiang). The readings come from pinyin-pro, loaded on first use only: most documents never ask, and the
// library (~0.3 MB with its dictionaries) would cost every run its load.
import { createRequire } from 'node:module';

type PinyinPro = typeof import('pinyin-pro');

// Node's module cache holds the one loaded copy: no state of this module's own
const requireHere = createRequire(import.meta.url);

function pinyinPro(): PinyinPro {
  // required at run time, not bundled (scripts/build-bundle.mjs keeps it external, as nodejieba)
  return requireHere('pinyin-pro') as PinyinPro;
}

/** Whether the library has been loaded (tests: a document without a same-sound candidate never loads it). */
export function soundsLoaded(): boolean {
  return requireHere.resolve('pinyin-pro') in requireHere.cache;
}

/**
 * True when `written` sounds as `meant` does, syllable by syllable: each written character has among its readings
 * the syllable `meant` has there, read as a word (专项 → zhuan xiang; 转 reads zhuan or zhuai, 向 xiang). Tones are
 * ignored: an input method is typed without them ("zhuanxiang" offers 专项, 转向, 转项 alike), so a slip keeps the
 * syllables, not the tones (转向 is zhuǎnxiàng, 专项 zhuānxiàng). Only Chinese characters of equal count compare.
 */
export function soundsLike(written: string, meant: string): boolean {
  const chinese = /^[\u4e00-\u9fff]+$/;
  if (written.length !== meant.length || !chinese.test(written) || !chinese.test(meant)) return false;
  const lib = pinyinPro();
  const opts = { toneType: 'none', type: 'array' } as const;
  const meantSyllables = lib.pinyin(meant, opts);
  const writtenReadings = lib.polyphonic(written, opts);
  return meantSyllables.every((s, i) => writtenReadings[i]?.includes(s) ?? false);
}
