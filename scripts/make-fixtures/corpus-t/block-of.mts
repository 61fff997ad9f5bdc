// Prints the paragraphs reportlint reads from one file that match a pattern: index, role and text (a PDF's joined
// lines as the rules see them). Used to classify report T's first run (docs/corpus-t-notes.md).
//   npx tsx scripts/make-fixtures/corpus-t/block-of.mts FILE REGEX
import { readDocument } from '../../../src/parsers/index.js';

const doc = await readDocument(process.argv[2], { maxBytes: 50 * 1024 * 1024 });
const re = new RegExp(process.argv[3]);
for (const b of doc.blocks)
  if (b.kind === 'paragraph' && re.test(b.text)) console.log(b.index, b.role, JSON.stringify(b.text.slice(0, 300)));
