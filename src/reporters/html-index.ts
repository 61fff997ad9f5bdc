// The HTML report's index of a batch (each file with its counts, a link to its part
// of the page) and its rule and file filters. Static markup: every text from a
// document or a path goes through escapeHtml; the page's script reads only the
// select values and data-* attributes.
import type { Labels } from '../i18n/labels.js';
import type { FileResult } from '../model/result.js';
import type { Severity } from '../model/settings.js';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

/** The anchor and data-file value of the n-th file (0-based) of the run. */
export const fileAnchor = (n: number) => `file-${n + 1}`;

function counts(file: FileResult): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of file.findings) c[f.severity]++;
  return c;
}

/** One row a file: its path (a link to its section), its status, and its findings by severity. Only for a batch. */
export function fileIndexHtml(files: FileResult[], l: Labels, escapeHtml: (s: string) => string): string {
  if (files.length < 2) return '';
  const head = `<tr><th scope="col">${escapeHtml(l.html.file)}</th><th scope="col"></th>${SEVERITIES.map((s) => `<th scope="col"><span class="badge badge-${s}">${escapeHtml(l.severity[s])}</span></th>`).join('')}</tr>`;
  const rows = files.map((f, i) => {
    const c = counts(f);
    const status =
      f.status === 'error'
        ? l.statusFailed
        : f.ignored
          ? l.statusIgnored
          : f.findings.length
            ? l.findingsInFile(f.findings.length)
            : l.noFindings;
    const cells = SEVERITIES.map(
      (s) => `<td class="count" data-severity="${s}">${f.status === 'error' || f.ignored ? '' : c[s]}</td>`,
    ).join('');
    return `<tr data-file="${fileAnchor(i)}" data-status="${f.status}"><td><a href="#${fileAnchor(i)}">${escapeHtml(f.path)}</a></td><td class="index-status">${escapeHtml(status)}</td>${cells}</tr>`;
  });
  return `<nav class="file-index" aria-label="${escapeHtml(l.html.fileIndex)}"><h2>${escapeHtml(l.html.fileIndex)}</h2>\n<table>\n<thead>${head}</thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table></nav>`;
}

/** The rule select (each rule with findings, and its count) and, for a batch, the file select. */
export function ruleAndFileFilters(files: FileResult[], l: Labels, escapeHtml: (s: string) => string): string {
  const byRule = new Map<string, number>();
  for (const file of files) for (const f of file.findings) byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
  const rules = [...byRule].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const ruleOptions = rules
    .map(([id, n]) => `<option value="${escapeHtml(id)}">${escapeHtml(id)} (${n})</option>`)
    .join('');
  const parts = [
    `<label>${escapeHtml(l.html.rule)} <select id="filter-rule"><option value="">${escapeHtml(l.html.allRules)}</option>${ruleOptions}</select></label>`,
  ];
  if (files.length > 1) {
    const fileOptions = files
      .map((f, i) => `<option value="${fileAnchor(i)}">${escapeHtml(f.path)} (${f.findings.length})</option>`)
      .join('');
    parts.push(
      `<label>${escapeHtml(l.html.file)} <select id="filter-file"><option value="">${escapeHtml(l.html.allFiles)}</option>${fileOptions}</select></label>`,
    );
  }
  return parts.join('\n');
}
