// Builds report AB and its clean control from the spec, in the four forms: the reports into fixtures/corpus/, the
// controls into fixtures/corpus-clean/ (it joined the corpus in stop 23, 10/10 in each form), and its 40 entries
// appended to fixtures/corpus/expected.json (other reports' entries kept); asserts that each injected quote occurs once in
// the .txt and .md of the report and never in the control's (../spec/build-converted.mjs). Each form by a tool the
// corpus has not used for it (forms.mjs): .docx pandoc's docx writer (from HTML, own --reference-doc), .pdf
// weasyprint, .txt pandoc -t plain of that .docx, .md turndown + turndown-plugin-gfm.
//   apt-get install -y pandoc weasyprint poppler-utils fonts-noto-cjk
//   mkdir -p /work/scratch-ab && (cd /work/scratch-ab && npm init -y && npm install turndown turndown-plugin-gfm)
//   node scripts/make-fixtures/corpus-ab/make-spec.mjs && node scripts/make-fixtures/corpus-ab/build.mjs
//   node scripts/make-fixtures/corpus-ab/check.mjs && node scripts/make-fixtures/corpus-ab/check.mjs --dirty
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { buildConverted } from '../spec/build-converted.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..', '..');
const OUT = join(ROOT, 'fixtures', 'corpus');
const CLEAN = join(ROOT, 'fixtures', 'corpus-clean');
const SPEC = join(HERE, 'ab-wuzhong-2022-2024.spec.md');

await buildConverted({
  spec: SPEC,
  root: ROOT,
  out: OUT,
  clean: CLEAN,
  convert(stem, dirty) {
    // the renderer's .docx that buildConverted copied here is replaced by pandoc's
    execFileSync('node', [join(HERE, 'forms.mjs'), SPEC, stem, dirty ? 'dirty' : 'clean'], { stdio: 'inherit' });
  },
});
