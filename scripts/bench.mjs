#!/usr/bin/env node
// npm run bench: issues 6 and 15's measurements and targets, printed as Markdown tables.
//  - paired, alternating whole-process runs (A B A B …, after a warm-up of each; the ratio is
//    taken pair by pair and its median quoted, so that a machine whose speed drifts does not
//    decide it), CPU time (user + system, every thread) from the process's own accounting:
//    the command (what `bin` runs: the bundle, with V8's code cache where Node allows) against
//    the parsing library alone doing the same reading (mammoth's conversion; pdfjs's text
//    content and operator list of every page; pdf-parse's getText), against tsc's unbundled
//    build, and against the ES module bundle without a code cache;
//  - the seed as .txt, .docx, .pdf: whole-process time of `reportlint FILE --format json`
//    (median of BENCH_RUNS after a warm-up), its peak memory, where that process spent
//    its time (read = parse + structure; rules; reporters), beside the parsing libraries
//    alone and pdftotext;
//  - batches: 100 mixed files with --jobs 1 and 2; 30 .docx and 30 .pdf with --jobs 2;
//  - a report ten times the seed's length, against the seed;
//  - how often each thread loaded a nodejieba dictionary (at most once; never where no
//    rule segments);
//  - `reportlint serve` (scripts/bench-serve.mjs): warm p50 / p99 for seed.docx and seed.pdf beside
//    the CLI's whole process from this run, and 500 mixed requests under load: throughput, p50 /
//    p99, peak memory, nothing lost;
//  - every target, met or missed.
// Progress goes to stderr, the tables to stdout. The machine's load is printed: other
// people's work on the same cores slows every number here (ratios of paired runs less so).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir, availableParallelism } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const cli = join(root, 'dist/bundle/bin.cjs'); // what `bin` runs: the bundle, with V8's code cache where Node allows
const esmBundle = join(root, 'dist/bundle/cli.js'); // the ES module bundle (no code cache), for the cache's row
const unbundled = join(root, 'dist/src/cli/main.js'); // tsc's build, for the bundle's row
const rssHook = join(root, 'scripts/bench-rss.cjs');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const seed = {
  txt: join(root, 'fixtures/seed/seed.txt'),
  docx: join(root, 'fixtures/seed/seed.docx'),
  pdf: join(root, 'fixtures/seed/seed.pdf'),
};
const tmp = mkdtempSync(join(tmpdir(), 'reportlint-bench-'));
const say = (s) => process.stderr.write(`bench: ${s}\n`);
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
const loadAtStart = load();

// tsc emits even with type errors (someone's work in progress): measure what it emitted, but say so.
say('building with tsc and esbuild');
const build = spawnSync(
  process.execPath,
  [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.json')],
  { cwd: root, encoding: 'utf8' },
);
if (build.status !== 0) {
  if (!existsSync(unbundled)) throw new Error(`tsc failed and emitted no CLI:\n${build.stdout}${build.stderr}`);
  say(
    `tsc reported type errors; measuring the JavaScript it emitted:\n${build.stdout.split('\n').slice(0, 5).join('\n')}`,
  );
}
const bundle = spawnSync(process.execPath, [join(root, 'scripts/build-bundle.mjs')], { cwd: root, encoding: 'utf8' });
if (bundle.status !== 0) throw new Error(`the bundle failed to build:\n${bundle.stderr}`);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * Runs the CLI once. Returns wall seconds, peak RSS in MB (the whole process,
 * workers included), the main thread's phase times in ms, and the threads that
 * loaded a nodejieba dictionary (one entry per load).
 */
function runCli(args) {
  const rssFile = join(tmp, `rss-${process.hrtime.bigint()}`);
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--require', rssHook, cli, ...args], {
    env: { ...process.env, BENCH_RSS_FILE: rssFile, REPORTLINT_PHASES: '1' },
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  const secs = (performance.now() - t0) / 1000;
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`reportlint ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 2000)}`);
  const { maxRssKb, cpuMs, phases } = JSON.parse(readFileSync(rssFile, 'utf8'));
  const jieba = existsSync(`${rssFile}.jieba`) ? readFileSync(`${rssFile}.jieba`, 'utf8').trim().split('\n') : [];
  return { secs, cpu: cpuMs / 1000, mb: maxRssKb / 1024, phases, jieba };
}

/** A warm-up (disk cache), then RUNS runs: median time and phases, largest memory. */
function timeCli(args) {
  runCli(args);
  const runs = Array.from({ length: RUNS }, () => runCli(args));
  const phase = (k) => median(runs.map((r) => r.phases[k] ?? 0));
  return {
    secs: median(runs.map((r) => r.secs)),
    cpu: median(runs.map((r) => r.cpu)),
    mb: Math.max(...runs.map((r) => r.mb)),
    phases: { read: phase('read'), rules: phase('rules'), report: phase('report') },
    jieba: runs[0].jieba,
  };
}

/** The parsing libraries alone, each in a fresh process (start-up included, like the CLI), median of RUNS. */
function timeLibrary(format, file) {
  const scripts = {
    docx: `const m=require('mammoth');m.convertToHtml({path:${JSON.stringify(file)}}).then(()=>{})`,
    // pdf-parse's own way: the text, then the tables (each reads every page)
    pdf: `import('pdf-parse').then(async({PDFParse})=>{const p=new PDFParse({data:require('fs').readFileSync(${JSON.stringify(file)})});await p.getText();await p.getTable();await p.destroy()})`,
  };
  if (!scripts[format]) return null;
  const one = () => {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, ['-e', scripts[format]], { cwd: root, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    return (performance.now() - t0) / 1000;
  };
  one();
  return median(Array.from({ length: RUNS }, one));
}

function timePdftotext(file) {
  if (spawnSync('pdftotext', ['-v']).status !== 0) return null;
  const one = () => {
    const t0 = performance.now();
    spawnSync('pdftotext', ['-layout', file, join(tmp, 'out.txt')]);
    return (performance.now() - t0) / 1000;
  };
  one();
  return median(Array.from({ length: RUNS }, one));
}

/**
 * In this process, warm (modules loaded, JIT done, segmenter loaded): parse +
 * structure vs rules + JSON reporter, median of RUNS after a first run.
 */
async function warmPhases(file) {
  const imp = (p) => import(pathToFileURL(join(root, p)).href);
  const { readDocument } = await imp('dist/src/parsers/index.js');
  const { checkDocument } = await imp('dist/src/engine/check-document.js');
  const { allRules } = await imp('dist/rules/index.js');
  const { reporters } = await imp('dist/src/reporters/index.js');
  const p = [],
    c = [];
  for (let i = 0; i < RUNS + 1; i++) {
    const t0 = performance.now();
    const doc = await readDocument(file, { maxBytes: 50 * 1024 * 1024 });
    const t1 = performance.now();
    const findings = checkDocument(doc, { rules: allRules, ruleConfig: {}, settings: {}, lang: 'zh-CN' });
    const result = {
      schemaVersion: 1,
      tool: { name: 'reportlint', version: '0' },
      summary: { files: 1, failedFiles: 0, errors: 0, warnings: 0, infos: 0 },
      files: [{ path: file, format: 'txt', status: 'ok', findings }],
    };
    reporters.json(result, { lang: 'zh-CN', color: false, rules: allRules.map((r) => r.meta) });
    const t2 = performance.now();
    if (i > 0) {
      p.push(t1 - t0);
      c.push(t2 - t1);
    }
  }
  return { parse: median(p), check: median(c), rules: allRules.length };
}

/** "2 loads: threads 1, 2 (max 1 a thread)" */
function jiebaNote(threads) {
  if (threads.length === 0) return 'none';
  const per = new Map();
  for (const t of threads) per.set(t, (per.get(t) ?? 0) + 1);
  return `${threads.length} in ${per.size} thread${per.size > 1 ? 's' : ''} (max ${Math.max(...per.values())} a thread)`;
}

const fmt = (x, d = 2) => (x == null || !Number.isFinite(x) ? 'n/a' : x.toFixed(d));
const out = [];
const targets = [];
const target = (what, measured, ok, why = '') =>
  targets.push(`| ${what} | ${measured} | ${ok ? 'met' : `**missed**${why ? ` (${why})` : ''}`} |`);

// ---------------------------------------------------------------- paired whole-process runs
/**
 * One process, `node ...argv` with the memory/CPU hook: its CPU seconds (every thread), peak MB,
 * wall seconds and, with `phases`, the main thread's read / rules / report ms (REPORTLINT_PHASES).
 */
function runNode(argv, { phases = false } = {}) {
  const rssFile = join(tmp, `rss-${process.hrtime.bigint()}`);
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--require', rssHook, ...argv], {
    cwd: root,
    env: { ...process.env, BENCH_RSS_FILE: rssFile, ...(phases ? { REPORTLINT_PHASES: '1' } : {}) },
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  const secs = (performance.now() - t0) / 1000;
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`node ${argv.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 2000)}`);
  const { maxRssKb, cpuMs, phases: ms } = JSON.parse(readFileSync(rssFile, 'utf8'));
  return { cpu: cpuMs / 1000, mb: maxRssKb / 1024, secs, phases: ms };
}

/** A then B, RUNS times after a warm-up of each: medians, the largest memory, and the median of the pair-by-pair ratios A/B. */
function paired(a, b, opts) {
  runNode(a, opts);
  runNode(b, opts);
  const ra = [],
    rb = [];
  for (let i = 0; i < RUNS; i++) {
    ra.push(runNode(a, opts));
    rb.push(runNode(b, opts));
  }
  // a run whose worker's phases did not reach the main thread's timeline before exit (seen now and
  // then in both trees) has none: the median is of the runs that have them
  const phase = (rs, k) => {
    const xs = rs.map((r) => r.phases?.[k]).filter((x) => x != null);
    return xs.length ? median(xs) : null;
  };
  return {
    a: median(ra.map((r) => r.cpu)),
    b: median(rb.map((r) => r.cpu)),
    ratio: median(ra.map((r, i) => r.cpu / rb[i].cpu)),
    aMb: Math.max(...ra.map((r) => r.mb)),
    bMb: Math.max(...rb.map((r) => r.mb)),
    mbRatio: median(ra.map((r, i) => r.mb / rb[i].mb)),
    wallRatio: median(ra.map((r, i) => r.secs / rb[i].secs)),
    aPhases: { read: phase(ra, 'read'), rules: phase(ra, 'rules') },
    bPhases: { read: phase(rb, 'read'), rules: phase(rb, 'rules') },
  };
}

/** The libraries alone, reading what reportlint reads (a script each, so that a process starts the way the CLI's does). */
const libraryScripts = {
  mammoth: (file) => ['-e', `require('mammoth').convertToHtml({path:${JSON.stringify(file)}}).then(()=>{})`],
  // every page's text content and operator list, as src/parsers/pdf.ts reads them
  pdfjs: (file) => [
    '--input-type=module',
    '-e',
    `import {readFileSync} from 'node:fs';
     const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
     const base = new URL('../../', import.meta.resolve('pdfjs-dist/legacy/build/pdf.mjs'));
     const doc = await pdfjs.getDocument({data: new Uint8Array(readFileSync(${JSON.stringify(file)})), cMapPacked: true,
       cMapUrl: new URL('cmaps/', base).pathname, standardFontDataUrl: new URL('standard_fonts/', base).pathname}).promise;
     for (let n = 1; n <= doc.numPages; n++) { const p = await doc.getPage(n); await Promise.all([p.getTextContent(), p.getOperatorList()]); p.cleanup(); }
     await doc.destroy();`,
  ],
  'pdf-parse getText': (file) => [
    '-e',
    `import('pdf-parse').then(async({PDFParse})=>{const p=new PDFParse({data:require('fs').readFileSync(${JSON.stringify(file)})});await p.getText();await p.destroy()})`,
  ],
};

/** The seed's .docx ten times over (the body repeated in one document), for the long-report row. */
async function longDocx() {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(readFileSync(seed.docx));
  const xml = await zip.file('word/document.xml').async('string');
  const open = xml.indexOf('>', xml.indexOf('<w:body')) + 1;
  const close = xml.lastIndexOf('<w:sectPr');
  zip.file('word/document.xml', xml.slice(0, open) + xml.slice(open, close).repeat(10) + xml.slice(close));
  const file = join(tmp, 'ten-times.docx');
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer' }));
  return file;
}

const pairedRows = [];
const ratios = {};
const pairedRow = (label, r) =>
  pairedRows.push(
    `| ${label} | ${fmt(r.a)} s | ${fmt(r.b)} s | **×${fmt(r.ratio)}** | ${fmt(r.aMb, 0)} / ${fmt(r.bMb, 0)} MB |`,
  );
const json = (file) => [cli, file, '--format', 'json'];
const longDoc = await longDocx();

// ---------------------------------------------------------------- this tree against another
// BENCH_BASE=/path/to/another/checkout (built: its dist/bundle/bin.cjs) compares the two trees' bins,
// paired and alternating like the rows above, on the seed's three forms, the seed ten times over
// (.txt and .docx) and the files in BENCH_BASE_FILES (comma-separated paths, e.g. long corpus
// reports). BENCH_BASE_ONLY=1 prints that table alone. The base runs this tree's hook, so both
// are measured the same way; its phases need REPORTLINT_PHASES, which both trees read.
// BENCH_BASE_BATCH=1 adds the batch whose row issue 11 left worse, 30 × seed.pdf with --jobs 2,
// paired the same way (two worker threads, each starting up once and checking 15 files: about
// 40 s a run under load, so off by default).
const baseRows = [];
const baseRoot = process.env.BENCH_BASE ? resolve(process.env.BENCH_BASE) : null;
if (baseRoot) {
  const baseCli = join(baseRoot, 'dist/bundle/bin.cjs');
  if (!existsSync(baseCli)) throw new Error(`BENCH_BASE: no ${baseCli}; run npm ci or npm run build there first`);
  const tenTxt = join(tmp, 'ten-times-seed.txt');
  writeFileSync(tenTxt, Array.from({ length: 10 }, () => readFileSync(seed.txt, 'utf8')).join('\n\n'));
  const files = [
    ...Object.values(seed),
    tenTxt,
    longDoc,
    ...(process.env.BENCH_BASE_FILES ?? '')
      .split(',')
      .filter(Boolean)
      .map((f) => resolve(f)),
  ];
  const ms = (p) => `${fmt(p.read, 0)} / ${fmt(p.rules, 0)}`;
  const inputs = files.map((file) => ({ label: basename(file), args: [file, '--format', 'json'] }));
  if (process.env.BENCH_BASE_BATCH) {
    const dir = join(tmp, 'base-batch-pdf');
    mkdirSync(dir);
    for (let i = 0; i < 30; i++) copyFileSync(seed.pdf, join(dir, `r${i}.pdf`));
    inputs.push({ label: '30 × seed.pdf, --jobs 2', args: [dir, '--format', 'json', '--jobs', '2'] });
  }
  for (const { label, args } of inputs) {
    say(`paired: this tree vs ${baseRoot}, ${label}`);
    const r = paired([cli, ...args], [baseCli, ...args], { phases: true });
    baseRows.push(
      `| ${label} | ${fmt(r.a)} s | ${fmt(r.b)} s | **×${fmt(r.ratio)}** | ×${fmt(r.wallRatio)} | ` +
        `${fmt(r.aMb, 0)} / ${fmt(r.bMb, 0)} MB (×${fmt(r.mbRatio)}) | ${ms(r.aPhases)} ms | ${ms(r.bPhases)} ms |`,
    );
  }
}
const printBase = () => {
  if (!baseRoot) return;
  console.log(
    `\nThis tree (A, ${root}) against BENCH_BASE (B, ${baseRoot}): each's bin, A then B ${RUNS} times after a warm-up of each; CPU medians (user + system, every thread), the median of the pair-by-pair ratios (CPU, wall, peak memory), and the main thread's read / rules medians.\n`,
  );
  console.log(
    '| file | A CPU | B CPU | A/B CPU | A/B wall | peak memory A / B | A read / rules | B read / rules |\n|---|---|---|---|---|---|---|---|\n' +
      baseRows.join('\n') +
      '\n',
  );
};
if (baseRoot && process.env.BENCH_BASE_ONLY) {
  console.log(
    `\nreportlint; Node ${process.version}, ${availableParallelism()} cores; load average ${loadAtStart} at the start, ${load()} at the end`,
  );
  printBase();
  rmSync(tmp, { recursive: true, force: true });
  process.exit(0);
}

for (const [format, file] of Object.entries(seed)) {
  say(`paired: bin vs tsc build, seed.${format}`);
  pairedRow(
    `seed.${format}: reportlint (bin) vs tsc's unbundled build`,
    paired(json(file), [unbundled, file, '--format', 'json']),
  );
  say(`paired: bin vs ES module bundle, seed.${format}`);
  pairedRow(
    `seed.${format}: reportlint (bin) vs the ES module bundle (no code cache)`,
    paired(json(file), [esmBundle, file, '--format', 'json']),
  );
}
say('paired: seed.docx vs mammoth alone');
pairedRow(
  'seed.docx: reportlint vs mammoth alone',
  (ratios.docx = paired(json(seed.docx), libraryScripts.mammoth(seed.docx))),
);
say('paired: ten-times docx vs mammoth alone');
pairedRow(
  'seed.docx × 10 (one long document): reportlint vs mammoth alone',
  (ratios.longDocx = paired(json(longDoc), libraryScripts.mammoth(longDoc))),
);
say('paired: seed.pdf vs pdfjs alone');
pairedRow(
  'seed.pdf: reportlint vs pdfjs alone (text + operator lists)',
  (ratios.pdf = paired(json(seed.pdf), libraryScripts.pdfjs(seed.pdf))),
);
say('paired: seed.pdf vs pdf-parse getText');
pairedRow(
  'seed.pdf: reportlint vs pdf-parse getText',
  paired(json(seed.pdf), libraryScripts['pdf-parse getText'](seed.pdf)),
);

// ---------------------------------------------------------------- one file
const single = {};
out.push(
  `| file | whole process (median of ${RUNS}) | its CPU time | peak memory | in that process: read / rules / reporters | rules + reporters share | parsing library alone (process) | pdftotext | warm, in-process: parse / rules + reporters | nodejieba loads |`,
);
out.push('|---|---|---|---|---|---|---|---|---|---|');
for (const [format, file] of Object.entries(seed)) {
  say(`seed.${format}`);
  const whole = timeCli([file, '--format', 'json']);
  const lib = timeLibrary(format, file);
  const warm = await warmPhases(file);
  const extra = format === 'pdf' ? timePdftotext(file) : null;
  const { read, rules, report } = whole.phases;
  const share = (rules + report) / (whole.secs * 1000);
  single[format] = { ...whole, share };
  out.push(
    `| seed.${format} | ${fmt(whole.secs)} s | ${fmt(whole.cpu)} s | ${fmt(whole.mb, 0)} MB | ${fmt(read, 0)} / ${fmt(rules, 0)} / ${fmt(report, 0)} ms | ${fmt(share * 100, 0)} % | ` +
      `${lib == null ? 'n/a' : `${fmt(lib)} s (reportlint ×${fmt(whole.secs / lib, 1)})`} | ${extra == null ? '' : `${fmt(extra, 3)} s (×${fmt(whole.secs / extra, 0)})`} | ` +
      `${fmt(warm.parse, 0)} / ${fmt(warm.check, 0)} ms (${fmt((100 * warm.check) / (warm.parse + warm.check), 0)} %) | ${jiebaNote(whole.jieba)} |`,
  );
  if (format === 'txt') single.rules = warm.rules;
}

// ---------------------------------------------------------------- batches
const batchDir = join(tmp, 'batch');
mkdirSync(batchDir);
const kinds = Object.entries(seed);
for (let i = 0; i < 100; i++) {
  const [ext, file] = kinds[i % kinds.length];
  copyFileSync(file, join(batchDir, `r${String(i).padStart(3, '0')}.${ext}`));
}
const batches = [];
// CPU time is what other people's work on the same cores does not inflate much:
// files per CPU-second × jobs is what the batch would do on idle cores if it scaled.
out.push(
  '',
  '| batch | throughput | wall time | CPU time | files per CPU-second × jobs | peak memory | nodejieba loads |',
  '|---|---|---|---|---|---|---|',
);
const batchRow = (label, n, jobs, r) => {
  batches.push({ label, n, ...r });
  out.push(
    `| ${label} | ${fmt(n / r.secs, 1)} files/s | ${fmt(r.secs, 1)} s | ${fmt(r.cpu, 1)} s | ${fmt((n / r.cpu) * jobs, 1)} files/s | ${fmt(r.mb, 0)} MB | ${jiebaNote(r.jieba)} |`,
  );
};
for (const jobs of [1, 2]) {
  say(`batch of 100, --jobs ${jobs}`);
  batchRow(
    `100 files (34 txt, 33 docx, 33 pdf), --jobs ${jobs}`,
    100,
    jobs,
    runCli([batchDir, '--format', 'json', '--jobs', String(jobs)]),
  );
}
const only = {};
for (const ext of ['docx', 'pdf']) {
  const dir = join(tmp, `only-${ext}`);
  mkdirSync(dir);
  for (let i = 0; i < 30; i++) copyFileSync(seed[ext], join(dir, `r${i}.${ext}`));
  say(`batch of 30 ${ext}, --jobs 2`);
  const r = runCli([dir, '--format', 'json', '--jobs', '2']);
  only[ext] = { wall: 30 / r.secs, idle: (30 / r.cpu) * 2 };
  batchRow(`30 × seed.${ext}, --jobs 2`, 30, 2, r);
}

// The dictionary must load lazily: with every rule off nothing segments, so no thread may load it.
let offLoads;
{
  const imp = (p) => import(pathToFileURL(join(root, p)).href);
  const { allRules } = await imp('dist/rules/index.js');
  const off = allRules.flatMap((r) => ['--rule', `${r.meta.id}=off`]);
  say('batch of 30 docx, --jobs 2, every rule off');
  const r = runCli([join(tmp, 'only-docx'), '--format', 'json', '--jobs', '2', ...off]);
  batchRow('30 × seed.docx, --jobs 2, every rule off (nothing segments)', 30, 2, r);
  offLoads = r.jieba.length;
}

// ---------------------------------------------------------------- ten times the seed
// As text, so that the ratio is the rules' and the structure's, not a parser's.
say('ten times the seed');
const body = readFileSync(seed.txt, 'utf8');
const big = join(tmp, 'ten-times.txt');
writeFileSync(big, Array.from({ length: 10 }, () => body).join('\n\n'));
const one = timeCli([seed.txt, '--format', 'json']);
const ten = timeCli([big, '--format', 'json']);
const warmOne = await warmPhases(seed.txt);
const warmTen = await warmPhases(big);
const inOne = warmOne.parse + warmOne.check;
const inTen = warmTen.parse + warmTen.check;
out.push('', '| size | whole process | warm, in-process: parse + rules + reporters |', '|---|---|---|');
out.push(`| seed.txt (${body.length} chars) | ${fmt(one.secs)} s | ${fmt(inOne, 0)} ms |`);
out.push(
  `| 10 × seed.txt | ${fmt(ten.secs)} s (×${fmt(ten.secs / one.secs, 1)}) | ${fmt(inTen, 0)} ms (×${fmt(inTen / inOne, 1)}) |`,
);

// ---------------------------------------------------------------- serve
const { benchServe } = await import('./bench-serve.mjs');
const served = await benchServe({ root, say, cliSecs: { docx: single.docx.secs, pdf: single.pdf.secs } });
out.push('', ...served.rows);

// ---------------------------------------------------------------- targets
const mb = (x) => `${fmt(x, 0)} MB`;
target(
  'seed.docx CPU ≤ 1.0 × mammoth alone (paired)',
  `×${fmt(ratios.docx.ratio)}`,
  ratios.docx.ratio <= 1.0,
  'start-up and the rules: see README',
);
target('seed.pdf CPU ≤ 1.0 × pdfjs alone (paired)', `×${fmt(ratios.pdf.ratio)}`, ratios.pdf.ratio <= 1.0);
target(
  'a long .docx (seed × 10) CPU ≤ 1.1 × mammoth alone (paired)',
  `×${fmt(ratios.longDocx.ratio)}`,
  ratios.longDocx.ratio <= 1.1,
);
target('seed.docx whole process ≤ 0.6 s', `${fmt(single.docx.secs)} s`, single.docx.secs <= 0.6);
target('seed.pdf whole process ≤ 1.2 s', `${fmt(single.pdf.secs)} s`, single.pdf.secs <= 1.2);
for (const f of ['txt', 'docx', 'pdf']) {
  target(
    `seed.${f}: rules + reporters ≤ 20 % of the file's time`,
    `${fmt(single[f].share * 100, 0)} %`,
    single[f].share <= 0.2,
  );
}
for (const [ext, min] of [
  ['docx', 8],
  ['pdf', 3],
]) {
  const o = only[ext];
  target(
    `30 .${ext} with --jobs 2 ≥ ${min} files/s`,
    `${fmt(o.wall, 1)} files/s (from CPU time, on idle cores: ${fmt(o.idle, 1)})`,
    o.wall >= min,
  );
}
const oneMax = Math.max(single.txt.mb, single.docx.mb, single.pdf.mb);
target('peak memory, one file ≤ 250 MB', mb(oneMax), oneMax <= 250);
const batch2 = Math.max(...batches.filter((b) => b.label.includes('--jobs 2')).map((b) => b.mb));
target('peak memory, 2-job batch ≤ 600 MB', mb(batch2), batch2 <= 600);
target('10 × the seed ≤ 12 × the time (in-process)', `×${fmt(inTen / inOne, 1)}`, inTen / inOne <= 12);
const perThread = (b) => {
  const per = new Map();
  for (const t of b.jieba) per.set(t, (per.get(t) ?? 0) + 1);
  return Math.max(0, ...per.values());
};
const maxLoads = Math.max(
  ...batches.map(perThread),
  ...Object.values(seed).map((_, i) => [single.txt, single.docx, single.pdf][i].jieba.length),
);
target('nodejieba dictionary loaded at most once a thread', `max ${maxLoads}`, maxLoads <= 1);
target('no nodejieba load where no rule segments (every rule off)', `${offLoads} loads`, offLoads === 0);
// Not measured: read from src/parsers/pdf.ts. One load, one getPage per page; pdfjs
// still evaluates each page's content stream twice (text content, operator list for rulings).
target(
  'the PDF is parsed once (one load; each page read once for text and tables)',
  'by code: src/parsers/pdf.ts',
  true,
);
targets.push(...served.targets);

console.log(
  `\nreportlint ${JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version}, ${single.rules} rules; Node ${process.version}, ${availableParallelism()} cores; load average ${loadAtStart} at the start, ${load()} at the end\n`,
);
console.log(
  `Paired whole-process runs, A then B ${RUNS} times after a warm-up: CPU medians (user + system, every thread) and the median of the pair-by-pair ratios.\n`,
);
console.log(
  '| A vs B | A CPU | B CPU | A/B CPU | peak memory A / B |\n|---|---|---|---|---|\n' + pairedRows.join('\n') + '\n',
);
printBase();
console.log(out.join('\n'));
console.log('\n| target | measured | |\n|---|---|---|\n' + targets.join('\n'));
rmSync(tmp, { recursive: true, force: true });
