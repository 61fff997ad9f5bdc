// Builds a corpus report's word-processor files from its spec, where the front matter's "build" puts them:
//   "build": { "docx": "fixtures/corpus", "pdf": "fixtures/corpus",            the report's .docx and its PDF
//              "cleanDocx": "fixtures/corpus-clean", "cleanPdf": "fixtures/corpus-clean" }   its control's
// (folders from the repository's root; a form not named is not written). The PDF is LibreOffice's export of the
// .docx (render.mjs's pdfOf), as the builders before the spec made it. With "via": "libreoffice" the .docx is
// Writer's: the rendered one opened and saved again by LibreOffice ("MS Word 2007 XML"), for a report whose file
// a LibreOffice user made.
//
//   node scripts/make-fixtures/spec/ooxml/build.mjs scripts/make-fixtures/corpus-i/i-senlinfanghuo-2024.spec.md [SCRATCH]
// Needs soffice for a PDF (to make the fixtures only; reportlint never does).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pdfOf, renderSpec } from '../render.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');

/** The .docx as LibreOffice Writer saves it again (a private profile, as pdfOf uses). */
function viaWriter(docx) {
  const tmp = mkdtempSync(join(tmpdir(), 'spec-writer-'));
  const out = join(tmp, 'out');
  mkdirSync(out);
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${tmp}/profile`,
      '--headless',
      '--convert-to',
      'docx:MS Word 2007 XML',
      '--outdir',
      out,
      docx,
    ],
    { stdio: 'ignore' },
  );
  renameSync(join(out, basename(docx)), docx);
  rmSync(tmp, { recursive: true, force: true });
}

/** Writes the spec's forms where its "build" says, or all of them into `scratch` when given (to compare). */
export async function buildWord(spec, scratch) {
  const meta = JSON.parse(/^---\n([\s\S]*?)\n---\n/.exec(readFileSync(spec, 'utf8'))[1]);
  const to = scratch
    ? { ...meta.build, docx: scratch, pdf: scratch, cleanDocx: scratch, cleanPdf: scratch }
    : (meta.build ?? {});
  const tmp = mkdtempSync(join(tmpdir(), 'spec-word-'));
  await renderSpec(spec, tmp);
  const written = [];
  if (scratch) mkdirSync(scratch, { recursive: true });
  for (const [suffix, docxDir, pdfDir] of [
    ['', to.docx, to.pdf],
    ['.clean', to.cleanDocx, to.cleanPdf],
  ]) {
    const made = join(tmp, meta.name + suffix + '.docx');
    if (to.via === 'libreoffice' && (docxDir || pdfDir)) viaWriter(made);
    if (docxDir) {
      written.push(join(scratch ? '' : ROOT, docxDir, meta.name + suffix + '.docx'));
      copyFileSync(made, written.at(-1));
    }
    if (pdfDir) {
      written.push(join(scratch ? '' : ROOT, pdfDir, meta.name + suffix + '.pdf'));
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
  const [spec, scratch] = process.argv.slice(2);
  for (const f of await buildWord(spec, scratch)) console.log(scratch ? f : f.slice(ROOT.length + 1));
}
