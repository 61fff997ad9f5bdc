// Errors a file can end in. Each has a stable code (the contract's error.code)
// and a message in both languages; the parser that detects it throws FileError.
import type { Message } from './rule.js';
import { fillTemplate, type DetailValue } from '../i18n/template.js';
import type { Lang } from './settings.js';

export const ERROR_MESSAGES = {
  E_NOT_FOUND: { 'zh-CN': '文件不存在：{path}', en: 'File not found: {path}' },
  E_IS_DIRECTORY: { 'zh-CN': '这是一个目录，不是文件：{path}', en: 'This is a directory, not a file: {path}' },
  E_EMPTY: { 'zh-CN': '文件为空：{path}', en: 'The file is empty: {path}' },
  E_UNSUPPORTED_FORMAT: {
    'zh-CN': '不支持的文件类型“{ext}”：可检查 .docx、.pdf、.txt、.md（.doc 需安装 LibreOffice）',
    en: 'Unsupported file type "{ext}": reportlint reads .docx, .pdf, .txt, .md (.doc needs LibreOffice)',
  },
  E_CORRUPT: { 'zh-CN': '文件已损坏，无法读取：{detail}', en: 'The file is corrupt and cannot be read: {detail}' },
  E_NO_DOCUMENT_PART: {
    'zh-CN': '该 .docx 缺少正文部分（word/document.xml），可能不是 Word 文档',
    en: 'This .docx has no document part (word/document.xml); it may not be a Word document',
  },
  E_ENCRYPTED: {
    'zh-CN': 'PDF 有密码保护，请提供未加密的文件',
    en: 'The PDF is password-protected; please supply an unencrypted file',
  },
  E_NO_TEXT: {
    'zh-CN': 'PDF 没有文字层（可能是扫描件），请先做文字识别（OCR）或提供 Word 版本',
    en: 'The PDF has no text layer (probably a scan); run OCR on it first or supply the Word version',
  },
  E_TOO_LARGE: {
    'zh-CN': '文件过大（{size}），超过上限 {limit}',
    en: 'The file is too large ({size}); the limit is {limit}',
  },
  E_TIMEOUT: { 'zh-CN': '检查超时（超过 {seconds} 秒）', en: 'Checking timed out (over {seconds} s)' },
  E_DOC_CONVERTER_MISSING: {
    'zh-CN': '读取 .doc 需要 LibreOffice：请安装（如 apt-get install libreoffice-writer）或将文件另存为 .docx',
    en: 'Reading .doc needs LibreOffice: install it (e.g. apt-get install libreoffice-writer) or save the file as .docx',
  },
  E_READ: { 'zh-CN': '无法读取文件：{detail}', en: 'Cannot read the file: {detail}' },
  // the JavaScript error behind it is no message for a user: REPORTLINT_DEBUG=1 prints it on stderr
  E_INTERNAL: {
    'zh-CN':
      '检查该文件时 reportlint 出现内部错误（程序缺陷，不是文件的问题）；请用 REPORTLINT_DEBUG=1 重新运行并报告所显示的内容',
    en: 'reportlint failed internally while checking this file (a bug, not a problem with the file); run again with REPORTLINT_DEBUG=1 and report what it prints',
  },
  E_NO_REPORTS_IN_DIRECTORY: {
    'zh-CN': '目录中没有可检查的报告文件（.docx、.pdf、.txt、.md、.doc）：{path}',
    en: 'The directory holds no report files (.docx, .pdf, .txt, .md, .doc): {path}',
  },
  E_DOC_CONVERT_FAILED: {
    'zh-CN': 'LibreOffice 未能把该 .doc 转换为 .docx：{detail}',
    en: 'LibreOffice could not convert this .doc to .docx: {detail}',
  },
} satisfies Record<string, Message>;

export type ErrorCode = keyof typeof ERROR_MESSAGES;
export type { DetailValue };

/** What the system said when a file could not be opened or read, in words (the errno code stays after them). */
const ERRNO_MESSAGES: Record<string, Message> = {
  EACCES: { 'zh-CN': '没有读取权限', en: 'permission denied' },
  EPERM: { 'zh-CN': '操作不被允许', en: 'operation not permitted' },
  ENOENT: { 'zh-CN': '文件或文件夹不存在', en: 'no such file or folder' },
  ENOTDIR: { 'zh-CN': '路径中有一段不是文件夹', en: 'part of the path is not a folder' },
  EISDIR: { 'zh-CN': '这是一个文件夹', en: 'it is a folder' },
  ELOOP: { 'zh-CN': '符号链接循环', en: 'too many levels of symbolic links' },
  ENAMETOOLONG: { 'zh-CN': '路径过长', en: 'the path is too long' },
  EMFILE: { 'zh-CN': '同时打开的文件过多', en: 'too many open files' },
  EIO: { 'zh-CN': '磁盘读写错误', en: 'input/output error' },
  EBUSY: { 'zh-CN': '文件正被占用', en: 'the file is busy' },
};

/** "没有读取权限（EACCES）" for an errno code; anything else as it is. */
export function describeErrno(code: string, lang: Lang): string {
  const m = ERRNO_MESSAGES[code];
  if (!m) return code;
  return lang === 'en' ? `${m.en} (${code})` : `${m['zh-CN']}（${code}）`;
}

/**
 * A library's exception while reading a file, as an error's detail: the phrase the
 * caller gives for its format ("PDF 结构无效"), in the user's language. The library's
 * own words are English and often JavaScript's ("Cannot read properties of undefined",
 * "[xmldom error] …"), no message for a user: REPORTLINT_DEBUG=1 prints them on stderr.
 */
export function causeDetail(e: unknown, phrase: Message): Message {
  if (process.env.REPORTLINT_DEBUG)
    process.stderr.write(`reportlint: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  return phrase;
}

/** A file that cannot be checked. Thrown by parsers and input checks; caught per file. */
export class FileError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly data: Record<string, DetailValue> = {},
  ) {
    super(fillTemplate(ERROR_MESSAGES[code].en, data));
    this.name = 'FileError';
  }

  localized(lang: Lang): string {
    // E_READ's detail is an errno code (EACCES): said in words in the user's language
    const data =
      this.code === 'E_READ' && typeof this.data.detail === 'string'
        ? { ...this.data, detail: describeErrno(this.data.detail, lang) }
        : this.data;
    return fillTemplate(ERROR_MESSAGES[this.code][lang], data, lang);
  }
}
