// Builds report Z and its clean control from the spec, in the four forms of the corpus, into fixtures/corpus/ (the
// control into fixtures/corpus-clean/; the .md pair joined in stop 23, 5/10, its misses the tables mammoth drops),
// each with a tool the corpus has not used for that form (forms.mjs): the .docx by officegen, the .pdf by pdfmake,
// the .txt by elinks -dump and the .md by mammoth's markdown; then its 40 entries of fixtures/corpus/expected.json
// (other reports' entries kept), and asserts that each injected quote occurs once in the .txt and .md of the report
// and never in the control's (../spec/build-converted.mjs).
//   (cd /work/scratch-z && npm install officegen pdfmake@0.2 mammoth); apt-get install -y elinks fonts-droid-fallback
//   node scripts/make-fixtures/corpus-z/make-spec.mjs && node scripts/make-fixtures/corpus-z/build.mjs
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { buildConverted, frontMatterOf } from '../spec/build-converted.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..', '..');
const OUT = join(ROOT, 'fixtures', 'corpus');
const CLEAN = join(ROOT, 'fixtures', 'corpus-clean');
const SPEC = join(HERE, 'z-anshan-2024.spec.md');

await buildConverted({
  spec: SPEC,
  root: ROOT,
  out: OUT,
  clean: CLEAN,
  quoteForms: ['txt'],
  convert(stem, dirty) {
    // the renderer's .docx that buildConverted copied here is replaced by officegen's
    execFileSync('node', [join(HERE, 'forms.mjs'), SPEC, stem, dirty ? 'dirty' : 'clean'], { stdio: 'inherit' });
  },
});

// mammoth's markdown escapes the punctuation of a figure ("6,399\\.14"): the quotes checked in its text unescaped,
// as a markdown reader reads it
const flat = (s) =>
  s
    .replace(/\\([\\`*_{}[\]()#+\-.!])/g, '$1')
    .normalize('NFKC')
    .replace(/\s+/g, '');
const meta = frontMatterOf(SPEC);
const md = flat(readFileSync(join(OUT, `${meta.name}.md`), 'utf8'));
const mdClean = flat(readFileSync(join(CLEAN, `${meta.name}.clean.md`), 'utf8'));
let bad = 0;
for (const e of meta.injections) {
  const q = flat(e.quote);
  const n = md.split(q).length - 1;
  if (n !== 1 || mdClean.includes(q)) {
    bad++;
    console.error(`md: "${e.quote}" ${n}× in the report, ${mdClean.split(q).length - 1}× in the control`);
  }
}
if (bad) process.exit(1);
console.log('md: every quote once in the report, never in the control (escapes read)');
