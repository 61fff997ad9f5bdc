// Notes on how a file was read that change nothing in the verdict but should not go
// unsaid: the bytes reportlint had to replace to read it. One a file at most each.
import type { DecodedText } from './decode-text.js';
import type { FileNote } from '../model/result.js';
import type { Message } from '../model/rule.js';
import type { Lang } from '../model/settings.js';
import { fillTemplate } from '../i18n/template.js';

export const NOTE_MESSAGES = {
  I_REPLACED_BYTES: {
    'zh-CN': '文件不完全是有效的 UTF-8：{count} 处无效字节已替换为 �，其余按 UTF-8 读取（请检查文件是否损坏或被截断）',
    en: 'The file is not entirely valid UTF-8: {count} invalid byte sequence(s) were replaced with �, the rest read as UTF-8 (is the file damaged or cut short?)',
  },
} satisfies Record<string, Message>;

/** What a text file's decoding leaves to say, if anything. */
export function decodingNotes(decoded: DecodedText, lang: Lang): FileNote[] {
  if (decoded.replaced === 0) return [];
  return [
    {
      code: 'I_REPLACED_BYTES',
      message: fillTemplate(NOTE_MESSAGES.I_REPLACED_BYTES[lang], { count: decoded.replaced }),
    },
  ];
}
