// Prints each indicator system of a report as a tree with its stated figures (a debugging aid).
// Run: npx tsx scripts/make-fixtures/corpus-p2/dump-tree.ts FILE
import { readDocument } from '../../../src/parsers/index.js';
import { extractIndicatorSystems } from '../../../src/facts/indicators/systems.js';

const doc = await readDocument(process.argv[2], { maxBytes: 50 << 20 });
for (const [i, f] of extractIndicatorSystems(doc).entries()) {
  console.log(`-- system ${i}`);
  for (const n of f.nodes) {
    const fs = f.facts
      .filter((x) => x.node === n.id)
      .map((x) => `${x.kind}=${x.q ? x.q.value.toString() : (x.grade ?? 'full')}@${x.origin}${x.named ? '*' : ''}`);
    console.log(`${'  '.repeat(n.level)}#${n.id} ${n.name.text} sec=${n.section} :: ${fs.join(' ')}`);
  }
}
