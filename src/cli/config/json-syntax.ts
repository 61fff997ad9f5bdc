// Where and why a config file is not JSON, in the user's language: JSON.parse's own
// message is V8's English ("Unexpected token '}', "{"rules": }" is not valid JSON"),
// often without a position. jsonc-parser (strict: no comments, no trailing commas)
// finds the first fault and its offset; this says it as line and column.
import { readFileSync } from 'node:fs';
import { ParseErrorCode, parse, type ParseError } from 'jsonc-parser';
import { describeErrno } from '../../model/errors.js';
import type { ConfigProblem } from './errors.js';

const WHAT: Partial<Record<ParseErrorCode, ConfigProblem>> = {
  [ParseErrorCode.InvalidSymbol]: {
    'zh-CN': '无效的字符（字符串须用双引号）',
    en: 'invalid character (strings take double quotes)',
  },
  [ParseErrorCode.InvalidNumberFormat]: { 'zh-CN': '数字格式无效', en: 'invalid number' },
  [ParseErrorCode.PropertyNameExpected]: {
    'zh-CN': '此处应为带双引号的键名（最后一项后不能有逗号）',
    en: 'a double-quoted key was expected (no comma after the last item)',
  },
  [ParseErrorCode.ValueExpected]: { 'zh-CN': '此处应为一个值', en: 'a value was expected' },
  [ParseErrorCode.ColonExpected]: { 'zh-CN': '键名后应为冒号', en: 'a colon was expected after the key' },
  [ParseErrorCode.CommaExpected]: { 'zh-CN': '此处应为逗号', en: 'a comma was expected' },
  [ParseErrorCode.CloseBraceExpected]: { 'zh-CN': '缺少右花括号 }', en: 'a closing } is missing' },
  [ParseErrorCode.CloseBracketExpected]: { 'zh-CN': '缺少右方括号 ]', en: 'a closing ] is missing' },
  [ParseErrorCode.EndOfFileExpected]: {
    'zh-CN': 'JSON 已结束，后面不应再有内容',
    en: 'the JSON has ended; nothing may follow it',
  },
  [ParseErrorCode.InvalidCommentToken]: { 'zh-CN': 'JSON 中不能有注释', en: 'JSON allows no comments' },
  [ParseErrorCode.UnexpectedEndOfComment]: { 'zh-CN': 'JSON 中不能有注释', en: 'JSON allows no comments' },
  [ParseErrorCode.UnexpectedEndOfString]: { 'zh-CN': '字符串没有结束的双引号', en: 'a string has no closing quote' },
  [ParseErrorCode.UnexpectedEndOfNumber]: { 'zh-CN': '数字不完整', en: 'a number is cut short' },
  [ParseErrorCode.InvalidUnicode]: { 'zh-CN': '无效的 \\u 转义', en: 'invalid \\u escape' },
  [ParseErrorCode.InvalidEscapeCharacter]: { 'zh-CN': '无效的转义字符', en: 'invalid escape character' },
  [ParseErrorCode.InvalidCharacter]: { 'zh-CN': '字符串中有控制字符', en: 'a control character inside a string' },
};

/** The first syntax fault of text that JSON.parse refused: "第 2 行第 11 列：此处应为一个值". */
export function jsonSyntaxProblem(text: string): ConfigProblem {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return { 'zh-CN': '不是有效的 JSON', en: 'not valid JSON' };
  const before = text.slice(0, first.offset).split('\n');
  const line = before.length;
  const column = before[before.length - 1].length + 1;
  const what = WHAT[first.error] ?? { 'zh-CN': '语法错误', en: 'syntax error' };
  return {
    'zh-CN': `不是有效的 JSON：第 ${line} 行第 ${column} 列，${what['zh-CN']}`,
    en: `not valid JSON: line ${line}, column ${column}: ${what.en}`,
  };
}

/**
 * A JSON file the command line names (a config, a baseline, a review file), parsed;
 * or why it cannot be, in both languages: the system's error in words, or where the
 * JSON is broken. Never JavaScript's own message.
 */
export function readJsonFile(path: string): { data: unknown } | { problem: ConfigProblem } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
    return { problem: { 'zh-CN': describeErrno(code, 'zh-CN'), en: describeErrno(code, 'en') } };
  }
  try {
    return { data: JSON.parse(text) };
  } catch {
    return { problem: jsonSyntaxProblem(text) };
  }
}
