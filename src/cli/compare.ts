// reportlint compare OLD NEW: both versions read and checked as a check run does
// (same rules, config and limits), then compared (src/compare/).
import { writeFileSync } from 'node:fs';
import { errorResult, toFileError } from './batch/check-file.js';
import { compareVersions, type Comparison } from '../compare/compare.js';
import { checkDocument, summarizeDocument } from '../engine/check-document.js';
import type { Document } from '../model/document.js';
import { detectFormat, readDocument } from '../parsers/index.js';
import type { FileResult } from '../model/result.js';
import type { Rule } from '../model/rule.js';
import { UsageError } from './messages.js';
import type { Lang, Settings, RuleSetting } from '../model/settings.js';

export const COMPARE_FORMATS = ['text', 'json', 'html'] as const;

export interface CompareOptions {
  format: string;
  output?: string;
  lang: Lang;
  rules: Rule[];
  ruleConfig: Record<string, RuleSetting>;
  settings: Settings;
  maxBytes: number;
}

async function checkVersion(path: string, o: CompareOptions): Promise<{ file: FileResult; doc: Document | null }> {
  try {
    const doc = await readDocument(path, { maxBytes: o.maxBytes });
    const findings = checkDocument(doc, {
      rules: o.rules,
      ruleConfig: o.ruleConfig,
      settings: o.settings,
      lang: o.lang,
    });
    return {
      file: { path, format: doc.format, status: 'ok', document: summarizeDocument(doc, o.settings), findings },
      doc,
    };
  } catch (e) {
    return { file: errorResult(path, detectFormat(path) ?? 'unknown', toFileError(e), o.lang), doc: null };
  }
}

export async function runCompare(
  oldPath: string,
  newPath: string,
  o: CompareOptions,
): Promise<{ comparison: Comparison; report: string }> {
  if (!(COMPARE_FORMATS as readonly string[]).includes(o.format)) {
    throw new UsageError('badChoice', { name: '--format', value: o.format, choices: COMPARE_FORMATS.join(', ') });
  }
  const [a, b] = [await checkVersion(oldPath, o), await checkVersion(newPath, o)];
  const comparison = compareVersions(a.file, b.file, a.doc, b.doc);
  const { renderCompareText, renderCompareJson, renderCompareHtml } = await import('../reporters/compare.js');
  const render = o.format === 'json' ? renderCompareJson : o.format === 'html' ? renderCompareHtml : renderCompareText;
  const report = render(comparison, o.lang);
  if (o.output !== undefined) {
    try {
      writeFileSync(o.output, report);
    } catch (e) {
      throw new UsageError('outputWriteFailed', {
        path: o.output,
        detail: (e as NodeJS.ErrnoException).code ?? (e as Error).message,
      });
    }
  }
  return { comparison, report };
}

/** 2: a version could not be read; 1: the new version still has error-level findings; 0 otherwise. */
export function compareExitCode(c: Comparison): 0 | 1 | 2 {
  if (c.old.status === 'error' || c.new.status === 'error') return 2;
  return c.new.findings.some((f) => f.severity === 'error') ? 1 : 0;
}
