// Builds report R and its clean control from the spec, in the four forms of the corpus, into fixtures/corpus-next/,
// each with a tool the corpus has not used for that form:
//   .docx  the spec renderer's (../spec/render.mjs; each table piece after a page break, header row repeated)
//   .pdf   Chromium's (headless) print of an HTML rendering of the same blocks (html.mjs), not LibreOffice's
//   .txt   `pdftotext` of that PDF WITHOUT -layout: the raw reading order (no columns kept; a table's cells one
//          after another, a page's header and its rows as the engine wrote them)
//   .md    pandoc's own markdown of the .docx (`-t markdown`, not gfm: grid and multiline tables)
// and its 40 entries of fixtures/corpus-next/expected.json (other reports' entries kept). Then asserts that each
// injected quote occurs once in every form of the report and never in the control's.
//   node scripts/make-fixtures/corpus-r/make-spec.mjs && node scripts/make-fixtures/corpus-r/build.mjs
// Needs chromium, pdftotext and pandoc (to make the fixtures only; reportlint never does).
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSpec } from '../spec/parse.mjs';
import { renderSpec } from '../spec/render.mjs';
import { chromiumPdfOf, toHtml } from './html.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..', '..');
const OUT = join(ROOT, 'fixtures', 'corpus-next');
const SPEC = join(HERE, 'r-jiuye-2023-2024.spec.md');
const meta = JSON.parse(/^---\n([\s\S]*?)\n---\n/.exec(readFileSync(SPEC, 'utf8'))[1]);
const BASE = meta.name;
const FORMS = ['docx', 'pdf', 'txt', 'md'];

const tmp = mkdtempSync(join(tmpdir(), 'corpus-r-'));
await renderSpec(SPEC, tmp);
mkdirSync(join(OUT, 'clean'), { recursive: true });
for (const [suffix, dir, dirty] of [
  ['', OUT, true],
  ['.clean', join(OUT, 'clean'), false],
]) {
  const stem = join(dir, BASE + suffix);
  copyFileSync(join(tmp, BASE + suffix + '.docx'), stem + '.docx');
  chromiumPdfOf(toHtml(readSpec(SPEC, dirty).blocks, meta.title), stem + '.pdf');
  execFileSync('pdftotext', ['-enc', 'UTF-8', stem + '.pdf', stem + '.txt']);
  execFileSync('pandoc', ['-f', 'docx', '-t', 'markdown', '--wrap=none', '-o', stem + '.md', stem + '.docx']);
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
  })),
);
writeFileSync(expPath, JSON.stringify([...kept, ...mine], null, 2) + '\n');

// each quote once in the report, never in the control: compared as the corpus test does (NFKC, no whitespace);
// the .pdf through its raw text (.txt) and the .docx through pandoc's reading of it (.md)
const flat = (s) => s.normalize('NFKC').replace(/\s+/g, '');
const textOf = (path) => flat(readFileSync(path, 'utf8'));
let bad = 0;
for (const form of ['txt', 'md']) {
  const dirty = textOf(join(OUT, `${BASE}.${form}`));
  const clean = textOf(join(OUT, 'clean', `${BASE}.clean.${form}`));
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
