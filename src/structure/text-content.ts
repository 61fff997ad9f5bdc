// Turns a parser's physical lines into a TextContent: raw text for excerpts,
// normalized text for matching, and where each line starts.
import type { RawLine, TextContent } from '../model/document.js';
import { normalize } from './normalize.js';

export function textContentFromLines(lines: RawLine[]): TextContent {
  let raw = '';
  const rawStarts: number[] = [];
  for (const l of lines) {
    rawStarts.push(raw.length);
    raw += l.text;
  }
  const { text, rawIndex } = normalize(raw);
  const out: TextContent['lines'] = [];
  let k = 0;
  lines.forEach((l, i) => {
    // first normalized char at or after this line's raw start
    while (k < text.length && rawIndex[k] < rawStarts[i]) k++;
    if (out.length && out[out.length - 1].offset === k && k < text.length && i > 0 && l.text.trim() === '') return;
    out.push({
      offset: k,
      page: l.page,
      line: l.line,
      ...(l.docxParagraph !== undefined ? { docxParagraph: l.docxParagraph } : {}),
    });
  });
  if (!out.length) out.push({ offset: 0, page: null, line: null });
  out[0].offset = 0;
  return { text, raw, rawIndex, lines: out };
}

/** The physical line that holds normalized offset `at`. */
export function lineAt(tc: TextContent, at: number): TextContent['lines'][number] {
  let best = tc.lines[0];
  for (const l of tc.lines) {
    if (l.offset <= at) best = l;
    else break;
  }
  return best;
}
