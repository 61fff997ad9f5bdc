// Runs the rules over one Document and turns their reports into findings.
import { fillTemplate } from './errors.js';
import { locate } from './location.js';
import type { Document } from './model.js';
import type { DocumentSummary } from './result.js';
import type { Finding, Lang, ReportDescriptor, Rule, RuleContext, Settings, Severity } from './rule.js';
import { getSegmenter } from './segmenter.js';
import { summarizeIdentity } from './facts/identity/identity.js';
import { Facts } from './facts/store.js';
import { quietUnreadTables } from './engine/quiet-tables.js';

/** The rule whose messages say that a table's figures were not checked. */
const TABLE_NOTE = 'table/unreadable';

export interface RuleSetting {
  severity?: Severity | 'off';
  options?: Record<string, unknown>;
}

export interface CheckOptions {
  rules: Rule[];
  ruleConfig: Record<string, RuleSetting>;
  settings: Settings;
  lang: Lang;
}

/**
 * The place to fix and the first places it conflicts with: a figure restated a thousand
 * times must not make a finding a thousand locations long (it has to paste into a ticket).
 */
const MAX_LOCATIONS = 8;

export function checkDocument(doc: Document, opts: CheckOptions): Finding[] {
  // the config's settings (the evaluated year, the project's name) reach every fact extractor
  const facts = new Facts(doc, opts.settings, getSegmenter);
  const findings: Array<Finding & { order: number[] }> = [];
  const seen = new Set<string>();
  for (const rule of opts.rules) {
    const conf = opts.ruleConfig[rule.meta.id] ?? {};
    const severity = conf.severity ?? rule.meta.defaultSeverity;
    if (severity === 'off') continue;
    const report = (d: ReportDescriptor) => {
      const template = rule.meta.messages[d.messageId];
      if (!template) throw new Error(`rule ${rule.meta.id}: unknown messageId ${d.messageId}`);
      if (!d.locations.length) throw new Error(`rule ${rule.meta.id}: a finding needs a location`);
      const locations = d.locations.slice(0, MAX_LOCATIONS).map((l) => locate(doc, l));
      const finding: Finding = {
        ruleId: rule.meta.id,
        severity,
        message: fillTemplate(template[opts.lang], d.data),
        ...(d.expected !== undefined ? { expected: d.expected } : {}),
        ...(d.actual !== undefined ? { actual: d.actual } : {}),
        locations,
      };
      const key = JSON.stringify([finding.ruleId, finding.message, locations[0]]);
      if (seen.has(key)) return;
      seen.add(key);
      const first = d.locations[0];
      findings.push({ ...finding, order: [first.block, first.cell?.row ?? 0, first.cell?.col ?? 0, first.start ?? 0] });
    };
    const ctx: RuleContext = {
      doc,
      options: { ...(rule.meta.defaultOptions ?? {}), ...(conf.options ?? {}) },
      settings: opts.settings,
      facts,
      segmenter: getSegmenter,
      report,
    };
    rule.check(ctx);
  }
  const { kept, cascades } = quietUnreadTables(doc, findings);
  const note = opts.rules.find((r) => r.meta.id === TABLE_NOTE);
  const noteSeverity = opts.ruleConfig[TABLE_NOTE]?.severity ?? note?.meta.defaultSeverity;
  if (note && noteSeverity && noteSeverity !== 'off')
    for (const { table, count } of cascades)
      kept.push({
        ruleId: TABLE_NOTE,
        severity: noteSeverity,
        message: fillTemplate(note.meta.messages.cascade[opts.lang], { table: table.tableIndex + 1, count }),
        locations: [locate(doc, { block: table.index, cell: { row: 0, col: 0 } })],
        order: [table.index, 0, 0, 0],
      });
  findings.length = 0;
  findings.push(...kept);
  findings.sort((a, b) => {
    for (let i = 0; i < a.order.length; i++) if (a.order[i] !== b.order[i]) return a.order[i] - b.order[i];
    return 0;
  });
  return findings.map(({ order: _order, ...f }) => f);
}

/** The document's own facts; project name and year from title/cover/attachment (no segmentation needed). */
export function summarizeDocument(doc: Document, settings: Settings): DocumentSummary {
  const identity = summarizeIdentity(doc, settings);
  return {
    pages: doc.pages,
    paragraphs: doc.blocks.filter((b) => b.kind === 'paragraph').length,
    tables: doc.tables.length,
    title: doc.title,
    projectName: identity.projectName,
    year: identity.year,
  };
}
