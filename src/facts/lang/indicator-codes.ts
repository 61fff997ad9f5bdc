// Indicator codes, one family of shapes: a letter for the first level and digits below it (A, A1,
// A101), a dash before each deeper part ("A1-1 政策依据充分性" under "A1 政策设立" under "A 决策"),
// or dotted digits (1, 1.2, 1.2.3). A code nests under the code it extends: A ⊃ A1 ⊃ A1-1, A ⊃ A101,
// 1.2 ⊃ 1.2.3. (Budget classification codes, 213 ⊃ 21301, are another family: funding/table-codes.ts.)

/** A code as written before a name or at a paragraph's head: "A101", "A1-1", "C1.2" (one or two letters). */
export const LEADING_CODE = /[A-Z]{1,2}\d{1,4}(?:[-.]\d+)*/;

/** A table cell that holds a code and nothing else: "A", "A1", "A101", "A1-1", "1.2.3". */
export const CELL_CODE = /^(?:[A-Z](?:\d+(?:-\d+)*)?|\d+(?:\.\d+)*)$/;

/**
 * `code` lies under `parent`: A → A1, A1 → A101, A1 → A1-1 (and A → A1-1, a row between them left out),
 * 1.2 → 1.2.3. Not 1 → 10, and not A1-1 → A1-12: below a dashed part only a further dash goes down.
 */
export function codeExtends(code: string, parent: string): boolean {
  if (code.length <= parent.length || !code.startsWith(parent)) return false;
  const rest = code.slice(parent.length);
  if (!/^[A-Z]/.test(parent)) return rest[0] === '.';
  if (parent.includes('-')) return /^(?:-\d+)+$/.test(rest);
  // a dash follows digits only ("A1-1", never "A-1")
  return /^\d*(?:-\d+)*$/.test(rest) && (/^\d/.test(rest) || /\d$/.test(parent));
}
