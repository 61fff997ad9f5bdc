// One-character slips of the evaluated unit's own name ("重庆市綦江区人民医阮" for 重庆市綦江区人民医院): on a
// department's or unit's whole-spending report the unit is what the report is about, so its name is checked as
// the project's name is, headings included.
import type { Segmenter } from '../../model/rule.js';
import type { TextPlace } from './places.js';
import { occurrences } from './occurrences.js';
import { looksLikeUnit } from './units.js';

export interface UnitSlip {
  place: TextPlace;
  start: number;
  end: number;
  /** The name as written. */
  written: string;
  /** The name as the cover writes it. */
  meant: string;
}

/** The unit's region prefix (重庆市綦江区): another place's unit of the same kind is another unit, not a slip. */
const REGION = /^(?:[\u4e00-\u9fff]{1,6}?(?:省|自治区|市|州|盟|地区|县|区|旗))+/;
/** 第一中学 / 第二中学, 一分院 / 二分院: a numbered unit is a sibling, not a slip. */
const ORDINAL = /[\d一二三四五六七八九十百〇零两第]/;

/** The suffixes that make a unit of a word ("民政局", "卫健委", "教育厅", "疾控中心"). */
const UNIT_SUFFIX = /(?:局|厅|委|办|署|处|中心|站|所)$/;

/**
 * Whether `written` and `name` (one character apart, at `diff`) name two units: the words just before the same
 * unit suffix, the changed character in them, both words of their own ("财政局" / "民政局", whatever the segmenter
 * makes of "…市民政局").
 */
function anotherUnitWord(written: string, name: string, diff: number, seg: Segmenter): boolean {
  const suffix = UNIT_SUFFIX.exec(name)?.[0];
  if (!suffix || !seg.isWord) return false;
  const end = name.length - suffix.length;
  for (let start = end - 2; start >= Math.max(0, end - 4); start--) {
    if (diff < start || diff >= end) continue;
    if (seg.isWord(written.slice(start, end)) && seg.isWord(name.slice(start, end))) return true;
  }
  return false;
}

/**
 * Places where the unit's name is written with one character changed inside one of its words, the changed word no
 * word of its own ("医阮"; "人民法院" for 人民医院 is another institution). The name must be written right at least
 * twice, and more often than the variant.
 */
export function ownUnitSlips(all: TextPlace[], unit: string, seg: Segmenter): UnitSlip[] {
  const name = unit.replace(/\s/g, '');
  if (name.length < 5 || !looksLikeUnit(name) || !seg.isWord) return [];
  const { count } = occurrences(all);
  const own = count(name);
  if (own < 2) return [];
  const from = REGION.exec(name)?.[0].length ?? 0;
  // the words of the name, to know which word a changed character breaks
  const words: Array<{ start: number; end: number }> = [];
  let at = 0;
  for (const w of seg.cut(name)) {
    words.push({ start: at, end: at + w.length });
    at += w.length;
  }
  const out: UnitSlip[] = [];
  for (const place of all) {
    const t = place.text;
    for (let i = 0; i + name.length <= t.length; i++) {
      let diff = -1;
      for (let k = 0; k < name.length; k++) {
        if (t[i + k] === name[k]) continue;
        if (diff >= 0) {
          diff = -2;
          break;
        }
        diff = k;
      }
      if (diff < from) continue;
      const written = t.slice(i, i + name.length);
      const ch = written[diff];
      if (!/[\u4e00-\u9fff]/.test(ch) || ORDINAL.test(ch) || ORDINAL.test(name[diff])) continue;
      const word = words.find((w) => w.start <= diff && diff < w.end);
      // "财政局" for 民政局: the word before the same unit suffix a word of its own (财政 / 民政) is another bureau
      if (anotherUnitWord(written, name, diff, seg)) continue;
      if (!word || word.end - word.start < 2) continue;
      if (seg.isWord(written.slice(word.start, word.end))) continue;
      // "《牡丹江市财政局关于开展…的通知》": a unit inside a document's title is that document's issuer
      if (t.lastIndexOf('《', i) > t.lastIndexOf('》', i)) continue;
      out.push({ place, start: i, end: i + name.length, written, meant: name });
    }
  }
  return out.filter((s) => count(s.written) < own);
}
