// Prints what reportlint reads of a department report's forms: each scoring form (block, name, department or not),
// each indicator system's tree (levels, names, the figures read for each node with their source) — used to
// classify report S's first run (docs/corpus-s-notes.md).
//   npx tsx scripts/make-fixtures/corpus-s/systems-of.mts FILE
import { extractIndicatorSystems } from '../../../src/facts/indicators/systems.js';
import { scoringForms } from '../../../src/facts/identity/programme-scopes.js';
import { readDocument } from '../../../src/parsers/index.js';

const doc = await readDocument(process.argv[2], { maxBytes: 50 * 1024 * 1024 });
for (const f of scoringForms(doc)) console.log('form', f.block, f.department ? 'department' : 'programme', f.name);
extractIndicatorSystems(doc).forEach((sys, i) => {
  console.log(`system ${i}: ${sys.nodes.length - 1} nodes, analysis section ${sys.analysisSection}`);
  for (const n of sys.nodes) {
    const facts = sys.facts.filter((f) => f.node === n.id);
    const figs = facts.map((f) => `${f.kind}=${f.q?.value ?? f.grade ?? ''}@${f.source}`).join(' ');
    console.log(`${'  '.repeat(n.level + 1)}${n.level} ${n.name.text ?? JSON.stringify(n.name)} ${figs}`);
  }
});
