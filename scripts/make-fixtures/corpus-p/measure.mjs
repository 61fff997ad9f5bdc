// Measure reportlint on fixtures/corpus-next (report P and its controls) the way test/e2e/corpus.test.ts
// judges the corpus: an expectation is found when a finding of its area has its first location at the quote;
// any finding touching no quote is unexpected. Runs the compiled engine (npm run build first).
//   node scripts/make-fixtures/corpus-p/measure.mjs [--dump out.json]
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const { readDocument } = await import(join(root, 'dist/src/parsers/index.js'));
const { checkDocument } = await import(join(root, 'dist/src/engine/check-document.js'));
const { allRules } = await import(join(root, 'dist/rules/index.js'));

const dir = join(root, 'fixtures/corpus-next');
const entries = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
const norm = (s) => s.normalize('NFKC').replace(/\s+/g, '');
function locatedAt(loc, quote) {
  const t = norm(loc.text),
    q = norm(quote);
  if (!t || !q) return false;
  if (!t.includes(q) && !q.includes(t)) return false;
  if (t.length >= 6) return true;
  const excerpt = norm(loc.excerpt).replace(/\|/g, '');
  if (q.length <= 6) return excerpt.includes(q);
  for (let i = 0; i + 6 <= q.length; i++) if (excerpt.includes(q.slice(i, i + 6))) return true;
  return false;
}
const allText = (doc) =>
  norm(doc.blocks.map((b) => (b.kind === 'paragraph' ? b.raw : b.cells.map((c) => c.raw).join('\n'))).join('\n'));
const docs = new Map();
async function run(path) {
  const doc = await readDocument(path, { maxBytes: 50 * 1024 * 1024 });
  docs.set(path, doc);
  return checkDocument(doc, { rules: allRules, ruleConfig: {}, settings: {}, lang: 'zh-CN' });
}
const brief = (f) => ({
  ruleId: f.ruleId,
  text: f.locations[0].text,
  excerpt: f.locations[0].excerpt,
  page: f.locations[0].page,
  table: f.locations[0].table,
  message: f.message,
  expected: f.expected,
  actual: f.actual,
});

const dump = {};
const files = readdirSync(dir)
  .filter((f) => /\.(md|docx|pdf|txt)$/.test(f))
  .sort();
for (const file of files) {
  const findings = await run(join(dir, file));
  const mine = entries.filter((e) => e.file === file);
  const hit = mine.filter((e) =>
    findings.some((f) => f.ruleId.startsWith(`${e.ruleArea}/`) && locatedAt(f.locations[0], e.quote)),
  );
  const extra = findings.filter((f) => !mine.some((e) => f.locations.some((l) => locatedAt(l, e.quote))));
  console.log(
    `${file}: found ${hit.length}/${mine.length}, unexpected ${extra.length}, all findings ${findings.length}`,
  );
  const text = allText(docs.get(join(dir, file)));
  for (const e of mine) if (!text.includes(norm(e.quote))) console.log(`   QUOTE NOT IN PARSED TEXT: ${e.quote}`);
  for (const e of hit) {
    const at = findings.filter((f) => f.ruleId.startsWith(`${e.ruleArea}/`) && locatedAt(f.locations[0], e.quote));
    if (
      e.expectedValue &&
      !at.some((f) =>
        norm(f.expected ?? '')
          .replace(/,/g, '')
          .includes(norm(e.expectedValue).replace(/,/g, '')),
      )
    )
      console.log(
        `   WRONG VALUE ${e.quote}: should imply ${e.expectedValue}, says ${at.map((f) => `${f.ruleId} expected ${f.expected}`).join('; ')}`,
      );
  }
  for (const e of mine.filter((x) => !hit.includes(x))) {
    const near = findings.filter((f) => f.locations.some((l) => locatedAt(l, e.quote)));
    console.log(
      `   MISS ${e.ruleArea}: ${e.quote}${near.length ? `  (seen as ${near.map((f) => f.ruleId).join(', ')})` : ''}`,
    );
  }
  dump[file] = { hit: hit.map((e) => e.quote), extra: extra.map(brief) };
}
const cdir = join(dir, 'clean');
for (const file of readdirSync(cdir)
  .filter((f) => /\.(md|docx|pdf|txt)$/.test(f))
  .sort()) {
  const findings = await run(join(cdir, file));
  console.log(`clean/${file}: ${findings.length} findings`);
  dump[`clean/${file}`] = { extra: findings.map(brief) };
}
const i = process.argv.indexOf('--dump');
if (i > 0) writeFileSync(process.argv[i + 1], JSON.stringify(dump, null, 1));
