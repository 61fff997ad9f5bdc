// Checks that every contents entry's page (corrections.mjs TOC_PAGES) is the PDF page of
// its heading minus one (cover and contents are PDF page 1). Needs pdftotext (poppler-utils).
// node check-toc-pages.mjs FILE.pdf — prints the pages the entries should have when they differ.
import { execFileSync } from 'node:child_process';
import { TOC_PAGES } from './corrections.mjs';

const pdf = process.argv[2];
const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))[1]);
const squash = (s) => s.normalize('NFKC').replace(/\s+/g, '');
const pageLines = [];
for (let p = 1; p <= pages; p++)
  pageLines[p] = execFileSync('pdftotext', ['-f', String(p), '-l', String(p), '-layout', pdf, '-'], {
    encoding: 'utf8',
  })
    .split('\n')
    .map(squash);

const OFFSET = 1;
let from = 2; // the body starts after the contents page; headings come in order
let bad = 0;
for (const [title, page] of TOC_PAGES) {
  const key = title.startsWith('附件') ? '附件:' : squash(title);
  let found = null;
  for (let p = from; p <= pages && found === null; p++)
    if (pageLines[p].some((l) => l.startsWith(key) && !/\d$/.test(l.slice(key.length)))) found = p;
  if (found === null) {
    console.error(`heading not found: ${title}`);
    bad++;
    continue;
  }
  from = found;
  if (found - OFFSET !== page) {
    console.error(`contents says ${page} for "${title}", the heading is on PDF page ${found} → ${found - OFFSET}`);
    bad++;
  }
}
if (bad) process.exit(1);
console.log(`contents pages agree with the PDF (${TOC_PAGES.length} entries, offset ${OFFSET})`);
