#!/usr/bin/env node
// npm run bench: whole-process time and peak memory of `reportlint FILE --format json`
// on the seed in each format, beside the parsing libraries alone; a 100-file batch
// with 1 and 2 jobs; a report ten times the seed's length. Prints one Markdown table.
import { spawnSync, execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const cli = join(root, 'dist/src/cli.js');
const rssHook = join(root, 'scripts/bench-rss.cjs');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const seed = { txt: join(root, 'fixtures/seed/seed.txt'), docx: join(root, 'fixtures/seed/seed.docx'), pdf: join(root, 'fixtures/seed/seed.pdf') };
const tmp = mkdtempSync(join(tmpdir(), 'reportlint-bench-'));

execFileSync('npx', ['tsc', '-p', join(root, 'tsconfig.json')], { cwd: root, stdio: 'inherit' });

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs the CLI once; returns wall seconds and peak RSS in MB. */
function runCli(args) {
  const rssFile = join(tmp, `rss-${process.hrtime.bigint()}`);
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--require', rssHook, cli, ...args], {
    env: { ...process.env, BENCH_RSS_FILE: rssFile },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const secs = (performance.now() - t0) / 1000;
  if (r.status !== 0 && r.status !== 1) throw new Error(`reportlint ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return { secs, mb: Number(readFileSync(rssFile, 'utf8')) / 1024 };
}

function timeCli(args) {
  runCli(args); // warm-up (disk cache)
  const runs = Array.from({ length: RUNS }, () => runCli(args));
  return { secs: median(runs.map((r) => r.secs)), mb: Math.max(...runs.map((r) => r.mb)) };
}

/** The parsing libraries alone, in a fresh process each time, median of RUNS. */
function timeLibrary(format, file) {
  const scripts = {
    docx: `const m=require('mammoth');const t=performance.now();m.convertToHtml({path:${JSON.stringify(file)}}).then(()=>console.log((performance.now()-t)/1000))`,
    pdf: `import('pdf-parse').then(async({PDFParse})=>{const t=performance.now();const p=new PDFParse({data:require('fs').readFileSync(${JSON.stringify(file)})});await p.getText();await p.getTable();await p.destroy();console.log((performance.now()-t)/1000)})`,
  };
  if (!scripts[format]) return null;
  const one = () => {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['-e', scripts[format]], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    return (performance.now() - t0) / 1000; // whole process too, to compare like with like
  };
  one();
  return median(Array.from({ length: RUNS }, one));
}

function timePdftotext(file) {
  const has = spawnSync('pdftotext', ['-v']).status === 0;
  if (!has) return null;
  const one = () => {
    const t0 = performance.now();
    spawnSync('pdftotext', ['-layout', file, join(tmp, 'out.txt')]);
    return (performance.now() - t0) / 1000;
  };
  one();
  return median(Array.from({ length: RUNS }, one));
}

/** In-process phases: parse vs rules+reporters (the share the targets cap at 20 %). */
async function phases(file) {
  const { readDocument } = await import(join(root, 'dist/src/parsers/index.js'));
  const { checkDocument } = await import(join(root, 'dist/src/engine.js'));
  const { allRules } = await import(join(root, 'dist/rules/index.js'));
  let reporters = null;
  try {
    ({ reporters } = await import(join(root, 'dist/src/reporters/index.js')));
  } catch {}
  const p = [], c = [];
  for (let i = 0; i < RUNS + 1; i++) {
    const t0 = performance.now();
    const doc = await readDocument(file, { maxBytes: 50 * 1024 * 1024 });
    const t1 = performance.now();
    const findings = checkDocument(doc, { rules: allRules, ruleConfig: {}, settings: {}, lang: 'zh-CN' });
    if (reporters?.json) {
      const result = { schemaVersion: 1, tool: { name: 'reportlint', version: '0' }, summary: { files: 1, failedFiles: 0, errors: 0, warnings: 0, infos: 0 }, files: [{ path: file, format: 'txt', status: 'ok', findings }] };
      reporters.json(result, { lang: 'zh-CN', color: false, rules: allRules.map((r) => r.meta) });
    }
    const t2 = performance.now();
    if (i > 0) { p.push(t1 - t0); c.push(t2 - t1); } // the first run pays module loading and nodejieba
  }
  return { parse: median(p) / 1000, check: median(c) / 1000 };
}

const rows = [];
const fmt = (x, d = 2) => (x == null ? 'n/a' : x.toFixed(d));
for (const [format, file] of Object.entries(seed)) {
  const whole = timeCli([file, '--format', 'json']);
  const lib = timeLibrary(format, file);
  const ph = await phases(file);
  const share = ph.check / (ph.parse + ph.check);
  const extra = format === 'pdf' ? timePdftotext(file) : null;
  rows.push([
    `seed.${format}`,
    `${fmt(whole.secs)} s`,
    `${fmt(whole.mb, 0)} MB`,
    lib == null ? 'n/a' : `${fmt(lib)} s (×${fmt(whole.secs / lib, 1)})`,
    extra == null ? '' : `pdftotext ${fmt(extra, 3)} s (×${fmt(whole.secs / extra, 0)})`,
    `${fmt(ph.parse * 1000, 0)} ms / ${fmt(ph.check * 1000, 0)} ms (${fmt(share * 100, 0)} %)`,
  ]);
}

// a batch of 100 files: copies of the fixtures, mixed formats
const batchDir = join(tmp, 'batch');
execFileSync('mkdir', ['-p', batchDir]);
const kinds = Object.entries(seed);
for (let i = 0; i < 100; i++) {
  const [ext, file] = kinds[i % kinds.length];
  copyFileSync(file, join(batchDir, `r${String(i).padStart(3, '0')}.${ext}`));
}
const batchRows = [];
for (const jobs of [1, 2]) {
  const r = runCli([batchDir, '--format', 'json', '--jobs', String(jobs)]);
  batchRows.push(`| batch of 100 (34 txt, 33 docx, 33 pdf), --jobs ${jobs} | ${fmt(100 / r.secs, 1)} files/s | ${fmt(r.secs, 1)} s | ${fmt(r.mb, 0)} MB |`);
}
for (const ext of ['docx', 'pdf']) {
  const dirX = join(tmp, `only-${ext}`);
  execFileSync('mkdir', ['-p', dirX]);
  for (let i = 0; i < 30; i++) copyFileSync(seed[ext], join(dirX, `r${i}.${ext}`));
  const r = runCli([dirX, '--format', 'json', '--jobs', '2']);
  batchRows.push(`| batch of 30 ${ext}, --jobs 2 | ${fmt(30 / r.secs, 1)} files/s | ${fmt(r.secs, 1)} s | ${fmt(r.mb, 0)} MB |`);
}

// ten times the seed's length, as text: the rules must not be quadratic
const body = readFileSync(seed.txt, 'utf8');
const big = join(tmp, 'ten-times.txt');
writeFileSync(big, Array.from({ length: 10 }, () => body).join('\n\n'));
const one = timeCli([seed.txt, '--format', 'json']);
const ten = timeCli([big, '--format', 'json']);
const phOne = await phases(seed.txt);
const phTen = await phases(big);

console.log('\n| file | whole process (median of %d) | peak memory | parsing library alone (process) | other tool | in-process parse / rules+reporters (share) |', RUNS);
console.log('|---|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
console.log('\n| batch | throughput | wall time | peak memory |\n|---|---|---|---|');
for (const r of batchRows) console.log(r);
console.log('\n| size | whole process | in-process parse + rules |\n|---|---|---|');
console.log(`| seed.txt | ${fmt(one.secs)} s | ${fmt((phOne.parse + phOne.check) * 1000, 0)} ms |`);
console.log(`| 10 × seed.txt | ${fmt(ten.secs)} s (×${fmt(ten.secs / one.secs, 1)}) | ${fmt((phTen.parse + phTen.check) * 1000, 0)} ms (×${fmt((phTen.parse + phTen.check) / (phOne.parse + phOne.check), 1)}) |`);
