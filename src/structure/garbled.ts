// Text a converter decoded with the wrong code page: catdoc reads a .doc's UTF-16 Chinese as single bytes, and each
// character comes out as two Western ones ("评价" → "Ä‹÷N"), letters of Latin-1 among ASCII and Windows-1252 marks.
// Such a line says nothing reportlint can check; rules stay silent on it (src/engine/steps/quiet-tables.ts).

/** Runs of text between Chinese characters, Chinese punctuation and spaces: where a decoding slip shows. */
const TOKEN_BREAK = /[\s\u2E80-\u2FFF\u3000-\u303F\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFFEF]+/u;

/**
 * Characters Windows-1252 gives bytes 0x80–0xFF that a Chinese report never writes: accented Latin letters
 * (À–þ but × ÷) and the rarer marks (ƒ ˆ Š Œ Ž š œ ž Ÿ ˜ ‚ „ † ‡ ‹ › ¦ ¨ ª ¬ ¯ ´ ¸ º ¿ ¡ ¤ ¶).
 */
const STRONG =
  /[\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u00FF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u201A\u201E\u2020\u2021\u2039\u203A\u00A1\u00A4\u00A6\u00A8\u00AA\u00AC\u00AF\u00B4\u00B8\u00BA\u00BF\u00B6]/gu;
/** The other bytes 0x80–0xFF as Windows-1252 reads them: marks a report may write ("‘", "—", "‰", "©", "½"). */
const WEAK = /[\u0080-\u00BF\u2013\u2014\u2018\u2019\u201C\u201D\u2022\u2026\u2030\u20AC\u2122]/gu;

/**
 * Is one run garbled? "ÿ" is the high byte of every full-width mark ("（" U+FF08 → "\bÿ") and never Chinese text's
 * own; otherwise two rare Latin characters ("Ëzy˜"), or one beside a Windows-1252 mark ("Ñ‘", "aÁ‰"). A word with
 * one accent ("café", pinyin "guó") is none.
 */
function garbledRun(run: string): boolean {
  if (run.includes('\u00FF')) return true;
  const strong = run.match(STRONG)?.length ?? 0;
  if (strong >= 2) return true;
  return strong === 1 && run.replace(STRONG, '').match(WEAK) !== null;
}

/** Does the text hold a run of another code page's characters (a line decoded wrongly)? */
export function isGarbled(text: string): boolean {
  return text.split(TOKEN_BREAK).some((run) => run.length > 0 && garbledRun(run));
}
