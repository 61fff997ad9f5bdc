// One file, start to finish: read, structure, check, summarize. Never throws:
// whatever goes wrong becomes that file's error entry. Runs in a worker or in-process.
import { FileError } from '../../model/errors.js';
import type { DecodedText } from '../../input/decode-text.js';
import { decodingNotes } from '../../input/notes.js';
import { detectFormat, readDocument } from '../../parsers/index.js';
import type { FileResult } from '../../model/result.js';
import { timePhase } from './phases.js';
import type { Lang, Settings, RuleSetting } from '../../model/settings.js';

/** Everything a worker needs for one file; plain data (it crosses threads). */
export interface CheckTask {
  path: string;
  maxBytes: number;
  lang: Lang;
  ruleConfig: Record<string, RuleSetting>;
  settings: Settings;
  /** Time LibreOffice may take for a .doc. */
  docTimeoutMs?: number;
  /** The file's bytes when they came on stdin (--stdin): path is then only the name that decides the format. */
  bytes?: Uint8Array;
  /** Memory outside the JS heap (ArrayBuffers) the file may hold in its worker; the default is worker.ts's. */
  maxExternalBytes?: number;
}

export async function checkFile(task: CheckTask): Promise<FileResult> {
  const format = detectFormat(task.path) ?? 'unknown';
  try {
    let decoded: DecodedText | undefined;
    const onDecoded = (d: DecodedText) => (decoded = d);
    const doc = await timePhase('read', () =>
      readDocument(task.path, {
        maxBytes: task.maxBytes,
        docTimeoutMs: task.docTimeoutMs,
        onDecoded,
        bytes: task.bytes,
      }),
    );
    const { findings, summarizeDocument } = await timePhase('rules', async () => {
      const [{ checkDocument, summarizeDocument }, { allRules }] = await Promise.all([
        import('../../engine/check-document.js'),
        import('../../../rules/index.js'),
      ]);
      return {
        findings: checkDocument(doc, {
          rules: allRules,
          ruleConfig: task.ruleConfig,
          settings: task.settings,
          lang: task.lang,
        }),
        summarizeDocument,
      };
    });
    const result: FileResult = {
      path: task.path,
      format: doc.format,
      status: 'ok',
      document: summarizeDocument(doc, task.settings),
      findings,
    };
    if (decoded) {
      result.encoding = { name: decoded.encoding, bom: decoded.bom, replaced: decoded.replaced };
      const notes = decodingNotes(decoded, task.lang);
      if (notes.length) result.notes = notes;
    }
    return result;
  } catch (e) {
    return errorResult(task.path, format, toFileError(e), task.lang);
  }
}

export function errorResult(path: string, format: FileResult['format'], err: FileError, lang: Lang): FileResult {
  return { path, format, status: 'error', error: { code: err.code, message: err.localized(lang) }, findings: [] };
}

/** A FileError as it is; anything else is a bug in reportlint, reported as E_INTERNAL for that file only. */
export function toFileError(e: unknown): FileError {
  if (e instanceof FileError) return e;
  // the user's message says no JavaScript (errors.ts E_INTERNAL); whoever reports the bug gets the stack this way
  if (process.env.REPORTLINT_DEBUG)
    process.stderr.write(`reportlint: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return new FileError('E_INTERNAL', { detail: detail.slice(0, 500) });
}
