// Prints the findings of one file, one a line (rule, first location's text, expected → actual), with optional
// settings as JSON in V_SETTINGS: to try a variant of a form while classifying report V's first run.
//   npx tsx scripts/make-fixtures/corpus-v/run-one.mts FILE
import { allRules } from '../../../rules/index.js';
import { checkDocument } from '../../../src/engine/check-document.js';
import { readDocument } from '../../../src/parsers/index.js';

const found = await checkDocument(await readDocument(process.argv[2], { maxBytes: 50 * 1024 * 1024 }), {
  rules: allRules,
  ruleConfig: {},
  settings: JSON.parse(process.env.V_SETTINGS ?? '{}'),
  lang: 'zh-CN',
});
const one = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').slice(0, 90);
for (const f of found)
  console.log([f.ruleId, one(f.locations[0]?.text), `${one(f.expected)} → ${one(f.actual)}`].join('\t'));
