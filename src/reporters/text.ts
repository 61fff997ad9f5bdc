// The default terminal format: grouped by file, one block per finding, columns
// padded by display width (string-width: a Chinese character takes two columns).
import stringWidth from 'string-width';
import { labels, type Labels } from '../i18n/labels.js';
import type { Location } from '../model.js';
import type { FileResult, RunResult } from '../result.js';
import type { Finding, Severity } from '../rule.js';
import type { ReporterOptions } from './options.js';
import { splitExcerpt } from './span.js';
import { coordinates } from './where.js';

const ANSI = {
  reset: '\u001b[0m',
  bold: '\u001b[1m',
  dim: '\u001b[2m',
  inverse: '\u001b[7m',
  underline: '\u001b[4m',
  red: '\u001b[31m',
  yellow: '\u001b[33m',
  cyan: '\u001b[36m',
  green: '\u001b[32m',
} as const;

const SEVERITY_COLOR: Record<Severity, string> = { error: ANSI.red, warning: ANSI.yellow, info: ANSI.cyan };

type Paint = (codes: string, s: string) => string;

/** Document text must not drive the terminal: control characters become spaces. */
const clean = (s: string) => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, ' ').replace(/[\t\n\r]+/g, ' ');

function padEnd(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - stringWidth(s)));
}

function markedExcerpt(loc: Location, paint: Paint, color: boolean): string {
  const { before, span, after } = splitExcerpt({ ...loc, excerpt: clean(loc.excerpt), text: clean(loc.text) });
  if (!span) return before;
  const marked = color ? paint(ANSI.inverse + ANSI.underline, span) : `【${span}】`;
  return before + marked + after;
}

function whereLine(loc: Location, l: Labels): string {
  const c = coordinates(loc, l);
  const section = loc.section ? clean(loc.section) : '';
  return [c, section].filter(Boolean).join(' · ');
}

function renderFinding(f: Finding, widths: Widths, l: Labels, paint: Paint, color: boolean): string[] {
  const sev = padEnd(l.severity[f.severity], widths.sev);
  const rule = padEnd(f.ruleId, widths.rule);
  const [first, ...others] = f.locations;
  // an auditor's decision (--review) stands at the end of the head line; pending says nothing
  const mark = f.review && f.review.status !== 'pending' ? `  ［${l.review.status[f.review.status]}${f.review.reason ? `${l.colon}${clean(f.review.reason)}` : ''}${f.review.name ? ` · ${clean(f.review.name)}` : ''}］` : '';
  const head = `  ${paint(SEVERITY_COLOR[f.severity] + ANSI.bold, sev)}  ${rule}  ${first ? whereLine(first, l) : ''}${mark}`.trimEnd();
  const indent = ' '.repeat(2 + widths.sev + 2);
  const out = [head];
  out.push(indent + clean(f.message));
  if (first) out.push(indent + markedExcerpt(first, paint, color));
  const values: string[] = [];
  if (f.expected !== undefined) values.push(`${l.expected}${l.colon}${clean(f.expected)}`);
  if (f.actual !== undefined) values.push(`${l.actual}${l.colon}${clean(f.actual)}`);
  if (values.length) out.push(indent + values.join('   '));
  for (const loc of others) {
    out.push(`${indent}  ${paint(ANSI.dim, `${l.alsoAt} ${whereLine(loc, l)}`)}`);
    out.push(`${indent}    ${markedExcerpt(loc, paint, color)}`);
  }
  return out;
}

type Widths = { sev: number; rule: number };

function renderFile(file: FileResult, widths: Widths, l: Labels, paint: Paint, color: boolean): string[] {
  const path = paint(ANSI.bold + ANSI.underline, clean(file.path));
  if (file.status === 'error') {
    const err = file.error ? `${file.error.code}: ${clean(file.error.message)}` : '';
    return [`${path}  ${paint(ANSI.red + ANSI.bold, l.statusFailed)}  ${err}`.trimEnd()];
  }
  const status = file.ignored
    ? paint(ANSI.yellow + ANSI.bold, l.statusIgnored)
    : file.findings.length
      ? l.findingsInFile(file.findings.length)
      : paint(ANSI.green, l.noFindings);
  const out = [`${path}  ${status}`];
  for (const n of file.notes ?? []) out.push(`  ${paint(ANSI.cyan, l.note)}  ${clean(n.message)}`);
  file.findings.forEach((f, i) => {
    if (i > 0) out.push('');
    out.push(...renderFinding(f, widths, l, paint, color));
  });
  if (file.dismissed?.length) {
    out.push('', `  ${paint(ANSI.dim, l.review.dismissedTitle(file.dismissed.length))}`);
    for (const f of file.dismissed) out.push(...renderFinding(f, widths, l, (_c, s) => paint(ANSI.dim, s), false));
  }
  return out;
}

export function renderText(r: RunResult, opts: ReporterOptions): string {
  const l = labels(opts.lang);
  const paint: Paint = opts.color ? (codes, s) => `${codes}${s}${ANSI.reset}` : (_c, s) => s;
  // one set of column widths for the whole run, so every file's findings line up
  const all = r.files.flatMap((f) => [...f.findings, ...(f.dismissed ?? [])]);
  const widths: Widths = {
    sev: Math.max(0, ...all.map((f) => stringWidth(l.severity[f.severity]))),
    rule: Math.max(0, ...all.map((f) => stringWidth(f.ruleId))),
  };
  const blocks = r.files.map((f) => renderFile(f, widths, l, paint, opts.color).join('\n'));
  const summaryColor = r.summary.errors || r.summary.failedFiles ? ANSI.red : r.summary.warnings ? ANSI.yellow : ANSI.green;
  blocks.push(paint(summaryColor + ANSI.bold, l.summaryLine(r.summary)) + (r.review ? `\n${l.review.summary(r.review)}` : ''));
  return `${blocks.join('\n\n')}\n`;
}
