// A text report's bytes as the machine that saved it wrote them: the encoding (a Chinese Windows saves "ANSI" as
// GBK) and the line ends. render.mjs's toText gives the text (CRLF, as pasted from Word); this gives its bytes.
import { execFileSync } from 'node:child_process';

/** Text (CRLF line ends) → bytes: `encoding` 'utf-8' or 'gbk' (by iconv, as D's and L's files were made), `lineEnd` 'crlf' or 'lf'. */
export function encodeText(text, { encoding = 'utf-8', lineEnd = 'crlf' } = {}) {
  const lines = lineEnd === 'lf' ? text.replace(/\r\n/g, '\n') : text;
  if (encoding === 'utf-8') return Buffer.from(lines, 'utf8');
  if (encoding === 'gbk') return execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GBK'], { input: lines });
  throw new Error(`text: no encoding ${encoding}`);
}
