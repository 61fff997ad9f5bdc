// Forms of a report that joined the corpus but stay staged in fixtures/corpus-next/ (report, control and entries),
// because their control is not silent: W's and X's .docx, whose writers (AbiWord, calibre) leave one form table
// that cannot be read as drawn, so reportlint says so in one table/unreadable note on the report and on the
// control alike — honest, but a corpus control must give no finding (test/e2e/corpus.test.ts).
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const read = (path) => JSON.parse(readFileSync(path, 'utf8'));
const write = (path, entries) => writeFileSync(path, JSON.stringify(entries, null, 2) + '\n');

/** Moves NAME.FORM and NAME.clean.FORM from `out` / `clean` to `staged` / `staged`/clean, with their entries. */
export function keepStaged({ name, forms, out, clean, staged }) {
  mkdirSync(join(staged, 'clean'), { recursive: true });
  const files = new Set(forms.map((f) => `${name}.${f}`));
  for (const file of files) {
    renameSync(join(out, file), join(staged, file));
    const control = file.replace(/\.(\w+)$/, '.clean.$1');
    renameSync(join(clean, control), join(staged, 'clean', control));
  }
  const all = read(join(out, 'expected.json'));
  write(
    join(out, 'expected.json'),
    all.filter((e) => !files.has(e.file)),
  );
  const there = read(join(staged, 'expected.json')).filter((e) => !files.has(e.file));
  write(join(staged, 'expected.json'), [...there, ...all.filter((e) => files.has(e.file))]);
  console.log(`${[...files].join(', ')} (and controls, entries): kept in ${staged.split('/').slice(-2).join('/')}`);
}
