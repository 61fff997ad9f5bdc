// The JSON contract (schema/report.schema.json, the project's copy of ../shared/contract's), built key by key so
// the order is stable whatever order the engine filled the objects in.
import type {
  BaselineSummary,
  DocumentSummary,
  FileResult,
  RunResult,
  Finding,
  Location,
  ReviewMark,
} from '../model/result.js';

export function location(l: Location) {
  return {
    text: l.text,
    excerpt: l.excerpt,
    page: l.page ?? null,
    line: l.line ?? null,
    paragraph: l.paragraph ?? null,
    table: l.table ? { index: l.table.index, row: l.table.row, col: l.table.col } : null,
    section: l.section ?? null,
  };
}

export function finding(f: Finding) {
  return {
    ruleId: f.ruleId,
    ...(f.messageId !== undefined ? { messageId: f.messageId } : {}),
    severity: f.severity,
    message: f.message,
    ...(f.expected !== undefined ? { expected: f.expected } : {}),
    ...(f.actual !== undefined ? { actual: f.actual } : {}),
    locations: f.locations.map(location),
    ...(f.review ? { review: review(f.review) } : {}),
  };
}

function review(m: ReviewMark) {
  return {
    status: m.status,
    ...(m.reason !== undefined ? { reason: m.reason } : {}),
    ...(m.name !== undefined ? { name: m.name } : {}),
    ...(m.date !== undefined ? { date: m.date } : {}),
  };
}

function documentSummary(d: DocumentSummary) {
  return {
    pages: d.pages,
    paragraphs: d.paragraphs,
    tables: d.tables,
    title: d.title,
    projectName: d.projectName,
    year: d.year,
  };
}

/** docs/cli.md's `baseline` field: the baseline file, how many findings it hid, its entries nothing matched. */
function baselineSummary(b: BaselineSummary) {
  return {
    file: b.file,
    suppressed: b.suppressed,
    unmatched: b.unmatched.map((e) => ({
      fingerprint: e.fingerprint,
      ruleId: e.ruleId,
      document: e.document,
      excerpt: e.excerpt,
      count: e.count,
    })),
  };
}

function file(f: FileResult) {
  return {
    path: f.path,
    format: f.format,
    status: f.status,
    ...(f.ignored ? { ignored: true } : {}),
    ...(f.error ? { error: { code: f.error.code, message: f.error.message } } : {}),
    ...(f.document ? { document: documentSummary(f.document) } : {}),
    ...(f.encoding ? { encoding: { name: f.encoding.name, bom: f.encoding.bom, replaced: f.encoding.replaced } } : {}),
    ...(f.notes?.length ? { notes: f.notes.map((n) => ({ code: n.code, message: n.message })) } : {}),
    findings: f.findings.map(finding),
    ...(f.dismissed ? { dismissed: f.dismissed.map(finding) } : {}),
  };
}

/** The contract object (also what the other reporters could be checked against). */
export function toContract(r: RunResult) {
  const s = r.summary;
  return {
    schemaVersion: r.schemaVersion,
    tool: { name: r.tool.name, version: r.tool.version },
    summary: {
      files: s.files,
      failedFiles: s.failedFiles,
      errors: s.errors,
      warnings: s.warnings,
      infos: s.infos,
      ...(s.ignoredFiles ? { ignoredFiles: s.ignoredFiles } : {}),
    },
    files: r.files.map(file),
    ...(r.baseline ? { baseline: baselineSummary(r.baseline) } : {}),
    ...(r.review ? { review: { ...r.review } } : {}),
  };
}

export function renderJson(r: RunResult): string {
  return `${JSON.stringify(toContract(r), null, 2)}\n`;
}
