// Builds report U and its clean control from the spec, in the four forms of the corpus, into fixtures/corpus/ (the
// control into fixtures/corpus-clean/),
// each with a tool the corpus has not used for that form (forms.mjs): the .docx by html-to-docx, the .pdf by
// WeasyPrint, the .txt by pandoc -t plain and the .md by pandoc -t markdown_phpextra; then its 40 entries of
// fixtures/corpus/expected.json (other reports' entries kept), and asserts that each injected quote occurs once
// in the .txt and .md of the report and never in the control's (../spec/build-converted.mjs).
//   npm install --prefix /tmp/corpus-u-tools html-to-docx          # only to remake (CORPUS_U_TOOLS)
//   apt-get install -y weasyprint pandoc poppler-utils fonts-noto-cjk
//   node scripts/make-fixtures/corpus-u/make-spec.mjs && node scripts/make-fixtures/corpus-u/build.mjs
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildConverted, frontMatterOf } from '../spec/build-converted.mjs';
import { readSpec } from '../spec/parse.mjs';
import { formsOf } from './forms.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..', '..');
const OUT = join(ROOT, 'fixtures', 'corpus');
const SPEC = join(HERE, 'u-yiwu-2023.spec.md');

await buildConverted({
  spec: SPEC,
  root: ROOT,
  out: OUT,
  clean: join(ROOT, 'fixtures', 'corpus-clean'),
  convert(stem, dirty) {
    // the renderer's .docx that buildConverted copied here is replaced by html-to-docx's
    formsOf(readSpec(SPEC, dirty).blocks, frontMatterOf(SPEC).title, stem);
  },
});
