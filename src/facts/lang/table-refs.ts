// A sentence that points to a table ("…情况见表8", "详见附表2", "如表3所示") and the caption that names one
// ("表8 2022年度各县（市、区）资金下达及支出情况"): what the sentence presents is that table's.

/** "见表8", "详见附表2", "如表3所示", "见表4、表5": the tables a sentence points to ("表8", "附表2"). */
export function referredTables(sentence: string): string[] {
  const out: string[] = [];
  for (const m of sentence.matchAll(/(?:见|如|参见|详见)((?:附?表\s*\d+[、和及与]?)+)/g))
    for (const n of m[1].matchAll(/(附?表)\s*(\d+)/g)) out.push(n[1] + n[2]);
  return out;
}

/** "表8 2022年度各县…情况", "表8：…", "附表2 …": the table a paragraph captions ("表8", "附表2"), or null. */
export function captionNumber(paragraph: string): string | null {
  const m = /^\s*(附?表)\s*(\d+)(?![\d.．])[\s：:、.．]*(?=\S)/.exec(paragraph);
  return m && paragraph.length <= 60 ? m[1] + m[2] : null;
}
