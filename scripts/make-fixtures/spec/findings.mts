// Prints every finding of one generated report's forms and their controls, one a line (form, side, rule, first location's text,
// expected → actual, excerpt), and for each report finding whether the control has the same rule at the same
// text ("also on control") or the finding touches an injected quote; used to classify the first run
// (docs/corpus-s-notes.md, docs/corpus-v-notes.md).
//   npx tsx scripts/make-fixtures/spec/findings.mts NAME [DIR]   (NAME: the report's file stem, e.g. s-nongye-2024;
//   DIR: a folder with the report's files, its controls in DIR/clean/ or DIR-clean/ as the corpus script finds them;
//   fixtures/corpus by default; SETTINGS='{"year":2024}' passes settings)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRules } from '../../../rules/index.js';
import { checkDocument } from '../../../src/engine/check-document.js';
import type { Finding } from '../../../src/model/result.js';
import { readDocument } from '../../../src/parsers/index.js';
import { controlsDirOf } from '../../corpus.js';
import { locatedAt } from '../../../test/e2e/corpus-match.js';

const NAME = process.argv[2];
if (!NAME) throw new Error('usage: findings.mts NAME [DIR]');
const dir = process.argv[3] ?? 'fixtures/corpus';
const controls = controlsDirOf(dir) ?? join(dir, 'clean');
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { file: string; quote: string }[];
const run = async (path: string) =>
  checkDocument(await readDocument(path, { maxBytes: 50 * 1024 * 1024 }), {
    rules: allRules,
    ruleConfig: {},
    settings: JSON.parse(process.env.SETTINGS ?? '{}'),
    lang: 'zh-CN',
  });
const key = (f: Finding) => `${f.ruleId}@${f.locations[0]?.text}`;
const one = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').slice(0, 90);
for (const form of ['docx', 'md', 'pdf', 'txt']) {
  const report = await run(join(dir, `${NAME}.${form}`));
  const control = await run(join(controls, `${NAME}.clean.${form}`));
  const quotes = expected.filter((e) => e.file === `${NAME}.${form}`).map((e) => e.quote);
  const inControl = new Set(control.map(key));
  for (const f of report) {
    const at = quotes.find((q) => f.locations.some((l) => locatedAt(l, q)));
    const tag = at ? `AT “${at}”` : inControl.has(key(f)) ? 'also-on-control' : 'report-only';
    console.log(
      [
        form,
        'report',
        tag,
        f.ruleId,
        one(f.locations[0]?.text),
        `${one(f.expected)} → ${one(f.actual)}`,
        one(f.locations[0]?.excerpt),
      ].join('\t'),
    );
  }
  const inReport = new Set(report.map(key));
  for (const f of control)
    console.log(
      [
        form,
        'control',
        inReport.has(key(f)) ? 'also-on-report' : 'control-only',
        f.ruleId,
        one(f.locations[0]?.text),
        `${one(f.expected)} → ${one(f.actual)}`,
        one(f.locations[0]?.excerpt),
      ].join('\t'),
    );
}
