// Builds report Y and its clean control from the spec, in the four forms of the corpus, into fixtures/corpus/ (the
// control into fixtures/corpus-clean/),
// each with a tool the corpus has not used for that form (forms.mjs): the .docx by the npm `docx` package, the .pdf
// by pandoc → xelatex (longtable), the .txt by lynx -dump and the .md by pandoc's grid tables; then its 40 entries of
// fixtures/corpus/expected.json (other reports' entries kept), and asserts that each injected quote occurs once
// in the .txt and .md of the report and never in the control's (../spec/build-converted.mjs).
//   apt-get install -y lynx pandoc texlive-xetex texlive-lang-chinese fonts-noto-cjk poppler-utils   # only to remake
//   mkdir -p /work/scratch-y && (cd /work/scratch-y && npm init -y && npm install docx@9)             # DOCX_MODULE
//   node scripts/make-fixtures/corpus-y/make-spec.mjs && node scripts/make-fixtures/corpus-y/build.mjs
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildConverted, frontMatterOf } from '../spec/build-converted.mjs';
import { readSpec } from '../spec/parse.mjs';
import { formsOf } from './forms.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..', '..');
const OUT = join(ROOT, 'fixtures', 'corpus');
const SPEC = join(HERE, 'y-wulanchabu-2024.spec.md');
const title = frontMatterOf(SPEC).title;

// buildConverted's convert is synchronous: the forms are made first, into a map, and written when it asks
const made = new Map();
for (const dirty of [true, false]) {
  const dir = mkdtempSync(join(tmpdir(), 'y-forms-'));
  await formsOf(readSpec(SPEC, dirty).blocks, title, join(dir, 'y'));
  made.set(dirty, dir);
}

await buildConverted({
  spec: SPEC,
  root: ROOT,
  out: OUT,
  clean: join(ROOT, 'fixtures', 'corpus-clean'),
  convert(stem, dirty) {
    // the renderer's .docx that buildConverted copied here is replaced by the docx package's
    for (const ext of ['docx', 'pdf', 'txt', 'md']) copyFileSync(join(made.get(dirty), 'y.' + ext), `${stem}.${ext}`);
  },
});
for (const dir of made.values()) rmSync(dir, { recursive: true, force: true });
