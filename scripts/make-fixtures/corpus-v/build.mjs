// Builds report V and its clean control from the spec, in the four forms of the corpus, into fixtures/corpus/ (the
// control into fixtures/corpus-clean/),
// each with tools the corpus has not used for that form:
//   .odt   (the source, not a fixture) written with odfpy (odt.py): a firm's LibreOffice file — 宋体 小四 on 1.5
//          lines, outline-level headings, header rows repeated, every table piece on a page of its own under a
//          "续表N" / "附件N（续）" line, a page-number footer
//   .docx  LibreOffice's "MS Word 2007 XML" export of that .odt (not of HTML, as S's was)
//   .pdf   LibreOffice's PDF export of the .odt itself
//   .txt   pdfminer.six's text of that PDF (`pdf2txt`, its default layout analysis): text boxes in reading order,
//          table cells as boxes of their own, a form feed at each page end
//   .md    pandoc's MultiMarkdown (`-t markdown_mmd`) of the .docx: pipe tables, raw HTML where a cell spans
// and its 40 entries of fixtures/corpus/expected.json (other reports' entries kept). Then asserts that each
// injected quote occurs once in the report's .txt and .md and never in the control's.
//   node scripts/make-fixtures/corpus-v/make-spec.mjs && node scripts/make-fixtures/corpus-v/build.mjs
// Needs LibreOffice, pandoc, pdfinfo and Debian's python3-odf and python3-pdfminer (to make the fixtures only).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FORMS, frontMatterOf, quotesOnce, writeExpected } from '../spec/build-converted.mjs';
import { readSpec } from '../spec/parse.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..', '..');
const OUT = join(ROOT, 'fixtures', 'corpus');
const CLEAN = join(ROOT, 'fixtures', 'corpus-clean');
const SPEC = join(HERE, 'v-yiyuan-2022-2024.spec.md');
const meta = frontMatterOf(SPEC);
// Debian's python (python3-odf, python3-pdfminer), not a pyenv shim's
const PY = '/usr/bin/python3';

const tmp = mkdtempSync(join(tmpdir(), 'v-build-'));
const run = (cmd, args) => execFileSync(cmd, args, { cwd: tmp, stdio: ['ignore', 'ignore', 'inherit'] });
const soffice = (args) => run('soffice', [`-env:UserInstallation=file://${tmp}/profile`, '--headless', ...args]);
const stems = [meta.name, meta.name + '.clean'];
stems.forEach((s, i) => {
  writeFileSync(join(tmp, s + '.json'), JSON.stringify(readSpec(SPEC, i === 0).blocks));
  run(PY, [join(HERE, 'odt.py'), s + '.json', s + '.odt']);
});
soffice(['--convert-to', 'docx:MS Word 2007 XML', ...stems.map((s) => s + '.odt')]);
soffice(['--convert-to', 'pdf:writer_pdf_Export', ...stems.map((s) => s + '.odt')]);
for (const s of stems) {
  run('/usr/bin/pdf2txt', ['-o', s + '.txt', s + '.pdf']);
  run('pandoc', ['-f', 'docx', '-t', 'markdown_mmd', '--wrap=none', '-o', s + '.md', s + '.docx']);
}

mkdirSync(CLEAN, { recursive: true });
for (const [s, dir] of [
  [stems[0], OUT],
  [stems[1], CLEAN],
]) {
  for (const f of FORMS) copyFileSync(join(tmp, `${s}.${f}`), join(dir, `${s}.${f}`));
  const pages = execFileSync('pdfinfo', [join(dir, s + '.pdf')], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)[1];
  console.log(`${join(dir, s).slice(ROOT.length + 1)}.{${FORMS}}: ${pages} pages`);
}
if (!process.argv.includes('--keep')) rmSync(tmp, { recursive: true, force: true });
else console.log('kept ' + tmp);

const { mine, kept } = writeExpected(join(OUT, 'expected.json'), meta);
const pairs = ['txt', 'md'].map((f) => [join(OUT, `${meta.name}.${f}`), join(CLEAN, `${meta.name}.clean.${f}`)]);
if (quotesOnce(meta, pairs)) process.exit(1);
console.log(
  `expected.json: ${mine} entries for ${meta.name} (${kept} others kept); every quote once in each form, never in the control`,
);
