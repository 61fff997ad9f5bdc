// The review file (--review FILE): per finding fingerprint, confirmed / dismissed
// (with a reason and a name) / pending. The fingerprint is the baseline's — rule,
// the text around the finding and the document's identity, never a position — so a
// decision survives paragraphs inserted above the finding.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { fingerprintOf } from '../cli/baseline.js';
import { ConfigError } from '../cli/config/errors.js';
import { readJsonFile } from '../cli/config/json-syntax.js';
import type { FileResult, ReviewMark, ReviewStatus } from '../model/result.js';
import { REVIEW_SCHEMA } from './schema.js';

export interface ReviewEntry extends ReviewMark {
  fingerprint: string;
  ruleId?: string;
  document?: string;
  excerpt?: string;
}

export interface ReviewFile {
  reportlintReview: 1;
  entries: ReviewEntry[];
}

export function readReview(path: string): ReviewFile {
  // the system's error or the JSON's fault in words (config/json-syntax.ts), not JavaScript's message
  const read = readJsonFile(path);
  if ('problem' in read)
    throw new ConfigError('--review', path, {
      'zh-CN': `无法读取审核文件：${read.problem['zh-CN']}`,
      en: `cannot read the review file: ${read.problem.en}`,
    });
  const data = read.data;
  const validate = new Ajv2020({ allErrors: false, strict: false }).compile(REVIEW_SCHEMA);
  if (!validate(data)) {
    const e = validate.errors?.[0];
    const where = e?.instancePath || '/';
    throw new ConfigError('--review', path, {
      'zh-CN': `不是有效的 reportlint 审核文件（${where}：${e?.message ?? ''}；驳回须写明 reason 和 name）`,
      en: `not a valid reportlint review file (${where}: ${e?.message ?? ''}; a dismissal needs a reason and a name)`,
    });
  }
  return data as ReviewFile;
}

/** A review file recording these findings' current marks, pending where none (what the HTML report downloads, too). */
export function reviewFor(files: FileResult[]): ReviewFile {
  const entries = new Map<string, ReviewEntry>();
  for (const file of files) {
    for (const f of [...file.findings, ...(file.dismissed ?? [])]) {
      const fp = fingerprintOf(file, f);
      if (!entries.has(fp.fingerprint))
        entries.set(fp.fingerprint, {
          ...fp,
          ruleId: f.ruleId,
          ...(f.review ?? { status: 'pending' as ReviewStatus }),
        });
    }
  }
  return { reportlintReview: 1, entries: [...entries.values()] };
}

export function serializeReview(r: ReviewFile): string {
  return JSON.stringify(r, null, 2) + '\n';
}
