// Builds report AA and its clean control from the spec, in the four forms of the corpus, into fixtures/corpus/ (the
// control into fixtures/corpus-clean/) but for the .txt pair, which stays staged in fixtures/corpus-next/ (keep-staged.mjs:
// catdoc's mojibake gets one honest text/garbled note, on the control too), each form by a tool the corpus has not used for
// it (forms.mjs): the .docx by docxtemplater (a filled-in template), the .pdf by weasyprint, the .txt by catdoc of
// the .doc LibreOffice saves from the .docx, the .md by pandoc's markdown with simple / multiline tables; then its 40
// entries of fixtures/corpus/expected.json (the .txt's 10 in fixtures/corpus-next/expected.json; other reports' entries kept), and asserts that each injected quote
// occurs once in the .txt and .md of the report and never in the control's (../spec/build-converted.mjs).
//   (mkdir -p /work/scratch-aa && cd /work/scratch-aa && npm init -y && npm install docxtemplater pizzip)
//   apt-get install -y --no-install-recommends weasyprint fonts-wqy-zenhei catdoc pandoc poppler-utils libreoffice-writer-nogui
//   node scripts/make-fixtures/corpus-aa/make-spec.mjs && node scripts/make-fixtures/corpus-aa/build.mjs
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { buildConverted, frontMatterOf } from '../spec/build-converted.mjs';
import { keepStaged } from '../spec/keep-staged.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..', '..');
const OUT = join(ROOT, 'fixtures', 'corpus');
const CLEAN = join(ROOT, 'fixtures', 'corpus-clean');
const STAGED = join(ROOT, 'fixtures', 'corpus-next');
const SPEC = join(HERE, 'aa-baishan-2024.spec.md');

await buildConverted({
  spec: SPEC,
  root: ROOT,
  out: OUT,
  clean: CLEAN,
  convert(stem, dirty) {
    // the renderer's .docx that buildConverted copied here is replaced by docxtemplater's
    execFileSync('node', [join(HERE, 'forms.mjs'), SPEC, stem, dirty ? 'dirty' : 'clean'], { stdio: 'inherit' });
  },
});
keepStaged({ name: frontMatterOf(SPEC).name, forms: ['txt'], out: OUT, clean: CLEAN, staged: STAGED });
