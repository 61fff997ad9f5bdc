// Turns the bytes of a .txt/.md report into a string. Chinese reports reach us
// as UTF-8 (with or without BOM), UTF-16 from Windows Notepad, or GB18030/GBK
// from older Chinese Windows; each is recognised from the bytes themselves.

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  bom: boolean;
  /** Invalid byte sequences replaced by U+FFFD (only ever in UTF-8 read despite a few bad bytes). */
  replaced: number;
}

/**
 * UTF-8 with a few bad bytes (a damaged copy, a last character cut off) is still
 * UTF-8: read as GB18030 it turns into nonsense without an error. Text is taken as
 * UTF-8 when at most one in this many of its non-ASCII characters is invalid.
 */
const UTF8_VALID_PER_INVALID = 50;

export function decodeText(buf: Uint8Array): DecodedText {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    // a BOM says UTF-8: bad bytes after it are replaced, whatever their number
    const text = new TextDecoder('utf-8').decode(buf.subarray(3));
    return {
      text,
      encoding: 'utf-8',
      bom: true,
      replaced: countReplacements(text) - countRealReplacementChars(buf.subarray(3)),
    };
  }
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(buf.subarray(2)), encoding: 'utf-16le', bom: true, replaced: 0 };
  }
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(buf.subarray(2)), encoding: 'utf-16be', bom: true, replaced: 0 };
  }
  const bomless16 = guessBomlessUtf16(buf);
  if (bomless16) return { text: new TextDecoder(bomless16).decode(buf), encoding: bomless16, bom: false, replaced: 0 };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: 'utf-8', bom: false, replaced: 0 };
  } catch {
    // not valid UTF-8 throughout: nearly valid is UTF-8 still, else GBK/GB18030 (a superset of GBK and GB2312) if that reads cleanly
  }
  const utf8 = new TextDecoder('utf-8').decode(buf);
  const replaced = countReplacements(utf8) - countRealReplacementChars(buf);
  const validNonAscii = countNonAscii(utf8) - replaced;
  const asUtf8: DecodedText = { text: utf8, encoding: 'utf-8', bom: false, replaced };
  if (validNonAscii >= replaced * UTF8_VALID_PER_INVALID) return asUtf8;
  try {
    return {
      text: new TextDecoder('gb18030', { fatal: true }).decode(buf),
      encoding: 'gb18030',
      bom: false,
      replaced: 0,
    };
  } catch {
    // neither reads cleanly: the one that loses fewer characters
  }
  const gb = new TextDecoder('gb18030').decode(buf);
  const gbReplaced = countReplacements(gb) - countRealReplacementChars(buf);
  return gbReplaced < replaced ? { text: gb, encoding: 'gb18030', bom: false, replaced: gbReplaced } : asUtf8;
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

/** U+FFFD written in the file itself (EF BF BD) is text, not a replacement. */
function countRealReplacementChars(buf: Uint8Array): number {
  const bytes = Buffer.from(buf.buffer, buf.byteOffset, buf.length);
  let n = 0;
  for (let i = bytes.indexOf('\uFFFD', 0, 'utf8'); i >= 0; i = bytes.indexOf('\uFFFD', i + 3, 'utf8')) n++;
  return n;
}

function countNonAscii(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) n++;
  return n;
}

/**
 * UTF-16 without a BOM is rare but happens (some exporters). Chinese UTF-16
 * has few zero bytes, so only ASCII-heavy text is recognisable: many NUL
 * bytes all on the same parity. UTF-8 and GB18030 text never contains NUL.
 */
function guessBomlessUtf16(buf: Uint8Array): TextEncoding | null {
  const n = Math.min(buf.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenZero++;
    if (buf[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.3 && evenZero === 0) return 'utf-16le';
  if (evenZero > pairs * 0.3 && oddZero === 0) return 'utf-16be';
  return null;
}
