// reportlint compare in text, JSON and HTML. The JSON keeps the check's finding
// and location objects as they are (src/reporters/json.ts), so a tool that reads
// one reads the other.
import type { FigureChange } from '../compare/figures.js';
import type { ComparedFinding, Comparison } from '../compare/compare.js';
import { labels, type Labels } from '../i18n/labels.js';
import type { FileResult, Finding } from '../model/result.js';
import { escapeHtml } from './html.js';
import { finding as findingJson, location as locationJson } from './json.js';
import { coordinates } from './where.js';
import type { Lang } from '../model/settings.js';
import { toolVersion } from '../engine/run-result.js';

/** Document text must not drive the terminal (as in text.ts). */
const clean = (s: string) => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, ' ').replace(/[\t\n\r]+/g, ' ');

function where(f: Finding, l: Labels): string {
  const first = f.locations[0];
  if (!first) return '';
  return [coordinates(first, l), first.section ? clean(first.section) : ''].filter(Boolean).join(' · ');
}

function figureLine(x: FigureChange, l: Labels): string {
  return `${coordinates(x.newLocation, l)}  ${clean(x.old)} → ${clean(x.new)}  ${clean(x.context)}`;
}

function findingLines(f: Finding, l: Labels, indent: string): string[] {
  const out = [
    `${indent}${l.severity[f.severity]}  ${f.ruleId}  ${where(f, l)}`.trimEnd(),
    `${indent}  ${clean(f.message)}`,
  ];
  const values: string[] = [];
  if (f.expected !== undefined) values.push(`${l.expected}${l.colon}${clean(f.expected)}`);
  if (f.actual !== undefined) values.push(`${l.actual}${l.colon}${clean(f.actual)}`);
  if (values.length) out.push(`${indent}  ${values.join('   ')}`);
  return out;
}

const count = (f: FileResult) => (f.status === 'ok' ? String(f.findings.length) : `${f.error?.code ?? 'error'}`);

export function renderCompareText(c: Comparison, lang: Lang): string {
  const l = labels(lang);
  const out = [l.compare.versions(clean(c.old.path), c.old.findings.length, clean(c.new.path), c.new.findings.length)];
  for (const f of [c.old, c.new])
    if (f.status === 'error')
      out.push(`${clean(f.path)}  ${l.statusFailed}  ${count(f)}: ${clean(f.error?.message ?? '')}`);
  out.push(l.compare.summary(c.summary));
  for (const status of ['fixed', 'open', 'changed'] as const) {
    const list = c.findings.filter((x) => x.status === status);
    if (!list.length) continue;
    out.push('', `${l.compare.status[status]} (${list.length})`);
    for (const x of list) out.push(...comparedLines(x, l));
  }
  if (c.added.length) {
    out.push('', `${l.compare.status.added} (${c.added.length})`);
    for (const f of c.added) out.push(...findingLines(f, l, '  '));
  }
  if (c.figures.length) {
    out.push('', `${l.compare.figures} (${c.figures.length})`);
    for (const x of c.figures) out.push(`  ${figureLine(x, l)}`);
  }
  return out.join('\n') + '\n';
}

function comparedLines(x: ComparedFinding, l: Labels): string[] {
  const out = findingLines(x.old, l, '  ');
  if (x.status === 'changed' && x.new) out.push(`    ${l.compare.now}${l.colon}${clean(x.new.message)}`);
  for (const fig of x.figures) out.push(`    ${figureLine(fig, l)}`);
  return out;
}

function figureJson(x: FigureChange) {
  return {
    old: x.old,
    new: x.new,
    context: x.context,
    oldLocation: locationJson(x.oldLocation),
    newLocation: locationJson(x.newLocation),
  };
}

function versionJson(f: FileResult) {
  return {
    path: f.path,
    format: f.format,
    status: f.status,
    ...(f.error ? { error: { code: f.error.code, message: f.error.message } } : {}),
    findings: f.findings.length,
  };
}

/** The comparison as JSON (schema/compare.schema.json). */
export function compareContract(c: Comparison) {
  return {
    schemaVersion: 1,
    tool: { name: 'reportlint', version: toolVersion() },
    old: versionJson(c.old),
    new: versionJson(c.new),
    summary: { ...c.summary },
    findings: c.findings.map((x) => ({
      status: x.status,
      old: findingJson(x.old),
      ...(x.new ? { new: findingJson(x.new) } : {}),
      figures: x.figures.map(figureJson),
    })),
    added: c.added.map(findingJson),
    figures: c.figures.map(figureJson),
  };
}

export function renderCompareJson(c: Comparison): string {
  return `${JSON.stringify(compareContract(c), null, 2)}\n`;
}

const CSS = `body{font:15px/1.6 system-ui,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:0 auto;max-width:60rem;padding:1.5rem;color:#101828}
h1{font-size:1.5rem}h2{font-size:1.1rem;border-bottom:2px solid #d0d5dd;margin-top:1.75rem}
.item{border:1px solid #d0d5dd;border-left:4px solid #d0d5dd;border-radius:6px;padding:.5rem .8rem;margin:.5rem 0}
.fixed{border-left-color:#067647}.open{border-left-color:#b42318}.changed{border-left-color:#b54708}.added{border-left-color:#175cd3}
.where,.rule{color:#667085;font-size:.9rem;margin-right:.5rem}.message{margin:.2rem 0;font-weight:600}
.fig{margin:.2rem 0;font-size:.9rem}.fig b{font-variant-numeric:tabular-nums}`;

function itemHtml(cls: string, f: Finding, l: Labels, extra = ''): string {
  return (
    `<div class="item ${cls}"><code class="rule">${escapeHtml(f.ruleId)}</code><span class="where">${escapeHtml(where(f, l))}</span>` +
    `<p class="message">${escapeHtml(f.message)}</p>${extra}</div>`
  );
}

function figureHtml(x: FigureChange, l: Labels): string {
  return `<p class="fig">${escapeHtml(coordinates(x.newLocation, l))}：<b>${escapeHtml(x.old)} → ${escapeHtml(x.new)}</b> ${escapeHtml(x.context)}</p>`;
}

/** One offline page (no script): the same sections as the text. */
export function renderCompareHtml(c: Comparison, lang: Lang): string {
  const l = labels(lang);
  const sections: string[] = [];
  for (const status of ['fixed', 'open', 'changed'] as const) {
    const list = c.findings.filter((x) => x.status === status);
    if (!list.length) continue;
    sections.push(`<h2>${escapeHtml(l.compare.status[status])} (${list.length})</h2>`);
    for (const x of list) {
      const now =
        x.status === 'changed' && x.new
          ? `<p>${escapeHtml(l.compare.now)}${escapeHtml(l.colon)}${escapeHtml(x.new.message)}</p>`
          : '';
      sections.push(itemHtml(status, x.old, l, now + x.figures.map((f) => figureHtml(f, l)).join('')));
    }
  }
  if (c.added.length) {
    sections.push(`<h2>${escapeHtml(l.compare.status.added)} (${c.added.length})</h2>`);
    for (const f of c.added) sections.push(itemHtml('added', f, l));
  }
  if (c.figures.length) {
    sections.push(`<h2>${escapeHtml(l.compare.figures)} (${c.figures.length})</h2>`);
    for (const x of c.figures) sections.push(figureHtml(x, l));
  }
  return `<!DOCTYPE html>
<html lang="${escapeHtml(lang)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(l.compare.title)}</title><style>${CSS}</style></head>
<body>
<h1>${escapeHtml(l.compare.title)}</h1>
<p>${escapeHtml(l.compare.versions(c.old.path, c.old.findings.length, c.new.path, c.new.findings.length))}</p>
<p><strong>${escapeHtml(l.compare.summary(c.summary))}</strong></p>
${sections.join('\n')}
</body>
</html>
`;
}
