// Builds report S and its clean control from the spec, in the four forms of the corpus, into fixtures/corpus/ (the
// control into fixtures/corpus-clean/),
// each with a tool the corpus has not used for that form:
//   .docx  LibreOffice Writer's own OOXML: the spec's HTML page (html.mjs) opened with the "HTML (StarWriter)" filter
//          and saved as "MS Word 2007 XML" — Writer's styles (Heading 1, Text Body, Table Contents), its table grid
//          and run splits, not Word's and not the docx package's
//   .pdf   LibreOffice's PDF export of that .docx
//   .txt   LibreOffice's plain-text export of that .docx ("Text (encoded)", UTF-8: what "save as .txt" gives — every
//          table cell a line of its own, a byte-order mark first)
//   .md    pandoc's CommonMark with extensions (`-t commonmark_x`): pipe tables where a table is simple, raw HTML
//          tables where a cell spans, heading ids in {#…}
// and its 40 entries of fixtures/corpus/expected.json (other reports' entries kept). Then asserts that each
// injected quote occurs once in the report's .txt and .md and never in the control's.
//   node scripts/make-fixtures/corpus-s/make-spec.mjs && node scripts/make-fixtures/corpus-s/build.mjs
// Needs LibreOffice, pandoc and pdfinfo (to make the fixtures only; reportlint never does).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FORMS, frontMatterOf, quotesOnce, writeExpected } from '../spec/build-converted.mjs';
import { readSpec } from '../spec/parse.mjs';
import { toHtml } from './html.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..', '..');
const OUT = join(ROOT, 'fixtures', 'corpus');
const CLEAN = join(ROOT, 'fixtures', 'corpus-clean');
const SPEC = join(HERE, 's-nongye-2024.spec.md');
const meta = frontMatterOf(SPEC);

const tmp = mkdtempSync(join(tmpdir(), 's-build-'));
const soffice = (args) =>
  execFileSync('soffice', [`-env:UserInstallation=file://${tmp}/profile`, '--headless', ...args], {
    cwd: tmp,
    stdio: 'ignore',
  });
const stems = [meta.name, meta.name + '.clean'];
writeFileSync(join(tmp, stems[0] + '.html'), toHtml(readSpec(SPEC, true).blocks, meta.title));
writeFileSync(join(tmp, stems[1] + '.html'), toHtml(readSpec(SPEC, false).blocks, meta.title));
soffice(['--infilter=HTML (StarWriter)', '--convert-to', 'docx:MS Word 2007 XML', ...stems.map((s) => s + '.html')]);
soffice(['--convert-to', 'pdf', ...stems.map((s) => s + '.docx')]);
soffice(['--convert-to', 'txt:Text (encoded):UTF8', ...stems.map((s) => s + '.docx')]);
for (const s of stems)
  execFileSync('pandoc', ['-f', 'docx', '-t', 'commonmark_x', '--wrap=none', '-o', s + '.md', s + '.docx'], {
    cwd: tmp,
  });

mkdirSync(CLEAN, { recursive: true });
for (const [s, dir] of [
  [stems[0], OUT],
  [stems[1], CLEAN],
]) {
  for (const f of FORMS) copyFileSync(join(tmp, `${s}.${f}`), join(dir, `${s}.${f}`));
  const pages = execFileSync('pdfinfo', [join(dir, s + '.pdf')], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)[1];
  console.log(`${join(dir, s).slice(ROOT.length + 1)}.{${FORMS}}: ${pages} pages`);
}
rmSync(tmp, { recursive: true, force: true });

const { mine, kept } = writeExpected(join(OUT, 'expected.json'), meta);
const pairs = ['txt', 'md'].map((f) => [join(OUT, `${meta.name}.${f}`), join(CLEAN, `${meta.name}.clean.${f}`)]);
if (quotesOnce(meta, pairs)) process.exit(1);
console.log(
  `expected.json: ${mine} entries for ${meta.name} (${kept} others kept); every quote once in each form, never in the control`,
);
