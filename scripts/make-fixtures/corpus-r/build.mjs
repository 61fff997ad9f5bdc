// Builds report R and its clean control from the spec, in the four forms of the corpus, into fixtures/corpus/,
// each with a tool the corpus has not used for that form:
//   .docx  the spec renderer's (../spec/render.mjs; each table piece after a page break, header row repeated)
//   .pdf   Chromium's (headless) print of an HTML rendering of the same blocks (html.mjs), not LibreOffice's
//   .txt   `pdftotext` of that PDF WITHOUT -layout: the raw reading order (no columns kept; a table's cells one
//          after another, a page's header and its rows as the engine wrote them)
//   .md    pandoc's own markdown of the .docx (`-t markdown`, not gfm: grid and multiline tables)
// and its 40 entries of fixtures/corpus/expected.json (other reports' entries kept). Then asserts that each
// injected quote occurs once in every form of the report and never in the control's (../spec/build-converted.mjs).
//   node scripts/make-fixtures/corpus-r/make-spec.mjs && node scripts/make-fixtures/corpus-r/build.mjs
// Needs chromium, pdftotext and pandoc (to make the fixtures only; reportlint never does).
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildConverted, frontMatterOf } from '../spec/build-converted.mjs';
import { readSpec } from '../spec/parse.mjs';
import { chromiumPdfOf, toHtml } from './html.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..', '..');
const OUT = join(ROOT, 'fixtures', 'corpus');
const SPEC = join(HERE, 'r-jiuye-2023-2024.spec.md');

await buildConverted({
  spec: SPEC,
  root: ROOT,
  out: OUT,
  clean: join(ROOT, 'fixtures', 'corpus-clean'),
  convert(stem, dirty) {
    chromiumPdfOf(toHtml(readSpec(SPEC, dirty).blocks, frontMatterOf(SPEC).title), stem + '.pdf');
    execFileSync('pdftotext', ['-enc', 'UTF-8', stem + '.pdf', stem + '.txt']);
    execFileSync('pandoc', ['-f', 'docx', '-t', 'markdown', '--wrap=none', '-o', stem + '.md', stem + '.docx']);
  },
});
