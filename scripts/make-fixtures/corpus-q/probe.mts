// What reportlint read of a paragraph or table cell: block index, role and text of every paragraph matching a pattern.
// Used to classify the first run (docs/corpus-q-notes.md).   npx tsx scripts/make-fixtures/corpus-q/probe.mts FILE REGEX
import { readDocument } from '../../../src/parsers/index.js';

const doc = await readDocument(process.argv[2], { maxBytes: 50 * 1024 * 1024 });
const pat = new RegExp(process.argv[3]);
for (const b of doc.blocks)
  if (b.kind === 'paragraph' && pat.test(b.text)) console.log(b.index, b.role, JSON.stringify(b.text.slice(0, 140)));
