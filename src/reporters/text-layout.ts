// The text report's lines fit an 80-column terminal: long lines wrap with a hanging
// indent (the continuation starts under the text, not under the label), and an
// excerpt is trimmed around the finding's span with "…". Widths are display widths
// (string-width: a Chinese character takes two columns).
import stringWidth from 'string-width';
import type { SplitExcerpt } from './span.js';

/** The terminal the text report is laid out for. */
export const TEXT_WIDTH = 80;

const ELLIPSIS = '…';
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Pieces a line may break between: a run of ASCII letters, digits and marks (a word,
 * a rule id, a number such as 95.00%) stays whole when it can; any other character
 * (Chinese, where a line may break anywhere) is a piece of its own; spaces are pieces.
 */
function pieces(text: string): string[] {
  // closing punctuation stays with the character before it, opening with the one after:
  // no line starts with “，” or “）”, none ends with “《”
  return text.match(/ +|[!-~]+|[（《「『“‘【〔]*[^ !-~][，。、；：？！）】》」』”’〕]*/gu) ?? [];
}

/** Splits text into its first part that fits width columns and the rest; with force, at least one grapheme. */
function cut(text: string, width: number, force = true): [string, string] {
  let used = 0;
  let end = 0;
  for (const { segment } of graphemes.segment(text)) {
    const w = stringWidth(segment);
    if (used + w > width && (end > 0 || !force)) break;
    used += w;
    end += segment.length;
  }
  return [text.slice(0, end), text.slice(end)];
}

/**
 * Lays text out in lines of at most `width` columns: the first after `first` (its
 * label, already on the line), the others after `rest` (spaces: the hanging indent).
 * Plain text in, plain lines out: paint after laying out.
 */
export function wrap(text: string, first: string, rest: string, width = TEXT_WIDTH): string[] {
  const lines: string[] = [];
  let line = first;
  let room = width - stringWidth(first);
  let empty = true; // nothing but the label or the indent on the line yet
  const newLine = () => {
    lines.push(line.trimEnd());
    line = rest;
    room = width - stringWidth(rest);
    empty = true;
  };
  for (let p of pieces(text)) {
    if (p.startsWith(' ')) {
      // a space at a break is dropped: the next line starts with the text
      if (!empty && stringWidth(p) < room) {
        line += p;
        room -= stringWidth(p);
      } else if (!empty) newLine();
      continue;
    }
    let w = stringWidth(p);
    if (w > room && !empty && w <= width - stringWidth(rest)) newLine();
    // a piece longer than a whole line (a long path, a URL) is broken where it must be
    while (w > room) {
      // on a line that has text already, only what fits; on an empty one at least a character
      const [head, tail] = cut(p, room, empty);
      line += head;
      newLine();
      p = tail;
      w = stringWidth(p);
    }
    line += p;
    room -= w;
    empty = false;
  }
  lines.push(line.trimEnd());
  return lines;
}

/** The last graphemes of text that fit width columns. */
function tail(text: string, width: number): string {
  const parts = [...graphemes.segment(text)].map((s) => s.segment);
  let used = 0;
  let start = parts.length;
  while (start > 0 && used + stringWidth(parts[start - 1]) <= width) used += stringWidth(parts[--start]);
  return parts.slice(start).join('');
}

/**
 * The excerpt trimmed to `width` columns around its span: the span whole if it fits
 * (else its beginning and "…"), then as much context either side as there is room
 * for, an even share each unless one side needs less; a cut side gets "…".
 * `markWidth` is what marking the span adds (【】: 4 columns; 0 with colour).
 */
export function fitExcerpt(parts: SplitExcerpt, width: number, markWidth: number): SplitExcerpt {
  const { before, span, after } = parts;
  const total = stringWidth(before) + stringWidth(span) + stringWidth(after) + (span ? markWidth : 0);
  if (total <= width) return parts;
  if (!span) return { before: fitEnd(before, width), span: '', after: '' };
  const ell = stringWidth(ELLIPSIS);
  let s = span;
  // room for the span, its marks and an ellipsis either side at least
  const spanRoom = width - markWidth - 2 * ell;
  if (stringWidth(s) > spanRoom) s = cut(s, Math.max(1, spanRoom - ell))[0] + ELLIPSIS;
  let room = width - markWidth - stringWidth(s);
  const bw = stringWidth(before);
  const aw = stringWidth(after);
  // each side keeps all of itself when it fits in its share, and gives the rest to the other
  let bRoom = Math.floor(room / 2);
  let aRoom = room - bRoom;
  if (bw <= bRoom) aRoom = room - bw;
  else if (aw <= aRoom) bRoom = room - aw;
  const b = bw <= bRoom ? before : bRoom > ell ? ELLIPSIS + tail(before, bRoom - ell) : '';
  room -= stringWidth(b);
  const a = aw <= room ? after : room > ell ? cut(after, room - ell)[0] + ELLIPSIS : '';
  return { before: b.replace(/^…+/, ELLIPSIS), span: s, after: a.replace(/…+$/, ELLIPSIS) };
}

/** Text cut to width columns, "…" at the end when it was cut. */
function fitEnd(text: string, width: number): string {
  if (stringWidth(text) <= width) return text;
  return cut(text, width - stringWidth(ELLIPSIS))[0] + ELLIPSIS;
}
