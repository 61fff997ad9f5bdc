// Builds report X and its clean control from the spec, in the four forms of the corpus, into fixtures/corpus/ (the
// control into fixtures/corpus-clean/) but for the .docx pair, which stays staged in fixtures/corpus-next/ (keep-staged.mjs),
// each with a tool the corpus has not used for that form (forms.mjs): the .docx by calibre's ebook-convert, the
// .pdf by ReportLab, the .txt by docx2txt and the .md by pandoc -t markdown_strict; then its 40 entries of
// fixtures/corpus/expected.json (the .docx's 10 in fixtures/corpus-next/expected.json; other reports' entries kept), and asserts that each injected quote occurs once
// in the .txt and .md of the report and never in the control's (../spec/build-converted.mjs).
//   apt-get install -y calibre python3-reportlab fonts-wqy-zenhei docx2txt pandoc poppler-utils    # only to remake
//   node scripts/make-fixtures/corpus-x/make-spec.mjs && node scripts/make-fixtures/corpus-x/build.mjs
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
const SPEC = join(HERE, 'x-wuhua-2023-2024.spec.md');

await buildConverted({
  spec: SPEC,
  root: ROOT,
  out: OUT,
  clean: CLEAN,
  convert(stem, dirty) {
    // the renderer's .docx that buildConverted copied here is replaced by calibre's
    formsOf(readSpec(SPEC, dirty).blocks, frontMatterOf(SPEC).title, stem);
  },
});
// the .docx's control gets the report's honest table/unreadable note (calibre's 评分表, 表13, is not read as drawn)
keepStaged({ name: frontMatterOf(SPEC).name, forms: ['docx'], out: OUT, clean: CLEAN, staged: STAGED });
