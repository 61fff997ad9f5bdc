// Runs the rules whose id starts with one of the given prefixes on one file and prints each finding with its first
// location. Used to classify the first run (docs/corpus-q-notes.md).
//   npx tsx scripts/make-fixtures/corpus-q/rules-on.mts FILE score/,count/
import { readDocument } from '../../../src/parsers/index.js';
import { checkDocument } from '../../../src/engine/check-document.js';
import { allRules } from '../../../rules/index.js';
const doc = await readDocument(process.argv[2], { maxBytes: 50 * 1024 * 1024 });
const ids = process.argv[3].split(',');
const rules = allRules.filter((r) => ids.some((i) => r.meta.id.startsWith(i)));
for (const f of checkDocument(doc, { rules, ruleConfig: {}, settings: {}, lang: 'zh-CN' }))
  console.log(
    f.ruleId,
    '|',
    f.message.slice(0, 160),
    '|',
    f.locations[0].excerpt?.slice(0, 80) ?? JSON.stringify(f.locations[0]).slice(0, 100),
  );
