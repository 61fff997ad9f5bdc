// One build for a report whose .docx is rendered from its spec and whose other forms are tools' conversions of it
// (Q: LibreOffice, pdftotext -layout, pandoc gfm; R: Chromium, raw pdftotext, pandoc markdown): the report and its
// control rendered, each side converted by the report's own `convert`, the report's entries of expected.json
// replaced, then each injected quote asserted once in the report's text forms and never in the control's.
// A report's build.mjs says only where its files go and which tools make them.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { entriesOf } from './build.mjs';
import { renderSpec } from './render.mjs';

export const FORMS = ['docx', 'pdf', 'txt', 'md'];

/** The front matter of a spec (JSON between the first two `---` lines). */
export const frontMatterOf = (spec) => JSON.parse(/^---\n([\s\S]*?)\n---\n/.exec(readFileSync(spec, 'utf8'))[1]);

/** expected.json at `path` with this report's entries (one a form and injection) replaced, the others kept. */
export function writeExpected(path, meta, forms = FORMS) {
  const kept = JSON.parse(readFileSync(path, 'utf8')).filter((e) => !e.file.startsWith(meta.name + '.'));
  const mine = forms.flatMap((form) => entriesOf(meta, form));
  writeFileSync(path, JSON.stringify([...kept, ...mine], null, 2) + '\n');
  return { mine: mine.length, kept: kept.length };
}

// compared as the corpus test does: NFKC, no whitespace (a table row's cells run together)
const flat = (s) => s.normalize('NFKC').replace(/\s+/g, '');

/** Each quote once in the report's file and never in the control's, for each [report, control] pair of paths;
 * prints each that is not and returns how many. */
export function quotesOnce(meta, pairs) {
  let bad = 0;
  for (const [reportPath, controlPath] of pairs) {
    const report = flat(readFileSync(reportPath, 'utf8'));
    const control = flat(readFileSync(controlPath, 'utf8'));
    for (const e of meta.injections) {
      const q = flat(e.quote);
      const n = report.split(q).length - 1;
      const c = control.split(q).length - 1;
      if (n !== 1 || c !== 0) {
        bad++;
        console.error(`${reportPath.split('.').pop()}: "${e.quote}" ${n}× in the report, ${c}× in the control`);
      }
    }
  }
  return bad;
}

/**
 * Builds one report: `spec` rendered, report into `out`, control into `clean`; `convert(stem, dirty)` makes
 * STEM.{pdf,txt,md} from STEM.docx; `root` for the paths printed. The quotes are checked in the .txt (the .pdf's
 * text) and the .md (the .docx's); exits 1 when one is not once in the report and never in the control.
 */
export async function buildConverted({ spec, root, out, clean, convert, quoteForms = ['txt', 'md'] }) {
  const meta = frontMatterOf(spec);
  const tmp = mkdtempSync(join(tmpdir(), `${meta.name}-`));
  await renderSpec(spec, tmp);
  mkdirSync(clean, { recursive: true });
  for (const [suffix, dir, dirty] of [
    ['', out, true],
    ['.clean', clean, false],
  ]) {
    const stem = join(dir, meta.name + suffix);
    copyFileSync(join(tmp, meta.name + suffix + '.docx'), stem + '.docx');
    convert(stem, dirty);
    const pages = execFileSync('pdfinfo', [stem + '.pdf'], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)[1];
    console.log(`${stem.slice(root.length + 1)}.{${FORMS}}: ${pages} pages`);
  }
  rmSync(tmp, { recursive: true, force: true });

  const { mine, kept } = writeExpected(join(out, 'expected.json'), meta);
  // `quoteForms`: the forms whose raw text holds the quotes (Z's mammoth markdown escapes "." as "\\.": its build
  // checks that form itself)
  const pairs = quoteForms.map((form) => [
    join(out, `${meta.name}.${form}`),
    join(clean, `${meta.name}.clean.${form}`),
  ]);
  if (quotesOnce(meta, pairs)) process.exit(1);
  console.log(
    `expected.json: ${mine} entries for ${meta.name} (${kept} others kept); every quote once in each form, never in the control`,
  );
}
