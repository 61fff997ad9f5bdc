// Builds report Q and its clean control from the spec, in the four forms of the corpus, into fixtures/corpus/ (controls in fixtures/corpus-clean/):
//   .docx  the spec renderer's (../spec/render.mjs; each table piece after a page break, header row repeated)
//   .pdf   LibreOffice's export of that .docx
//   .txt   `pdftotext -layout` of that PDF (columns kept by spaces, page headers of tables repeated)
//   .md    pandoc's GitHub markdown of the .docx
// and its 40 entries of fixtures/corpus/expected.json (other reports' entries are kept; a form's "byForm" fields
// override, e.g. a known miss of one form). Then asserts that each
// injected quote occurs once in every form of the report and never in the control's (../spec/build-converted.mjs).
//   node scripts/make-fixtures/corpus-q/make-spec.mjs && node scripts/make-fixtures/corpus-q/build.mjs
// Needs soffice, pdftotext and pandoc (to make the fixtures only; reportlint never does).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildConverted } from '../spec/build-converted.mjs';
import { layoutTextOf, pandocMarkdownOf, pdfOf } from '../spec/render.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..', '..');

await buildConverted({
  spec: join(HERE, 'q-gongshui-2022-2024.spec.md'),
  root: ROOT,
  out: join(ROOT, 'fixtures', 'corpus'),
  clean: join(ROOT, 'fixtures', 'corpus-clean'),
  convert(stem) {
    pdfOf(stem + '.docx', stem + '.pdf');
    layoutTextOf(stem + '.pdf', stem + '.txt');
    pandocMarkdownOf(stem + '.docx', stem + '.md');
  },
});
