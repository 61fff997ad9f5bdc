// Prints each score fact reportlint reads for one indicator (by name) in one file: its system, kind, value,
// source and block, to see which places a consensus weighs. Used for docs/corpus-t-notes.md.
//   npx tsx scripts/make-fixtures/corpus-t/scores-of.mts FILE NAME
import { Facts } from '../../../src/facts/store.js';
import { readDocument } from '../../../src/parsers/index.js';
import { getSegmenter } from '../../../src/structure/segmenter.js';

const doc = await readDocument(process.argv[2], { maxBytes: 50 * 1024 * 1024 });
const facts = new Facts(doc, {}, getSegmenter);
facts.indicators.forEach((s, i) => {
  const nodes = s.facts.nodes.filter((n) => n.name.key === process.argv[3]);
  for (const n of nodes)
    for (const f of s.facts.facts.filter((x) => x.node === n.id))
      console.log(`system ${i} node ${n.id} level ${n.level}`, f.kind, f.q.text, f.source, `@${f.span.block}`);
});
