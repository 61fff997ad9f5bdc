// Builds report Q and its clean control from the spec, in the four forms of the corpus, into fixtures/corpus/ (controls in fixtures/corpus-clean/):
//   .docx  the spec renderer's (../spec/render.mjs; each table piece after a page break, header row repeated)
//   .pdf   LibreOffice's export of that .docx
//   .txt   `pdftotext -layout` of that PDF (columns kept by spaces, page headers of tables repeated)
//   .md    pandoc's GitHub markdown of the .docx
// and its 40 entries of fixtures/corpus/expected.json (other reports' entries are kept; a form's "byForm" fields
// override, e.g. a known miss of one form). Then asserts that each
// injected quote occurs once in every form of the report and never in the control's.
//   node scripts/make-fixtures/corpus-q/make-spec.mjs && node scripts/make-fixtures/corpus-q/build.mjs
// Needs soffice, pdftotext and pandoc (to make the fixtures only; reportlint never does).
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { layoutTextOf, pandocMarkdownOf, pdfOf, renderSpec } from '../spec/render.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..', '..');
const OUT = join(ROOT, 'fixtures', 'corpus');
const CLEAN = join(ROOT, 'fixtures', 'corpus-clean');
const SPEC = join(HERE, 'q-gongshui-2022-2024.spec.md');
const meta = JSON.parse(/^---\n([\s\S]*?)\n---\n/.exec(readFileSync(SPEC, 'utf8'))[1]);
const BASE = meta.name;
const FORMS = ['docx', 'pdf', 'txt', 'md'];

const tmp = mkdtempSync(join(tmpdir(), 'corpus-q-'));
await renderSpec(SPEC, tmp);
mkdirSync(CLEAN, { recursive: true });
for (const [suffix, dir] of [
  ['', OUT],
  ['.clean', CLEAN],
]) {
  const stem = join(dir, BASE + suffix);
  copyFileSync(join(tmp, BASE + suffix + '.docx'), stem + '.docx');
  pdfOf(stem + '.docx', stem + '.pdf');
  layoutTextOf(stem + '.pdf', stem + '.txt');
  pandocMarkdownOf(stem + '.docx', stem + '.md');
  const pages = execFileSync('pdfinfo', [stem + '.pdf'], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)[1];
  console.log(`${stem.slice(ROOT.length + 1)}.{${FORMS}}: ${pages} pages`);
}
rmSync(tmp, { recursive: true, force: true });

// expected.json: this report's entries replaced, the others kept
const expPath = join(OUT, 'expected.json');
const kept = JSON.parse(readFileSync(expPath, 'utf8')).filter((e) => !e.file.startsWith(BASE + '.'));
const mine = FORMS.flatMap((form) =>
  meta.injections.map((e) => ({
    file: `${BASE}.${form}`,
    ruleArea: e.area,
    quote: e.quote,
    note: e.note,
    ...(e.expectedValue ? { expectedValue: e.expectedValue } : {}),
    ...(e.byForm?.[form] ?? {}),
  })),
);
writeFileSync(expPath, JSON.stringify([...kept, ...mine], null, 2) + '\n');

// each quote once in the report, never in the control: compared as the corpus test does (NFKC, no whitespace);
// the .pdf through its layout text (.txt) and the .docx through pandoc's reading of it (.md)
const flat = (s) => s.normalize('NFKC').replace(/\s+/g, '');
const textOf = (path) => flat(readFileSync(path, 'utf8'));
let bad = 0;
for (const form of ['txt', 'md']) {
  const dirty = textOf(join(OUT, `${BASE}.${form}`));
  const clean = textOf(join(CLEAN, `${BASE}.clean.${form}`));
  for (const e of meta.injections) {
    const q = flat(e.quote);
    const n = dirty.split(q).length - 1;
    const c = clean.split(q).length - 1;
    if (n !== 1 || c !== 0) {
      bad++;
      console.error(`${form}: "${e.quote}" ${n}× in the report, ${c}× in the control`);
    }
  }
}
if (bad) process.exit(1);
console.log(
  `expected.json: ${mine.length} entries for ${BASE} (${kept.length} others kept); every quote once in each form, never in the control`,
);
