// Builds report W and its clean control from the spec, in the four forms of the corpus, into fixtures/corpus/ (the
// control into fixtures/corpus-clean/) but for the .docx pair, which stays staged in fixtures/corpus-next/ (keep-staged.mjs),
// each with a tool the corpus has not used for that form (forms.mjs): the .docx by AbiWord, the .pdf by wkhtmltopdf,
// the .txt by w3m -dump and the .md by html2text; then its 40 entries of fixtures/corpus/expected.json (the
// .docx's 10 in fixtures/corpus-next/expected.json; other reports' entries kept), and asserts that each injected quote occurs once in the .txt and .md of the report and
// never in the control's (../spec/build-converted.mjs).
//   apt-get install -y abiword wkhtmltopdf w3m python3-html2text fonts-noto-cjk poppler-utils   # only to remake
//   node scripts/make-fixtures/corpus-w/make-spec.mjs && node scripts/make-fixtures/corpus-w/build.mjs
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildConverted, frontMatterOf } from '../spec/build-converted.mjs';
import { keepStaged } from '../spec/keep-staged.mjs';
import { readSpec } from '../spec/parse.mjs';
import { formsOf } from './forms.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..', '..');
const OUT = join(ROOT, 'fixtures', 'corpus');
const CLEAN = join(ROOT, 'fixtures', 'corpus-clean');
const STAGED = join(ROOT, 'fixtures', 'corpus-next');
const SPEC = join(HERE, 'w-mudanjiang-2024.spec.md');

await buildConverted({
  spec: SPEC,
  root: ROOT,
  out: OUT,
  clean: CLEAN,
  convert(stem, dirty) {
    // the renderer's .docx that buildConverted copied here is replaced by AbiWord's
    formsOf(readSpec(SPEC, dirty).blocks, frontMatterOf(SPEC).title, stem);
  },
});
// the .docx's control gets the report's honest table/unreadable note (AbiWord's department 自评表, 表12, is not
// read as drawn)
keepStaged({ name: frontMatterOf(SPEC).name, forms: ['docx'], out: OUT, clean: CLEAN, staged: STAGED });
