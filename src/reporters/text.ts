// The default terminal format: grouped by file, one block per finding, columns
// padded by display width (string-width: a Chinese character takes two columns),
// every line within 80 columns (text-layout.ts: hanging indents, excerpts trimmed).
import stringWidth from 'string-width';
import { labels, type Labels } from '../i18n/labels.js';
import type { FileResult, RunResult, Finding, Location } from '../model/result.js';
import type { ReporterOptions } from './options.js';
import { splitExcerpt } from './span.js';
import { TEXT_WIDTH, fitExcerpt, wrap } from './text-layout.js';
import { coordinates } from './where.js';
import type { Severity } from '../model/settings.js';

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

/** The excerpt with its span marked, trimmed around the span to fit `width` columns. */
function markedExcerpt(loc: Location, paint: Paint, color: boolean, width: number): string {
  const split = splitExcerpt({ ...loc, excerpt: clean(loc.excerpt), text: clean(loc.text) });
  const { before, span, after } = fitExcerpt(split, width, color ? 0 : stringWidth('【】'));
  if (!span) return before;
  const marked = color ? paint(ANSI.inverse + ANSI.underline, span) : `【${span}】`;
  return before + marked + after;
}

function whereLine(loc: Location, l: Labels): string {
  const c = coordinates(loc, l);
  const section = loc.section ? clean(loc.section) : '';
  return [c, section].filter(Boolean).join(' · ');
}

/** Text after a label, wrapped under itself (hanging indent); the label painted on the first line. */
function labelled(label: string, labelCodes: string, text: string, indent: string, paint: Paint): string[] {
  const first = `${indent}${label}  `;
  const lines = wrap(text, first, ' '.repeat(stringWidth(first)));
  lines[0] = indent + paint(labelCodes, label) + lines[0].slice(indent.length + label.length);
  return lines;
}

function renderFinding(f: Finding, widths: Widths, l: Labels, paint: Paint, color: boolean): string[] {
  const sev = padEnd(l.severity[f.severity], widths.sev);
  const rule = padEnd(f.ruleId, widths.rule);
  const [first, ...others] = f.locations;
  // an auditor's decision (--review) stands at the end of the head line; pending says nothing
  const mark =
    f.review && f.review.status !== 'pending'
      ? `  ［${l.review.status[f.review.status]}${f.review.reason ? `${l.colon}${clean(f.review.reason)}` : ''}${f.review.name ? ` · ${clean(f.review.name)}` : ''}］`
      : '';
  // the where-phrase and the mark continue under the where column when they wrap
  const lead = `  ${sev}  ${rule}  `;
  const out = wrap(`${first ? whereLine(first, l) : ''}${mark}`.trim(), lead, ' '.repeat(stringWidth(lead)));
  out[0] = `  ${paint(SEVERITY_COLOR[f.severity] + ANSI.bold, sev)}${out[0].slice(2 + sev.length)}`;
  const indent = ' '.repeat(2 + widths.sev + 2);
  out.push(...wrap(clean(f.message), indent, indent));
  if (first) out.push(indent + markedExcerpt(first, paint, color, TEXT_WIDTH - indent.length));
  const values: string[] = [];
  if (f.expected !== undefined) values.push(`${l.expected}${l.colon}${clean(f.expected)}`);
  if (f.actual !== undefined) values.push(`${l.actual}${l.colon}${clean(f.actual)}`);
  // expected and actual share a line when they fit, else each has its own
  const together = wrap(values.join('   '), indent, indent);
  if (values.length) out.push(...(together.length === 1 ? together : values.flatMap((v) => wrap(v, indent, indent))));
  for (const loc of others) {
    out.push(
      ...wrap(`${l.alsoAt} ${whereLine(loc, l)}`, `${indent}  `, `${indent}    `).map((x) =>
        x.replace(/^( *)(.*)$/, (_m, sp: string, t: string) => sp + paint(ANSI.dim, t)),
      ),
    );
    out.push(`${indent}    ${markedExcerpt(loc, paint, color, TEXT_WIDTH - indent.length - 4)}`);
  }
  return out;
}

type Widths = { sev: number; rule: number };

/** "path  status  detail", wrapped with a hanging indent of two; path and status painted when they share the first line. */
function fileHeader(path: string, status: string, statusCodes: string, detail: string, paint: Paint): string[] {
  const head = `${path}  ${status}`;
  const lines = wrap(detail ? `${head}  ${detail}` : head, '', '  ');
  if (lines[0].startsWith(head))
    lines[0] = `${paint(ANSI.bold + ANSI.underline, path)}  ${statusCodes ? paint(statusCodes, status) : status}${lines[0].slice(head.length)}`;
  return lines;
}

function renderFile(file: FileResult, widths: Widths, l: Labels, paint: Paint, color: boolean): string[] {
  const path = clean(file.path);
  if (file.status === 'error') {
    const err = file.error ? `${file.error.code}: ${clean(file.error.message)}` : '';
    return fileHeader(path, l.statusFailed, ANSI.red + ANSI.bold, err, paint);
  }
  const out = file.ignored
    ? fileHeader(path, l.statusIgnored, ANSI.yellow + ANSI.bold, '', paint)
    : file.findings.length
      ? fileHeader(path, l.findingsInFile(file.findings.length), '', '', paint)
      : fileHeader(path, l.noFindings, ANSI.green, '', paint);
  for (const n of file.notes ?? []) out.push(...labelled(l.note, ANSI.cyan, clean(n.message), '  ', paint));
  file.findings.forEach((f, i) => {
    if (i > 0) out.push('');
    out.push(...renderFinding(f, widths, l, paint, color));
  });
  if (file.dismissed?.length) {
    out.push(
      '',
      ...wrap(l.review.dismissedTitle(file.dismissed.length), '  ', '  ').map(
        (x) => `  ${paint(ANSI.dim, x.trimStart())}`,
      ),
    );
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
  const summaryColor =
    r.summary.errors || r.summary.failedFiles ? ANSI.red : r.summary.warnings ? ANSI.yellow : ANSI.green;
  const summary = wrap(l.summaryLine(r.summary), '', '  ').map((x) => paint(summaryColor + ANSI.bold, x));
  if (r.review) summary.push(...wrap(l.review.summary(r.review), '', '  '));
  blocks.push(summary.join('\n'));
  return `${blocks.join('\n\n')}\n`;
}
