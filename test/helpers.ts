// Shared by the tests: build documents from text, read fixtures, run one rule.
import { checkDocument } from '../src/engine/check-document.js';
import type { Document } from '../src/model/document.js';
import { readDocument } from '../src/parsers/index.js';
import { htmlToBlocks } from '../src/parsers/html.js';
import { readPandocTable } from '../src/parsers/pandoc-table.js';
import { parseText } from '../src/parsers/text.js';
import type { Rule } from '../src/model/rule.js';
import { buildDocument } from '../src/structure/build.js';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import type { Lang, Settings, RuleSetting } from '../src/model/settings.js';
import type { Finding } from '../src/model/result.js';

export const repoRoot = resolve(fileURLToPath(new URL('..', import.meta.url)));
export const fixture = (...p: string[]) => resolve(repoRoot, 'fixtures', ...p);
export const SEED = {
  txt: fixture('seed', 'seed.txt'),
  docx: fixture('seed', 'seed.docx'),
  pdf: fixture('seed', 'seed.pdf'),
} as const;
export const SEED_FORMATS = ['txt', 'docx', 'pdf'] as const;

/** A document from inline text, as the .txt (or .md) parser reads it. */
export function docFromText(text: string, format: 'txt' | 'md' = 'txt'): Document {
  return buildDocument(parseText(text, `inline.${format}`, format, { htmlToBlocks, readPandocTable }));
}

const cache = new Map<string, Promise<Document>>();
/** Reads a fixture file once per test file (parsing the PDF takes a while). */
export function readFixture(path: string): Promise<Document> {
  if (!cache.has(path)) cache.set(path, readDocument(path, { maxBytes: 50 * 1024 * 1024 }));
  return cache.get(path)!;
}

export function runRule(
  rule: Rule | Rule[],
  doc: Document,
  opts: {
    options?: Record<string, unknown>;
    settings?: Settings;
    lang?: Lang;
    severity?: RuleSetting['severity'];
  } = {},
): Finding[] {
  const rules = Array.isArray(rule) ? rule : [rule];
  const ruleConfig: Record<string, RuleSetting> = {};
  for (const r of rules)
    ruleConfig[r.meta.id] = { options: opts.options, ...(opts.severity ? { severity: opts.severity } : {}) };
  return checkDocument(doc, { rules, ruleConfig, settings: opts.settings ?? {}, lang: opts.lang ?? 'zh-CN' });
}

/** Squashes whitespace, as the contract's checker compares excerpts. */
export const squash = (s: string) => s.replace(/\s+/g, '');
