// SARIF 2.1.0: one run, rules from rule meta, one result per finding.
// A report is not source code: a PDF line counts within its page, a docx has no
// lines at all. A region must have a start (startLine, charOffset or byteOffset,
// SARIF 2.1.0 Errata 01), so only a txt/md location has one; for the others the
// snippet, page, paragraph and table cell go to the physical location's
// properties, and sections and cells to logicalLocations.
import type * as Sarif from 'sarif';
import { labels, type Labels } from '../i18n/labels.js';
import type { FileResult, RunResult, Finding, Location } from '../model/result.js';
import type { RuleMeta } from '../model/rule.js';
import { FINGERPRINT_KEY, findingFingerprint } from './fingerprint.js';
import type { ReporterOptions } from './options.js';
import { describeLocation } from './where.js';
import type { Severity } from '../model/settings.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVEL: Record<Severity, Sarif.Result.level> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * The path as given, as a URI reference: relative paths stay relative (segments
 * percent-encoded, "./" dropped); absolute paths become file: URIs.
 */
export function pathToUri(path: string): string {
  const slashed = path.replace(/\\/g, '/');
  const encode = (p: string) => p.split('/').map(encodeURIComponent).join('/');
  const drive = /^([A-Za-z]):\//.exec(slashed);
  if (drive) return `file:///${drive[1]}:/${encode(slashed.slice(3))}`;
  if (slashed.startsWith('/')) return `file://${encode(slashed)}`;
  return encode(slashed.replace(/^(\.\/)+/, ''));
}

function ruleDescriptor(meta: RuleMeta, lang: ReporterOptions['lang']): Sarif.ReportingDescriptor {
  const other = lang === 'en' ? 'zh-CN' : 'en';
  return {
    id: meta.id,
    shortDescription: { text: meta.description[lang] },
    fullDescription: { text: `${meta.description[lang]}\n${meta.description[other]}` },
    defaultConfiguration: { level: LEVEL[meta.defaultSeverity] },
    messageStrings: Object.fromEntries(Object.entries(meta.messages ?? {}).map(([k, m]) => [k, { text: m[lang] }])),
  };
}

function logicalLocations(loc: Location): Sarif.LogicalLocation[] {
  const out: Sarif.LogicalLocation[] = [];
  if (loc.page != null) {
    const fqn = loc.line != null ? `page[${loc.page}]/line[${loc.line}]` : `page[${loc.page}]`;
    out.push({ name: fqn, fullyQualifiedName: fqn, kind: 'page' });
  }
  if (loc.section) {
    const parts = loc.section.split(' > ');
    out.push({ name: parts[parts.length - 1], fullyQualifiedName: loc.section, kind: 'section' });
  }
  if (loc.table) {
    const { index, row, col } = loc.table;
    out.push({ name: `col[${col}]`, fullyQualifiedName: `table[${index}]/row[${row}]/col[${col}]`, kind: 'tableCell' });
  } else if (loc.paragraph != null) {
    out.push({
      name: `paragraph[${loc.paragraph}]`,
      fullyQualifiedName: `paragraph[${loc.paragraph}]`,
      kind: 'paragraph',
    });
  }
  return out;
}

/** What a location says besides its line: the span, page, paragraph, table cell, excerpt. */
function locationProperties(loc: Location, withLine: boolean): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  if (loc.page != null) props.page = loc.page;
  if (loc.page != null && loc.line != null) props.lineOnPage = loc.line;
  if (loc.line != null && loc.page == null && !withLine) props.line = loc.line;
  if (loc.paragraph != null) props.paragraph = loc.paragraph;
  if (loc.table) props.table = { ...loc.table };
  props.excerpt = loc.excerpt;
  return props;
}

function physicalLocation(loc: Location, file: FileResult): Sarif.PhysicalLocation {
  const artifactLocation = { uri: pathToUri(file.path) };
  // only a txt/md line is a line of the file itself
  if (loc.line != null && loc.page == null && (file.format === 'txt' || file.format === 'md')) {
    return {
      artifactLocation,
      region: { startLine: loc.line, snippet: { text: loc.text }, properties: locationProperties(loc, true) },
    };
  }
  return { artifactLocation, properties: { snippet: loc.text, ...locationProperties(loc, false) } };
}

function sarifLocation(loc: Location, file: FileResult, l: Labels, id?: number): Sarif.Location {
  const out: Sarif.Location = {};
  if (id !== undefined) out.id = id;
  out.physicalLocation = physicalLocation(loc, file);
  const logical = logicalLocations(loc);
  if (logical.length) out.logicalLocations = logical;
  if (id !== undefined) {
    const where = describeLocation(loc, l);
    out.message = { text: where ? `${where}: ${loc.text}` : loc.text };
  }
  return out;
}

function result(f: Finding, file: FileResult, ruleIndex: number, l: Labels): Sarif.Result {
  const [first, ...others] = f.locations;
  const values: string[] = [];
  if (f.expected !== undefined) values.push(`${l.expected}${l.colon}${f.expected}`);
  if (f.actual !== undefined) values.push(`${l.actual}${l.colon}${f.actual}`);
  const r: Sarif.Result = {
    ruleId: f.ruleId,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: values.length ? `${f.message} (${values.join('; ')})` : f.message },
    locations: first ? [sarifLocation(first, file, l)] : [],
  };
  if (others.length) r.relatedLocations = others.map((loc, i) => sarifLocation(loc, file, l, i + 1));
  r.partialFingerprints = { [FINGERPRINT_KEY]: findingFingerprint(file, f) };
  const props: Record<string, unknown> = {};
  if (f.expected !== undefined) props.expected = f.expected;
  if (f.actual !== undefined) props.actual = f.actual;
  if (Object.keys(props).length) r.properties = props;
  return r;
}

export function toSarif(r: RunResult, opts: ReporterOptions): Sarif.Log {
  const l = labels(opts.lang);
  const rules = opts.rules.map((m) => ruleDescriptor(m, opts.lang));
  const index = new Map(rules.map((d, i) => [d.id, i]));
  // a finding from a rule the caller did not describe still gets a descriptor, so ruleIndex is always valid
  for (const f of r.files.flatMap((x) => x.findings)) {
    if (!index.has(f.ruleId)) {
      index.set(f.ruleId, rules.length);
      rules.push({ id: f.ruleId });
    }
  }
  const results = r.files.flatMap((file) => file.findings.map((f) => result(f, file, index.get(f.ruleId)!, l)));
  const failed = r.files.filter((f) => f.status === 'error');
  const notes = r.files.flatMap((f) => (f.notes ?? []).map((n) => ({ f, n })));
  const invocation: Sarif.Invocation = {
    executionSuccessful: failed.length === 0,
    toolExecutionNotifications: [
      ...failed.map((f) => ({
        level: 'error' as const,
        message: { text: f.error ? `${f.error.code}: ${f.error.message}` : l.statusFailed },
        ...(f.error ? { descriptor: { id: f.error.code } } : {}),
        locations: [{ physicalLocation: { artifactLocation: { uri: pathToUri(f.path) } } }],
      })),
      ...notes.map(({ f, n }) => ({
        // W_IGNORED (a file named but ignored) is a warning, as ESLint has it; the rest are notes
        level: n.code.startsWith('W_') ? ('warning' as const) : ('note' as const),
        message: { text: `${n.code}: ${n.message}` },
        descriptor: { id: n.code },
        locations: [{ physicalLocation: { artifactLocation: { uri: pathToUri(f.path) } } }],
      })),
    ],
  };
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'reportlint', version: r.tool.version, rules } },
        invocations: [invocation],
        language: opts.lang,
        results,
      },
    ],
  };
}

export function renderSarif(r: RunResult, opts: ReporterOptions): string {
  return `${JSON.stringify(toSarif(r, opts), null, 2)}\n`;
}
