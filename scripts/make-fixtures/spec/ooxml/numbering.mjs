// Word's automatic numbering for a spec ("docx": { "numbering": { "headings": [levels], "list": [levels] } }):
// a heading or paragraph whose text starts with <num>一、</num> is numbered by numbering.xml instead of carrying
// the number in its runs (mammoth drops such numbers; the docx parser computes them again). "headings" numbers
// the headings (level = heading level), "list" the paragraphs. A level:
//   { "format": "japaneseCounting" | "chineseCounting" | "decimal", "text": "%1、", "suffix": "nothing",
//     "left": "0pt", "firstLine": "32pt", "font": "黑体" }
// The number the spec shows is checked against the one Word will generate, so the two cannot drift.
import { AlignmentType, LevelFormat, LevelSuffix } from 'docx';
import { twips } from './styles.mjs';

const DIGITS = '零一二三四五六七八九';
/** 1 → 一, 12 → 十二, 20 → 二十 (numbers below a hundred, as headings and lists go). */
export function chineseCount(n) {
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  return (tens > 1 ? DIGITS[tens] : '') + '十' + (n % 10 ? DIGITS[n % 10] : '');
}

const FORMAT = {
  japaneseCounting: LevelFormat.JAPANESE_COUNTING,
  chineseCounting: LevelFormat.CHINESE_COUNTING,
  decimal: LevelFormat.DECIMAL,
};
const shown = (format, n) => (format === 'decimal' ? String(n) : chineseCount(n));

/** The docx package's numbering config of a spec's lists. */
export function numberingConfig(numbering, fonts = {}) {
  return {
    config: Object.entries(numbering).map(([reference, levels]) => ({
      reference,
      levels: levels.map((l, level) => ({
        level,
        format: FORMAT[l.format],
        text: l.text,
        alignment: AlignmentType.LEFT,
        suffix: LevelSuffix[(l.suffix ?? 'tab').toUpperCase()],
        style: {
          paragraph: { indent: { left: twips(l.left ?? '0pt'), firstLine: twips(l.firstLine ?? '0pt') } },
          ...(l.font ? { run: { font: { eastAsia: fonts[l.font] ?? l.font } } } : {}),
        },
      })),
    })),
  };
}

/**
 * Counts as Word does (a level restarts after a higher one) and checks what the spec shows: returns
 * (list, level, shownText) → the paragraph's numbering option.
 */
export function numberText(numbering) {
  const counts = {};
  return (list, level, text) => {
    const levels = numbering[list];
    if (!levels?.[level])
      throw new Error(`spec docx: <num>${text}</num> but no numbering "${list}" level ${level + 1}`);
    const c = (counts[list] ??= []);
    c[level] = (c[level] ?? 0) + 1;
    c.length = level + 1;
    const expected = levels[level].text.replace(/%(\d)/g, (_, k) => shown(levels[k - 1].format, c[k - 1] ?? 0));
    if (expected !== text) throw new Error(`spec docx: <num>${text}</num> but Word numbers it ${expected}`);
    return { reference: list, level };
  };
}
