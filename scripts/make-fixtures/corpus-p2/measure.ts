// Measures a staged corpus report as test/e2e/corpus.test.ts would: per file, the expected
// contradictions found or missed, and every other finding; for clean copies, all findings.
// Run: npx tsx scripts/make-fixtures/corpus-p2/measure.ts DIR   (a staging dir with expected.json and clean/,
// as OUT=DIR python3 build.py writes it)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allRules } from '../../../rules/index.js';
import { checkDocument } from '../../../src/engine.js';
import type { Location } from '../../../src/model.js';
import { readDocument } from '../../../src/parsers/index.js';
import type { Finding } from '../../../src/rule.js';

const dir = process.argv[2] ?? 'fixtures/corpus-next-dept';
const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
function locatedAt(loc: Location, quote: string): boolean {
  const t = norm(loc.text);
  const q = norm(quote);
  if (!t || !q) return false;
  if (!t.includes(q) && !q.includes(t)) return false;
  if (t.length >= 6) return true;
  const excerpt = norm(loc.excerpt).replace(/\|/g, '');
  if (q.length <= 6) return excerpt.includes(q);
  for (let i = 0; i + 6 <= q.length; i++) if (excerpt.includes(q.slice(i, i + 6))) return true;
  return false;
}
const show = (f: Finding) =>
  `${f.ruleId} @ “${f.locations[0].text}” (${f.locations[0].excerpt.slice(0, 90)})${f.expected ? ` expected ${f.expected}` : ''}`;
const run = async (p: string) =>
  checkDocument(await readDocument(p, { maxBytes: 50 << 20 }), { rules: allRules, ruleConfig: {}, settings: {}, lang: 'zh-CN' });

const exp = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { file: string; ruleArea: string; quote: string }[];
for (const file of readdirSync(dir).filter((f) => /\.(docx|txt|md|pdf)$/.test(f))) {
  const fs = await run(join(dir, file));
  const mine = exp.filter((e) => e.file === file);
  const hit = mine.filter((e) => fs.some((f) => f.ruleId.startsWith(`${e.ruleArea}/`) && locatedAt(f.locations[0], e.quote)));
  const extra = fs.filter((f) => !mine.some((e) => f.locations.some((l) => locatedAt(l, e.quote))));
  console.log(`\n== ${file}: found ${hit.length}/${mine.length}, unexpected ${extra.length}`);
  for (const e of mine) {
    const at = fs.filter((f) => f.ruleId.startsWith(`${e.ruleArea}/`) && locatedAt(f.locations[0], e.quote));
    console.log(at.length ? `  HIT  ${e.ruleArea} “${e.quote}”: ${at.map(show).join("; ")}` : `  MISS ${e.ruleArea} “${e.quote}”`);
  }
  for (const f of extra) console.log(`  EXTRA ${show(f)}`);
}
const cdir = join(dir, 'clean');
for (const file of readdirSync(cdir).filter((f) => /\.(docx|txt|md|pdf)$/.test(f))) {
  const fs = await run(join(cdir, file));
  console.log(`\n== clean ${file}: ${fs.length} findings`);
  for (const f of fs) console.log(`  ${show(f)}`);
}
