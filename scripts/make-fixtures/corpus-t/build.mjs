// Builds report T and its clean control from the spec, in the four forms of the corpus, into fixtures/corpus/ (the
// control into fixtures/corpus-clean/),
// each with a tool the corpus has not used for that form:
//   .docx  pandoc's (-f html -t docx, a restyled reference.docx, a Lua filter for page breaks; pandoc.mjs), not the
//          spec renderer's: pandoc's own OOXML (Compact table paragraphs, its table style, no header repeat)
//   .pdf   LibreOffice's print of that pandoc .docx (the other LibreOffice PDFs are of the renderer's or Writer's .docx)
//   .txt   `mutool draw -F txt` (MuPDF) of that PDF: a reader the corpus has not used (not pdftotext)
//   .md    mammoth's HTML of the pandoc .docx, turned into GitHub markdown by Joplin's turndown (@joplin/turndown + @joplin/turndown-plugin-gfm)
// and its 40 entries of fixtures/corpus/expected.json (other reports' entries kept). Then asserts that each
// injected quote occurs once in the .txt and .md of the report and never in the control's (../spec/build-converted.mjs).
//   npm install --prefix /tmp/corpus-t-tools mammoth @joplin/turndown @joplin/turndown-plugin-gfm   # only to remake
//   apt-get install -y pandoc libreoffice-writer mupdf-tools poppler-utils fonts-noto-cjk
//   node scripts/make-fixtures/corpus-t/make-spec.mjs && node scripts/make-fixtures/corpus-t/build.mjs
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildConverted, frontMatterOf } from '../spec/build-converted.mjs';
import { readSpec } from '../spec/parse.mjs';
import { pdfOf } from '../spec/render.mjs';
import { pandocDocxOf, toPandocHtml } from './pandoc.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..', '..');
const OUT = join(ROOT, 'fixtures', 'corpus');
const SPEC = join(HERE, 't-lenglian-2022-2024.spec.md');

await buildConverted({
  spec: SPEC,
  root: ROOT,
  out: OUT,
  clean: join(ROOT, 'fixtures', 'corpus-clean'),
  convert(stem, dirty) {
    // the renderer's .docx that buildConverted copied here is replaced by pandoc's
    pandocDocxOf(toPandocHtml(readSpec(SPEC, dirty).blocks, frontMatterOf(SPEC).title), stem + '.docx');
    pdfOf(stem + '.docx', stem + '.pdf');
    execFileSync('mutool', ['draw', '-q', '-F', 'txt', '-o', stem + '.txt', stem + '.pdf']);
    execFileSync('node', [join(HERE, 'markdown-of.mjs'), stem + '.docx', stem + '.md']);
  },
});
