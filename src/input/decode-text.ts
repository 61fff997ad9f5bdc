// Turns the bytes of a .txt/.md report into a string. Chinese reports reach us
// as UTF-8 (with or without BOM), UTF-16 from Windows Notepad, or GB18030/GBK
// from older Chinese Windows; each is recognised from the bytes themselves.

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  bom: boolean;
}

export function decodeText(buf: Uint8Array): DecodedText {
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(buf.subarray(3)), encoding: 'utf-8', bom: true };
  }
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(buf.subarray(2)), encoding: 'utf-16le', bom: true };
  }
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(buf.subarray(2)), encoding: 'utf-16be', bom: true };
  }
  const bomless16 = guessBomlessUtf16(buf);
  if (bomless16) return { text: new TextDecoder(bomless16).decode(buf), encoding: bomless16, bom: false };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: 'utf-8', bom: false };
  } catch {
    // Not valid UTF-8: in a Chinese report that means GBK/GB18030 (GB18030 is a superset of GBK and GB2312).
    return { text: new TextDecoder('gb18030').decode(buf), encoding: 'gb18030', bom: false };
  }
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
