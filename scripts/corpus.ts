// The precision measure: `npm run corpus [-- --dir DIR] [--json]`. Runs every rule on
// every report of a corpus folder (default fixtures/corpus) and prints, per report and
// format, the injected contradictions of expected.json found and missed and the
// findings nobody expected; then the clean controls (every finding is a false one);
// then recall and precision. Findings are matched to expected.json exactly as the
// corpus test matches them (test/e2e/corpus-match.ts).
import { existsSync } from 'node:fs';
import { basename, extname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { allRules } from '../rules/index.js';
import { checkDocument } from '../src/engine/check-document.js';
import { readDocument } from '../src/parsers/index.js';
import {
  atExpected,
  describeFinding,
  found,
  isAllowedFinding,
  readManifest,
  reportFiles,
  type Manifest,
} from '../test/e2e/corpus-match.js';
import type { Finding } from '../src/model/result.js';

export const PRECISION_DEFINITION =
  'precision = findings at an expected quote ÷ all findings (corpus reports and clean controls; allowed findings count as false)';
export const RECALL_DEFINITION =
  'recall = expected contradictions found at their place by a rule of their area ÷ all expected (known misses count as missed)';

export interface FileMeasure {
  file: string;
  report: string;
  format: string;
  expected: number;
  found: number;
  missed: number;
  /** Of the missed, those expected.json marks known_miss. */
  knownMissed: number;
  /** Findings at an expected quote (in any of their locations). */
  atExpected: number;
  /** Findings expected.json accepts as allowed false positives. */
  allowed: number;
  /** Findings at no expected quote and not allowed. */
  unexpected: number;
  findings: number;
  /** The unexpected findings, described. */
  unexpectedList: string[];
  /** The expected contradictions missed, by quote. */
  missedList: string[];
  /** The file could not be read. */
  error?: string;
}

export interface ControlMeasure {
  file: string;
  report: string;
  format: string;
  findings: number;
  findingList: string[];
  error?: string;
}

export interface Totals {
  expected: number;
  found: number;
  missed: number;
  findings: number;
  atExpected: number;
  allowed: number;
  unexpected: number;
  controlFindings: number;
  recall: number | null;
  precision: number | null;
}

export interface CorpusMeasure {
  dir: string;
  controlsDir: string | null;
  recallDefinition: string;
  precisionDefinition: string;
  files: FileMeasure[];
  controls: ControlMeasure[];
  totals: Totals;
  byFormat: Record<string, Totals>;
}

export type FindingsOf = (path: string) => Promise<Finding[]>;

/** All rules on one file, as the CLI runs them. */
export const runAllRules: FindingsOf = async (path) => {
  const doc = await readDocument(path, { maxBytes: 50 * 1024 * 1024 });
  return checkDocument(doc, { rules: allRules, ruleConfig: {}, settings: {}, lang: 'zh-CN' });
};

/** The clean controls of a corpus folder: DIR/clean/ (a staging folder), else DIR-clean/ (fixtures/corpus-clean). */
export function controlsDirOf(dir: string): string | null {
  for (const d of [join(dir, 'clean'), `${dir.replace(/[\\/]+$/, '')}-clean`]) if (existsSync(d)) return d;
  return null;
}

const formatOf = (file: string) => extname(file).slice(1);
/** "j-laojiu-2024.clean.docx" → "j-laojiu-2024": a report's formats and its control share the name. */
const reportOf = (file: string) => basename(file, extname(file)).replace(/\.clean(?=\.|$)/, '');
const ratio = (a: number, b: number) => (b ? a / b : null);

export async function measureCorpus(dir: string, findingsOf: FindingsOf = runAllRules): Promise<CorpusMeasure> {
  const manifest: Manifest = existsSync(join(dir, 'expected.json'))
    ? readManifest(dir)
    : { entries: [], expectations: [], allowed: [] };
  const files: FileMeasure[] = [];
  for (const file of reportFiles(dir)) {
    const mine = manifest.expectations.filter((e) => e.file === file);
    let findings: Finding[] = [];
    let error: string | undefined;
    try {
      findings = await findingsOf(join(dir, file));
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    const missed = mine.filter((e) => !found(findings, e));
    const at = findings.filter((f) => atExpected(f, mine));
    const allowed = findings.filter((f) => !atExpected(f, mine) && isAllowedFinding(f, file, manifest.allowed));
    const unexpected = findings.filter((f) => !atExpected(f, mine) && !isAllowedFinding(f, file, manifest.allowed));
    files.push({
      file,
      report: reportOf(file),
      format: formatOf(file),
      expected: mine.length,
      found: mine.length - missed.length,
      missed: missed.length,
      knownMissed: missed.filter((e) => e.known_miss).length,
      atExpected: at.length,
      allowed: allowed.length,
      unexpected: unexpected.length,
      findings: findings.length,
      unexpectedList: unexpected.map(describeFinding),
      missedList: missed.map((e) => `${e.ruleArea}: “${e.quote}”${e.known_miss ? ' (known_miss)' : ''}`),
      ...(error ? { error } : {}),
    });
  }
  const controlsDir = controlsDirOf(dir);
  const controls: ControlMeasure[] = [];
  for (const file of controlsDir ? reportFiles(controlsDir) : []) {
    let findings: Finding[] = [];
    let error: string | undefined;
    try {
      findings = await findingsOf(join(controlsDir!, file));
    } catch (e) {
      error = e instanceof Error ? e.message : String(e);
    }
    controls.push({
      file,
      report: reportOf(file),
      format: formatOf(file),
      findings: findings.length,
      findingList: findings.map(describeFinding),
      ...(error ? { error } : {}),
    });
  }
  const formats = [...new Set([...files, ...controls].map((f) => f.format))].sort();
  const byFormat = Object.fromEntries(
    formats.map((fmt) => [
      fmt,
      totalsOf(
        files.filter((f) => f.format === fmt),
        controls.filter((c) => c.format === fmt),
      ),
    ]),
  );
  return {
    dir,
    controlsDir,
    recallDefinition: RECALL_DEFINITION,
    precisionDefinition: PRECISION_DEFINITION,
    files,
    controls,
    totals: totalsOf(files, controls),
    byFormat,
  };
}

function totalsOf(files: FileMeasure[], controls: ControlMeasure[]): Totals {
  const sum = (k: 'expected' | 'found' | 'missed' | 'findings' | 'atExpected' | 'allowed' | 'unexpected') =>
    files.reduce((s, f) => s + f[k], 0);
  const controlFindings = controls.reduce((s, c) => s + c.findings, 0);
  const findings = sum('findings') + controlFindings;
  return {
    expected: sum('expected'),
    found: sum('found'),
    missed: sum('missed'),
    findings,
    atExpected: sum('atExpected'),
    allowed: sum('allowed'),
    unexpected: sum('unexpected'),
    controlFindings,
    recall: ratio(sum('found'), sum('expected')),
    precision: ratio(sum('atExpected'), findings),
  };
}

const pct = (x: number | null) => (x === null ? '—' : `${(x * 100).toFixed(1)}%`);

function table(head: string[], rows: Array<Array<string | number>>, names = 2): string[] {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, c) => Math.max(...cells.map((r) => r[c].length)));
  // names on the left, numbers on the right
  const line = (r: string[]) =>
    r
      .map((x, c) => (c < names ? x.padEnd(widths[c]) : x.padStart(widths[c])))
      .join('  ')
      .trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...cells.slice(1).map(line)];
}

/** The measure as text: one line a file, the controls, the totals, each number's meaning said once. */
export function renderMeasure(m: CorpusMeasure, opts: { details?: boolean } = {}): string {
  const out: string[] = [];
  const rel = (d: string) => relative(process.cwd(), d) || '.';
  out.push(`corpus ${rel(m.dir)}: ${m.files.length} file(s)`);
  out.push(
    ...table(
      ['report', 'format', 'expected', 'found', 'missed', 'unexpected', 'allowed', 'findings'],
      m.files.map((f) => [
        f.report,
        f.format,
        f.expected,
        f.found,
        f.error ? `${f.missed} (unreadable)` : `${f.missed}${f.knownMissed ? ` (${f.knownMissed} known)` : ''}`,
        f.unexpected,
        f.allowed,
        f.findings,
      ]),
    ),
  );
  if (opts.details)
    for (const f of m.files) {
      for (const x of f.missedList) out.push(`  MISS ${f.file} ${x}`);
      for (const x of f.unexpectedList) out.push(`  UNEXPECTED ${f.file} ${x}`);
      if (f.error) out.push(`  ERROR ${f.file} ${f.error}`);
    }
  out.push('');
  if (m.controlsDir) {
    out.push(`clean controls ${rel(m.controlsDir)}: ${m.controls.length} file(s), every finding unexpected`);
    out.push(
      ...table(
        ['report', 'format', 'findings'],
        m.controls.map((c) => [c.report, c.format, c.error ? 'unreadable' : c.findings]),
      ),
    );
    if (opts.details)
      for (const c of m.controls) {
        for (const x of c.findingList) out.push(`  UNEXPECTED ${c.file} ${x}`);
        if (c.error) out.push(`  ERROR ${c.file} ${c.error}`);
      }
  } else out.push('clean controls: none (no clean/ subfolder nor -clean sibling folder)');
  out.push('');
  out.push('totals');
  const totalsRow = (name: string, t: Totals) => [
    name,
    t.expected,
    t.found,
    t.missed,
    t.unexpected,
    t.allowed,
    t.controlFindings,
    t.findings,
    t.atExpected,
    `${t.found}/${t.expected} = ${pct(t.recall)}`,
    `${t.atExpected}/${t.findings} = ${pct(t.precision)}`,
  ];
  out.push(
    ...table(
      [
        'format',
        'expected',
        'found',
        'missed',
        'unexpected',
        'allowed',
        'in controls',
        'findings',
        'at expected',
        'recall',
        'precision',
      ],
      [...Object.entries(m.byFormat).map(([fmt, t]) => totalsRow(fmt, t)), totalsRow('all', m.totals)],
      1,
    ),
  );
  out.push('');
  out.push(m.recallDefinition);
  out.push(m.precisionDefinition);
  return out.join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'fixtures/corpus' },
      json: { type: 'boolean', default: false },
      details: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(
      'npm run corpus [-- --dir DIR] [--json] [--details]\n' +
        '  --dir DIR   a corpus folder with expected.json; its clean controls in DIR/clean/ or DIR-clean/ (default fixtures/corpus)\n' +
        '  --json      the measure as JSON\n' +
        '  --details   list each miss and each unexpected finding',
    );
    return;
  }
  const dir = resolve(values.dir!);
  if (!existsSync(dir)) {
    console.error(`npm run corpus: no such folder: ${values.dir}`);
    process.exitCode = 2;
    return;
  }
  const m = await measureCorpus(dir);
  console.log(values.json ? JSON.stringify(m, null, 2) : renderMeasure(m, { details: values.details }));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
