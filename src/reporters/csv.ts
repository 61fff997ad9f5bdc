// A revision list for Excel: UTF-8 with a BOM (or Excel guesses the ANSI code page
// and garbles Chinese), CRLF, RFC 4180 quoting, one row a finding.
import { labels, type Labels } from '../i18n/labels.js';
import type { RunResult, Location } from '../model/result.js';
import type { ReporterOptions } from './options.js';
import { splitExcerpt } from './span.js';
import { describeLocation } from './where.js';

const BOM = '\uFEFF';
const EOL = '\r\n';

/**
 * Excel runs a cell that starts with = + - @ as a formula, so such text gets a
 * leading apostrophe; plain numbers ("-5", "+3.2%") are left as they are.
 */
function defuse(s: string): string {
  if (/^[=+\-@\t\r]/.test(s) && !/^[-+]?\d[\d,]*(\.\d+)?%?$/.test(s)) return `'${s}`;
  return s;
}

/** RFC 4180: quote a field holding a comma, quote, CR or LF; double inner quotes. */
export function csvField(value: string): string {
  const v = defuse(value);
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

function markedExcerpt(loc: Location): string {
  const { before, span, after } = splitExcerpt(loc);
  return span ? `${before}【${span}】${after}` : before;
}

function row(fields: string[]): string {
  return fields.map(csvField).join(',');
}

function header(l: Labels): string[] {
  const c = l.columns;
  return [c.file, c.rule, c.severity, c.location, c.excerpt, c.expected, c.actual, c.message, c.related];
}

export function renderCsv(r: RunResult, opts: ReporterOptions): string {
  const l = labels(opts.lang);
  const rows = [row(header(l))];
  for (const file of r.files) {
    if (file.status === 'error') {
      // a file that could not be read still has its line in the list
      rows.push(
        row([
          file.path,
          file.error?.code ?? '',
          l.severity.error,
          '',
          '',
          '',
          '',
          file.error?.message ?? l.statusFailed,
          '',
        ]),
      );
    }
    // named but ignored: its line too, as the warning it counts as
    for (const n of file.ignored ? (file.notes ?? []) : [])
      rows.push(row([file.path, n.code, l.severity.warning, '', '', '', '', n.message, '']));
    for (const f of file.findings) {
      const [first, ...others] = f.locations;
      rows.push(
        row([
          file.path,
          f.ruleId,
          l.severity[f.severity],
          first ? describeLocation(first, l) : '',
          first ? markedExcerpt(first) : '',
          f.expected ?? '',
          f.actual ?? '',
          f.message,
          others.map((loc) => `${describeLocation(loc, l)}${l.colon}${loc.text}`).join('\n'),
        ]),
      );
    }
  }
  return BOM + rows.join(EOL) + EOL;
}
