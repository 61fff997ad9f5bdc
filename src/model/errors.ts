// Errors a file can end in. Each has a stable code (the contract's error.code)
// and a message in both languages; the parser that detects it throws FileError.
import type { Message } from './rule.js';
import { fillTemplate } from '../i18n/template.js';
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
  E_ENCRYPTED: { 'zh-CN': 'PDF 有密码保护，请提供未加密的文件', en: 'The PDF is password-protected; please supply an unencrypted file' },
  E_NO_TEXT: {
    'zh-CN': 'PDF 没有文字层（可能是扫描件），请先做文字识别（OCR）或提供 Word 版本',
    en: 'The PDF has no text layer (probably a scan); run OCR on it first or supply the Word version',
  },
  E_TOO_LARGE: { 'zh-CN': '文件过大（{size}），超过上限 {limit}', en: 'The file is too large ({size}); the limit is {limit}' },
  E_TIMEOUT: { 'zh-CN': '检查超时（超过 {seconds} 秒）', en: 'Checking timed out (over {seconds} s)' },
  E_DOC_CONVERTER_MISSING: {
    'zh-CN': '读取 .doc 需要 LibreOffice：请安装（如 apt-get install libreoffice-writer）或将文件另存为 .docx',
    en: 'Reading .doc needs LibreOffice: install it (e.g. apt-get install libreoffice-writer) or save the file as .docx',
  },
  E_READ: { 'zh-CN': '无法读取文件：{detail}', en: 'Cannot read the file: {detail}' },
  E_INTERNAL: { 'zh-CN': '检查时出现内部错误：{detail}', en: 'Internal error while checking: {detail}' },
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

/** A file that cannot be checked. Thrown by parsers and input checks; caught per file. */
export class FileError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly data: Record<string, string | number> = {},
  ) {
    super(fillTemplate(ERROR_MESSAGES[code].en, data));
    this.name = 'FileError';
  }

  localized(lang: Lang): string {
    return fillTemplate(ERROR_MESSAGES[this.code][lang], this.data);
  }
}
