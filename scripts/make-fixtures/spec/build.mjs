// Builds corpus reports from their specs: the forms a spec's front matter lists, the report into fixtures/corpus/ and
// its clean control into fixtures/corpus-clean/ (for the forms in "controls"). One build for every report whose
// forms are the renderer's own or a tool's conversion of them, so that a new report is a spec, not a builder.
//
//   node scripts/make-fixtures/spec/build.mjs SPEC...             write the fixtures
//   node scripts/make-fixtures/spec/build.mjs --out DIR SPEC...   write DIR/NAME.* and DIR/clean/NAME.clean.* instead,
//                                                                  with DIR/expected.json (npm run corpus -- --dir DIR)
//   node scripts/make-fixtures/spec/build.mjs --check SPEC...     write nothing: the rendered forms must equal the
//                                                                  committed ones byte for byte, the front matter's
//                                                                  injections fixtures/corpus/expected.json's entries
//
// Front matter: "forms": { EXT: RECIPE } in the order they are made, RECIPE one of
//   "render"         the renderer's own output: txt (toText, then "text": {encoding, lineEnd}), md (toMarkdown in
//                    "markdown": {dialect}), html (toHtml with "html": {style}), docx (toDocx)
//   "pandoc:md"      pandoc's .docx of the rendered markdown (its default reference.docx)
//   "soffice:html"   LibreOffice's conversion of the rendered HTML (Writer's HTML import) to EXT
//   "soffice:docx"   LibreOffice's PDF of the .docx form
//   "pdftotext:pdf"  `pdftotext -layout` of the .pdf form
//   "word"           the word processor's .docx of the front matter's "docx" (ooxml/word.mjs); --check compares what
//                    reportlint reads of it with the committed file's (ooxml/read-same.ts), not its bytes
//   "soffice:word-three"  LibreOffice's PDF of the "word" .docx made again with every table a 三线表 (P's
//                    borderless PDF)
//   "committed"      not made: the committed file stays (a PDF LibreOffice here would lay out otherwise); --out
//                    copies it into the staging folder
// Tools' outputs change with the tool's version: they are compared by what reportlint finds (npm run corpus), not
// byte for byte. The tools make fixtures only; reportlint never needs them.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { readSpec } from './parse.mjs';
import { layoutTextOf, toDocx, toMarkdown, toText } from './render.mjs';
import { toWordDocx } from './ooxml/word.mjs';
import { encodeText } from './text.mjs';
import { markdownOf } from './markdown.mjs';
import { htmlOf } from './html.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/**
 * The report's entries of expected.json for one form, from the front matter ("byForm" overrides a form's fields;
 * "forms" limits an entry to those forms; an entry with a "kind", such as an allowed false finding, has no area).
 */
export function entriesOf(meta, form) {
  const file = `${meta.name}.${form}`;
  return meta.injections
    .filter((e) => !e.forms || e.forms.includes(form))
    .map((e) => {
      const { id, area, byForm, forms, kind, ...rest } = e;
      return { ...(kind ? { kind, file } : { file, ruleArea: area }), ...rest, ...(byForm?.[form] ?? {}) };
    });
}

/** The rendered (not tool-made) bytes of one form. */
async function rendered(ext, meta, blocks) {
  if (ext === 'txt') return encodeText(toText(blocks, { mergedCells: meta.textMergedCells }), meta.text);
  if (ext === 'md') return Buffer.from(meta.markdown ? markdownOf(blocks, meta.markdown) : toMarkdown(blocks));
  if (ext === 'html') return Buffer.from(htmlOf(blocks, meta));
  if (ext === 'docx') return toDocx(blocks, meta.title);
  throw new Error(`build: the renderer writes no .${ext}`);
}

/** LibreOffice in a private profile (a running soffice is not disturbed), one file converted into `dir`. */
function soffice(input, target, dir, infilter) {
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${dir}/profile`,
      '--headless',
      ...(infilter ? [`--infilter=${infilter}`] : []),
      '--convert-to',
      target,
      '--outdir',
      dir,
      input,
    ],
    { stdio: 'ignore' },
  );
}

/** Makes every form of one side (dirty: the report) in `dir` as STEM.EXT; returns { ext: 'render' | 'tool' }. */
async function makeForms(spec, dirty, dir, stem) {
  const { meta, blocks } = readSpec(spec, dirty);
  const made = {};
  const work = mkdtempSync(join(tmpdir(), 'spec-build-'));
  const at = (ext) => join(dir, `${stem}.${ext}`);
  for (const [ext, recipe] of Object.entries(meta.forms)) {
    if (recipe === 'render') writeFileSync(at(ext), await rendered(ext, meta, blocks));
    else if (recipe === 'pandoc:md') {
      const md = join(work, `${stem}.md`);
      writeFileSync(md, await rendered('md', meta, blocks));
      execFileSync('pandoc', ['-f', 'markdown', '-t', 'docx', '-o', at(ext), md]);
    } else if (recipe === 'soffice:html') {
      const html = join(work, `${stem}.html`);
      writeFileSync(html, await rendered('html', meta, blocks));
      const target = ext === 'docx' ? 'docx:MS Word 2007 XML' : 'pdf:writer_pdf_Export';
      soffice(html, target, work, 'HTML (StarWriter)');
      copyFileSync(join(work, `${stem}.${ext}`), at(ext));
    } else if (recipe === 'soffice:docx') {
      soffice(at('docx'), 'pdf', work);
      copyFileSync(join(work, `${stem}.pdf`), at(ext));
    } else if (recipe === 'pdftotext:pdf') layoutTextOf(at('pdf'), at(ext));
    else if (recipe === 'word') writeFileSync(at(ext), await toWordDocx(blocks, meta));
    else if (recipe === 'soffice:word-three') {
      // the "docx" front matter's .docx again with every table a 三线表 (P's borderless PDF), then LibreOffice's PDF
      const three = blocks.map((b) =>
        b.type === 'table' ? { ...b, attrs: { ...b.attrs, 'data-borders': 'three' } } : b,
      );
      const docx = join(work, `${stem}.docx`);
      writeFileSync(docx, await toWordDocx(three, meta));
      soffice(docx, 'pdf', work);
      copyFileSync(join(work, `${stem}.pdf`), at(ext));
    } else if (recipe === 'committed') {
      const committed = join(ROOT, 'fixtures', dirty ? 'corpus' : 'corpus-clean', `${stem}.${ext}`);
      if (existsSync(committed) && committed !== at(ext)) copyFileSync(committed, at(ext));
    } else throw new Error(`build: no recipe ${recipe}`);
    made[ext] = ['render', 'word', 'committed'].includes(recipe) ? recipe : 'tool';
  }
  rmSync(work, { recursive: true, force: true });
  return { meta, made };
}

const sameJson = (a, b) =>
  JSON.stringify(a, Object.keys(a).sort()) === JSON.stringify(b, Object.keys(b).sort()) &&
  Object.keys(a).length === Object.keys(b).length;

/** --check: rendered forms byte for byte against the committed files, and the front matter against expected.json. */
async function check(spec) {
  const tmp = mkdtempSync(join(tmpdir(), 'spec-check-'));
  let bad = 0;
  const expected = JSON.parse(readFileSync(join(ROOT, 'fixtures', 'corpus', 'expected.json'), 'utf8'));
  for (const dirty of [true, false]) {
    const { meta } = readSpec(spec, dirty);
    const stem = meta.name + (dirty ? '' : '.clean');
    const { made } = await makeForms(spec, dirty, tmp, stem);
    for (const [ext, how] of Object.entries(made)) {
      const committed = join(ROOT, 'fixtures', dirty ? 'corpus' : 'corpus-clean', `${stem}.${ext}`);
      if (!dirty && !(meta.controls ?? []).includes(ext)) continue;
      if (how === 'tool') {
        console.log(`${stem}.${ext}: made by a tool (compare with npm run corpus)`);
        continue;
      }
      if (how === 'committed') {
        console.log(`${stem}.${ext}: kept as committed`);
        continue;
      }
      if (how === 'word') {
        // the same blocks, lines, styles and w:p indices as reportlint reads them
        const same = readSame(committed, join(tmp, `${stem}.${ext}`));
        if (!same) bad++;
        console.log(
          `${stem}.${ext}: ${same ? 'reads the same as the committed file' : 'READS OTHERWISE than ' + committed}`,
        );
        continue;
      }
      const same = existsSync(committed) && readFileSync(committed).equals(readFileSync(join(tmp, `${stem}.${ext}`)));
      if (!same) bad++;
      console.log(`${stem}.${ext}: ${same ? 'identical to the committed file' : 'DIFFERS from ' + committed}`);
    }
    if (!dirty) continue;
    for (const ext of Object.keys(meta.forms)) {
      const theirs = expected.filter((e) => e.file === `${meta.name}.${ext}`);
      const mine = entriesOf(meta, ext);
      const same = theirs.length === mine.length && theirs.every((e, i) => sameJson(e, mine[i]));
      if (!same) bad++;
      console.log(`${meta.name}.${ext}: ${mine.length} injections ${same ? '= expected.json' : '≠ expected.json'}`);
    }
  }
  // each quote is in the report's text and nowhere in the control's (compared as the corpus test compares: NFKC,
  // no whitespace, so a table row's cells run together)
  const textOf = (dirty) => flat(toText(readSpec(spec, dirty).blocks));
  const [report, control] = [textOf(true), textOf(false)];
  const { meta } = readSpec(spec, true);
  for (const ext of Object.keys(meta.forms))
    for (const e of entriesOf(meta, ext)) {
      // an allowed false finding quotes text both sides hold
      if (e.kind) continue;
      const q = flat(e.quote);
      if (report.includes(q) && !control.includes(q)) continue;
      bad++;
      console.log(`${e.file}: "${e.quote}" ${report.includes(q) ? 'also in the control' : 'not in the report'}`);
    }
  rmSync(tmp, { recursive: true, force: true });
  return bad;
}

const flat = (s) => s.normalize('NFKC').replace(/\s+/g, '');

/** ooxml/read-same.ts on two .docx: true when reportlint reads them block for block the same. */
function readSame(a, b) {
  try {
    execFileSync('npx', ['tsx', join(ROOT, 'scripts/make-fixtures/spec/ooxml/read-same.ts'), a, b], { cwd: ROOT });
    return true;
  } catch (e) {
    // its first difference, shortened
    console.log(String(e.stdout).slice(0, 600));
    return false;
  }
}

/** Writes the forms: into the corpus, or into a staging folder `out` (with its expected.json) when given. */
async function build(spec, out) {
  for (const dirty of [true, false]) {
    const { meta } = readSpec(spec, dirty);
    const stem = meta.name + (dirty ? '' : '.clean');
    // the corpus holds only the controls a report lists
    if (!dirty && !out && !meta.controls?.length) continue;
    const dir = out ? (dirty ? out : join(out, 'clean')) : join(ROOT, 'fixtures', dirty ? 'corpus' : 'corpus-clean');
    mkdirSync(dir, { recursive: true });
    if (dirty || out) {
      const { made } = await makeForms(spec, dirty, dir, stem);
      console.log(`${join(dir, stem)}.{${Object.keys(made)}}`);
    } else {
      const tmp = mkdtempSync(join(tmpdir(), 'spec-build-'));
      await makeForms(spec, dirty, tmp, stem);
      for (const ext of meta.controls ?? []) copyFileSync(join(tmp, `${stem}.${ext}`), join(dir, `${stem}.${ext}`));
      rmSync(tmp, { recursive: true, force: true });
      console.log(`${join(dir, stem)}.{${meta.controls ?? []}}`);
    }
    if (dirty && out) {
      const path = join(out, 'expected.json');
      const kept = existsSync(path)
        ? JSON.parse(readFileSync(path, 'utf8')).filter((e) => !e.file.startsWith(meta.name + '.'))
        : [];
      const mine = Object.keys(meta.forms).flatMap((ext) => entriesOf(meta, ext));
      writeFileSync(path, JSON.stringify([...kept, ...mine], null, 2) + '\n');
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const mode = args[0] === '--check' ? 'check' : args[0] === '--out' ? 'out' : 'build';
  const out = mode === 'out' ? args[1] : undefined;
  const specs = args.slice(mode === 'check' ? 1 : mode === 'out' ? 2 : 0);
  if (!specs.length) {
    console.error('usage: node build.mjs [--check | --out DIR] SPEC...');
    process.exit(2);
  }
  let bad = 0;
  for (const spec of specs) {
    console.log(`# ${basename(spec)}`);
    if (mode === 'check') bad += await check(spec);
    else await build(spec, out);
  }
  if (bad) process.exit(1);
}
