// Builds report AC and its clean control from the spec: the report into fixtures/corpus/, the control into
// fixtures/corpus-clean/ (it joined the corpus in stop 23, 10/10 in each form), each form by a tool the corpus has
// not used for it (forms.mjs): the .docx by html-to-docx, the .pdf by jsPDF + jspdf-autotable, the .txt by
// LibreOffice's text export of the .docx, the .md by pandoc (simple / multiline tables) of the .docx; then its 40
// entries of fixtures/corpus/expected.json (other reports' entries kept), and asserts that each injected quote occurs
// once in the report's .txt and .md and never in the control's (../spec/build-converted.mjs; the .md with the quote
// an injection's `byForm.md` gives: pandoc's smart punctuation writes “良” as "良").
//   (mkdir -p /work/scratch-ac && cd /work/scratch-ac && npm init -y && npm install html-to-docx jspdf jspdf-autotable)
//   apt-get install -y --no-install-recommends libreoffice-writer-nogui pandoc poppler-utils fonts-arphic-gbsn00lp
//   node scripts/make-fixtures/corpus-ac/make-spec.mjs && node scripts/make-fixtures/corpus-ac/build.mjs
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { buildConverted, frontMatterOf } from '../spec/build-converted.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..', '..');
const OUT = join(ROOT, 'fixtures', 'corpus');
const CLEAN = join(ROOT, 'fixtures', 'corpus-clean');
const SPEC = join(HERE, 'ac-qiongshan-2024.spec.md');

await buildConverted({
  spec: SPEC,
  root: ROOT,
  out: OUT,
  clean: CLEAN,
  quoteForms: ['txt'],
  convert(stem, dirty) {
    // the renderer's .docx that buildConverted copied here is replaced by html-to-docx's
    execFileSync('node', [join(HERE, 'forms.mjs'), SPEC, stem, dirty ? 'dirty' : 'clean'], { stdio: 'inherit' });
  },
});

const flat = (s) => s.normalize('NFKC').replace(/\s+/g, '');
const meta = frontMatterOf(SPEC);
const md = flat(readFileSync(join(OUT, `${meta.name}.md`), 'utf8'));
const mdClean = flat(readFileSync(join(CLEAN, `${meta.name}.clean.md`), 'utf8'));
let bad = 0;
for (const e of meta.injections) {
  const q = flat(e.byForm?.md?.quote ?? e.quote);
  const n = md.split(q).length - 1;
  if (n !== 1 || mdClean.includes(q)) {
    bad++;
    console.error(`md: "${q}" ${n}× in the report, ${mdClean.split(q).length - 1}× in the control`);
  }
}
if (bad) process.exit(1);
console.log('md: every quote once in the report, never in the control');
