// The line a Chinese report prints above the piece of a table that a page break cut: "续表3", "（续上表）",
// "表3（续）", "附件7（续）", "附表2（续表）". It marks a continuation, not a new table's title or a heading;
// the table reassembly joins across it and the funding facts keep a lone piece's 合计 out of their sums.

/** A continuation mark, on text with its whitespace removed; a short mark only (a longer line is a title). */
const CONTINUED_CAPTION =
  /^(?:[(（]?续上?表[\d一二三四五六七八九十]*[)）]?|(?:附表|附件|表)[\d一二三四五六七八九十.\-]+[(（]续表?[)）].*)$/;

export function isContinuedCaption(text: string): boolean {
  const t = text.replace(/\s/g, '');
  return t.length <= 24 && CONTINUED_CAPTION.test(t);
}
