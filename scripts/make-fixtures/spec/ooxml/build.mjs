// Builds a corpus report's word-processor files from its spec, where the front matter's "build" puts them:
//   "build": { "docx": "fixtures/corpus", "pdf": "fixtures/corpus",            the report's .docx and its PDF
//              "cleanDocx": "fixtures/corpus-clean", "cleanPdf": "fixtures/corpus-clean" }   its control's
// (folders from the repository's root; a form not named is not written). The PDF is LibreOffice's export of the
// .docx (render.mjs's pdfOf), as the builders before the spec made it.
//
//   node scripts/make-fixtures/spec/ooxml/build.mjs scripts/make-fixtures/corpus-i/i-senlinfanghuo-2024.spec.md
// Needs soffice for a PDF (to make the fixtures only; reportlint never does).
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pdfOf, renderSpec } from '../render.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');

export async function buildWord(spec) {
  const meta = JSON.parse(/^---\n([\s\S]*?)\n---\n/.exec(readFileSync(spec, 'utf8'))[1]);
  const to = meta.build ?? {};
  const tmp = mkdtempSync(join(tmpdir(), 'spec-word-'));
  await renderSpec(spec, tmp);
  const written = [];
  for (const [suffix, docxDir, pdfDir] of [
    ['', to.docx, to.pdf],
    ['.clean', to.cleanDocx, to.cleanPdf],
  ]) {
    const made = join(tmp, meta.name + suffix + '.docx');
    if (docxDir) {
      written.push(join(ROOT, docxDir, meta.name + suffix + '.docx'));
      copyFileSync(made, written.at(-1));
    }
    if (pdfDir) {
      written.push(join(ROOT, pdfDir, meta.name + suffix + '.pdf'));
      pdfOf(made, written.at(-1));
    }
  }
  rmSync(tmp, { recursive: true, force: true });
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!process.argv[2]) {
    console.error('usage: node build.mjs SPEC.md');
    process.exit(2);
  }
  for (const f of await buildWord(process.argv[2])) console.log(f.slice(ROOT.length + 1));
}
