import { describe, expect, it } from 'vitest';
import { checkFile, toFileError } from '../../src/cli/batch/check-file.js';
import { FileError } from '../../src/model/errors.js';
import type { FileResult } from '../../src/model/result.js';
import { exitCodeFor, makeRunResult } from '../../src/engine/run-result.js';

const task = (path: string) => ({ path, maxBytes: 1024, lang: 'en' as const, ruleConfig: {}, settings: {} });

describe('checkFile', () => {
  it('never throws: an unreadable file becomes its error entry', async () => {
    expect(await checkFile(task('/nonexistent/报告.pdf'))).toEqual({
      path: '/nonexistent/报告.pdf',
      format: 'pdf',
      status: 'error',
      error: { code: 'E_NOT_FOUND', message: 'File not found: /nonexistent/报告.pdf' },
      findings: [],
    });
  });
  it("a bug (not a FileError) is E_INTERNAL for that file; its JavaScript error text is not the user's message", () => {
    const e = toFileError(new TypeError("Cannot read properties of undefined (reading 'cells')"));
    expect(e.code).toBe('E_INTERNAL');
    // kept for REPORTLINT_DEBUG, said to no user (issue 12, deliver 6)
    expect(e.data.detail).toBe("TypeError: Cannot read properties of undefined (reading 'cells')");
    for (const lang of ['en', 'zh-CN'] as const)
      expect(e.localized(lang)).not.toMatch(/TypeError|Cannot read|undefined/);
    expect(e.localized('zh-CN')).toMatch(/^检查该文件时 reportlint 出现内部错误/);
    const kept = new FileError('E_ENCRYPTED');
    expect(toFileError(kept)).toBe(kept);
  });
});

describe('summary and exit code', () => {
  const f = (severities: Array<'error' | 'warning' | 'info'>, status: 'ok' | 'error' = 'ok'): FileResult => ({
    path: 'x.txt',
    format: 'txt',
    status,
    findings: severities.map((severity) => ({
      ruleId: 'r/x',
      severity,
      message: 'm',
      locations: [{ text: 'a', excerpt: 'a' }] as never,
    })),
  });
  it('counts findings by severity and failed files', () => {
    expect(makeRunResult([f(['error', 'warning', 'warning']), f(['info']), f([], 'error')]).summary).toEqual({
      files: 3,
      failedFiles: 1,
      errors: 1,
      warnings: 2,
      infos: 1,
    });
  });
  it('0 clean, 1 errors or too many warnings, 2 any failed file', () => {
    expect(exitCodeFor(makeRunResult([f(['info', 'warning'])]), -1)).toBe(0);
    expect(exitCodeFor(makeRunResult([f(['warning', 'warning'])]), 2)).toBe(0);
    expect(exitCodeFor(makeRunResult([f(['warning', 'warning'])]), 1)).toBe(1);
    expect(exitCodeFor(makeRunResult([f(['error'])]), -1)).toBe(1);
    expect(exitCodeFor(makeRunResult([f(['error']), f([], 'error')]), -1)).toBe(2);
  });
});
