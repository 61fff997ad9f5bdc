#!/usr/bin/env node
// Opens a reportlint HTML report in headless Chromium (Debian's `chromium`) and
// prints what a reader would see, then checks it: the script ran, every finding is
// on the page, and the severity filter hides what it should.
// Not part of `npm test` (CI has no Chromium). Usage:
//   node scripts/check-html.mjs report.html [--chromium /usr/bin/chromium]
// The filter is driven through the page's own "#hide=..." address hook, so no
// DevTools connection is needed: each view is one `chromium --dump-dom` call.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DomUtils, parseDocument } from 'htmlparser2';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
const chromiumAt = args.includes('--chromium') ? args[args.indexOf('--chromium') + 1] : 'chromium';
if (!file) {
  console.error('usage: node scripts/check-html.mjs REPORT.html [--chromium PATH]');
  process.exit(2);
}

const { findAll, getAttributeValue, textContent } = DomUtils;
const hasClass = (e, c) => (getAttributeValue(e, 'class') ?? '').split(/\s+/).includes(c);
const byClass = (root, c) => findAll((e) => hasClass(e, c), root);
const byId = (root, id) => findAll((e) => e.attribs.id === id, root)[0];
const squash = (s) => s.replace(/\s+/g, ' ').trim();

/** Runs Chromium headless on the report; returns stdout. */
function chromium(extra, hash = '') {
  const profile = mkdtempSync(join(tmpdir(), 'rl-chromium-'));
  try {
    return execFileSync(
      chromiumAt,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--no-first-run',
        `--user-data-dir=${profile}`,
        ...extra,
        pathToFileURL(resolve(file)).href + hash,
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The DOM Chromium has after loading the page (and running its script). */
const dumpDom = (hash = '') => chromium(['--dump-dom'], hash);

function hasCommand(cmd) {
  try {
    execFileSync(cmd, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const problems = [];
const check = (ok, what) => {
  if (!ok) problems.push(what);
};

// 1. the page as opened
const root = parseDocument(dumpDom()).children;
const count = (k) =>
  Number(textContent(findAll((e) => e.attribs['data-count'] === k, root)[0] ?? { children: [] }) || NaN);
const expected = { error: count('errors'), warning: count('warnings'), info: count('infos') };
const total = expected.error + expected.warning + expected.info;
const findings = byClass(root, 'finding');
const visible = (list) => list.filter((e) => e.attribs.hidden === undefined);

console.log(`== ${file} as shown by Chromium`);
console.log(
  `summary: ${['files', 'failedFiles', 'errors', 'warnings', 'infos'].map((k) => `${k}=${count(k)}`).join(' ')}`,
);
for (const section of byClass(root, 'file')) {
  const h2 = findAll((e) => e.name === 'h2', [section])[0];
  console.log(`\n[${section.attribs['data-status']}] ${squash(textContent(h2))}`);
  for (const err of byClass([section], 'file-error')) console.log(`  ${squash(textContent(err))}`);
  for (const f of visible(byClass([section], 'finding'))) {
    const badge = squash(textContent(byClass([f], 'badge')[0]));
    const rule = squash(textContent(byClass([f], 'rule')[0]));
    const where = squash(textContent(byClass([f], 'where')[0]));
    console.log(`  ${badge} ${rule} ${where}`);
    console.log(`    ${squash(textContent(byClass([f], 'message')[0]))}`);
    const marks = findAll((e) => e.name === 'mark', [f]).map((m) => `«${textContent(m)}»`);
    if (marks.length) console.log(`    marked: ${marks.join(' ')}`);
  }
}

const filters = byId(root, 'filters');
check(filters && filters.attribs.hidden === undefined, 'the filter is still hidden: the inline script did not run');
check(findings.length === total, `${findings.length} findings on the page, the summary says ${total}`);
check(
  visible(findings).length === total,
  `only ${visible(findings).length} of ${total} findings visible with no filter`,
);
check(
  squash(textContent(byId(root, 'shown') ?? { children: [] })) === String(total),
  'the "showing" counter does not match',
);
for (const f of findings)
  check(squash(textContent(byClass([f], 'message')[0] ?? { children: [] })) !== '', 'a finding without message text');

// 2. the filter: hide each severity in turn
for (const sev of ['error', 'warning', 'info']) {
  const view = parseDocument(dumpDom(`#hide=${sev}`)).children;
  const shown = visible(byClass(view, 'finding'));
  const want = total - expected[sev];
  console.log(`\nfilter without ${sev}: ${shown.length} shown (expected ${want})`);
  check(shown.length === want, `hiding ${sev}: ${shown.length} visible, expected ${want}`);
  check(
    shown.every((f) => f.attribs['data-severity'] !== sev),
    `hiding ${sev}: a ${sev} finding is still visible`,
  );
  check(
    squash(textContent(byId(view, 'shown') ?? { children: [] })) === String(want),
    `hiding ${sev}: the counter does not say ${want}`,
  );
}

// 3. printing: with every severity filtered out on screen, the printout still has every finding
if (hasCommand('pdftotext')) {
  const dir = mkdtempSync(join(tmpdir(), 'rl-print-'));
  const pdf = join(dir, 'print.pdf');
  try {
    chromium(['--no-pdf-header-footer', `--print-to-pdf=${pdf}`], '#hide=error,warning,info');
    // compare letters and digits only: pdftotext moves or drops some punctuation (a line-initial “)
    const bare = (s) => s.replace(/[^\p{L}\p{N}]+/gu, '');
    const printed = bare(execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }));
    const missing = findings.filter((f) => !printed.includes(bare(textContent(byClass([f], 'message')[0]))));
    console.log(
      `\nprinted with every severity filtered out: ${findings.length - missing.length} of ${findings.length} findings on paper`,
    );
    check(missing.length === 0, `${missing.length} findings missing from the printout`);
    const filterTitle = textContent(findAll((e) => hasClass(e, 'filter-title'), root)[0] ?? { children: [] });
    check(!filterTitle || !printed.includes(bare(filterTitle)), 'the filter controls are printed');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
} else {
  console.log('\n(pdftotext not found: print check skipped)');
}

if (problems.length) {
  console.log(`\nFAILED:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`\nhtml ok: ${total} findings shown, filter works`);
