// Where a sentence and a clause begin and end, on normalized text only: normalize() writes
// ; ! ? : ( ) in their full-width forms and keeps "," only between digits ("1,180.00万元"),
// so the marks below are the only ones there are, and a thousands comma ends nothing.

/** "…执行率96.55%。太原市…", "…得分8分；…", "…吗？": the marks that end a sentence. */
export const SENTENCE_END = /[。；！？]/;

/** "预算120万元，到位100万元、支出95万元": the marks that end a clause (a sentence's as well). */
export const CLAUSE_BREAK = /[，、。；！？]/;

/** Sentences of a paragraph: [start, end) offsets, split at 。；！？ (line-ending colons are kept). */
export function sentencesOf(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s = 0;
  for (let i = 0; i < text.length; i++) {
    if (SENTENCE_END.test(text[i])) {
      if (i > s) out.push([s, i]);
      s = i + 1;
    }
  }
  if (s < text.length) out.push([s, text.length]);
  return out;
}

/** Where the sentence holding offset `at` begins. */
export function sentenceStart(text: string, at: number): number {
  let from = at;
  while (from > 0 && !SENTENCE_END.test(text[from - 1])) from--;
  return from;
}

/** Where the sentence holding offset `at` ends (its end mark, or the text's end). */
export function sentenceEnd(text: string, at: number): number {
  let to = at;
  while (to < text.length && !SENTENCE_END.test(text[to])) to++;
  return to;
}

/** The sentence holding offset `at`: [start, end), ending at its end mark or the text's end. */
export function sentenceAt(text: string, at: number): [number, number] {
  return [sentenceStart(text, at), sentenceEnd(text, at)];
}

/**
 * The same, among a paragraph's sentences (`sentencesOf`) that a caller asking for many offsets keeps: the last that
 * starts at or before `at`, found by halving (linear in a paragraph of any length).
 */
export function sentenceAmong(sentences: ReadonlyArray<[number, number]>, at: number): [number, number] | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid][0] <= at) lo = mid;
    else hi = mid - 1;
  }
  return sentences[lo];
}

/** Where the clause holding offset `at` begins, not before `floor`. */
export function clauseStart(text: string, at: number, floor = 0): number {
  for (let i = at - 1; i >= floor; i--) if (CLAUSE_BREAK.test(text[i])) return i + 1;
  return floor;
}

/** The clause a figure stands in, up to the figure. */
export function clauseBefore(text: string, at: number, floor = 0): string {
  return text.slice(clauseStart(text, at, floor), at);
}
