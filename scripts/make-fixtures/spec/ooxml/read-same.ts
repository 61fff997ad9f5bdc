// Does a rendered .docx read as the committed one? Compares what reportlint reads of each (the raw blocks:
// paragraphs with their lines, styles, heading levels, Word's automatic numbers and w:p indices; tables
// cell by cell) and prints the first differences. A porting aid: a builder is replaced only when this is
// silent for the report and its clean control.
//
//   npx tsx scripts/make-fixtures/spec/ooxml/read-same.ts COMMITTED.docx RENDERED.docx
//   npx tsx scripts/make-fixtures/spec/ooxml/read-same.ts FILE.docx        # prints its blocks, one a line
import { readDocument } from '../../../../src/parsers/index.js';

const [a, b] = process.argv.slice(2);
const read = async (p: string) => (await readDocument(p, { maxBytes: 50 << 20 })).blocks.map((x) => JSON.stringify(x));
if (!b) {
  process.stdout.write((await read(a)).join('\n') + '\n');
} else {
  const [x, y] = [await read(a), await read(b)];
  let diffs = 0;
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] === y[i]) continue;
    if (++diffs > 5) break;
    console.log(`block ${i}:\n  ${a}: ${x[i]}\n  ${b}: ${y[i]}`);
  }
  console.log(diffs ? `differ (${x.length} and ${y.length} blocks)` : `same: ${x.length} blocks`);
  process.exitCode = diffs ? 1 : 0;
}
