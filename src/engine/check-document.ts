// Runs the rules over one Document, then turns their reports into findings through the message steps
// (src/engine/steps/, each small and pure): the config's severity and options for each rule, at most
// MAX_LOCATIONS places, the message in the chosen language, the places located, duplicates dropped,
// a table read badly said once, and the findings sorted by where they are.
import type { Document, SpanRef } from '../model/document.js';
import type { DocumentSummary, Finding } from '../model/result.js';
import type { ReportDescriptor, Rule, RuleContext, RuleMeta, RuleReport } from '../model/rule.js';
import type { Lang, RuleSetting, Settings, Severity } from '../model/settings.js';
import { summarizeIdentity } from '../facts/identity/identity.js';
import { Facts } from '../facts/store.js';
import { getSegmenter } from '../structure/segmenter.js';
import { capLocations } from './steps/cap-locations.js';
import { dedupe } from './steps/dedupe.js';
import { localize } from './steps/localize.js';
import { locate } from './steps/locate.js';
import { quietUnreadTables } from './steps/quiet-tables.js';
import { optionsOf, severityOf } from './steps/rule-config.js';
import { sortByPosition } from './steps/sort.js';

/** The rule whose messages say that a table's figures were not checked. */
const TABLE_NOTE = 'table/unreadable';

export interface CheckOptions {
  rules: Rule[];
  ruleConfig: Record<string, RuleSetting>;
  settings: Settings;
  lang: Lang;
}

interface Reported extends RuleReport {
  meta: RuleMeta;
  severity: Severity;
}

/** A finding still holding the span it is sorted by. */
type Placed = Finding & { at: SpanRef };

export function checkDocument(doc: Document, opts: CheckOptions): Finding[] {
  // the config's settings (the evaluated year, the project's name) reach every fact extractor
  const facts = new Facts(doc, opts.settings, getSegmenter);
  const reports: Reported[] = [];
  for (const rule of opts.rules) {
    const setting = opts.ruleConfig[rule.meta.id];
    const severity = severityOf(rule.meta, setting);
    if (severity === 'off') continue;
    const report = (d: ReportDescriptor) => {
      // said at once, inside the rule that made the mistake
      if (!rule.meta.messages[d.messageId]) throw new Error(`rule ${rule.meta.id}: unknown messageId ${d.messageId}`);
      if (!d.locations.length) throw new Error(`rule ${rule.meta.id}: a finding needs a location`);
      reports.push({
        ruleId: rule.meta.id,
        messageId: d.messageId,
        data: d.data ?? {},
        ...(d.expected !== undefined ? { expected: d.expected } : {}),
        ...(d.actual !== undefined ? { actual: d.actual } : {}),
        spans: d.locations,
        meta: rule.meta,
        severity,
      });
    };
    const ctx: RuleContext = {
      doc,
      options: optionsOf(rule.meta, setting),
      settings: opts.settings,
      facts,
      segmenter: getSegmenter,
      report,
    };
    rule.check(ctx);
  }
  const findings = dedupe(reports.map((r) => placed(doc, capLocations(r), opts.lang)));
  const { kept, cascades } = quietUnreadTables(doc, findings);
  const note = opts.rules.find((r) => r.meta.id === TABLE_NOTE);
  const noteSeverity = note && severityOf(note.meta, opts.ruleConfig[TABLE_NOTE]);
  if (note && noteSeverity && noteSeverity !== 'off')
    for (const { table, count } of cascades) {
      const spans = [{ block: table.index, cell: { row: 0, col: 0 } }];
      kept.push(
        placed(
          doc,
          {
            ruleId: TABLE_NOTE,
            messageId: 'cascade',
            data: { table: table.tableIndex + 1, count },
            spans,
            meta: note.meta,
            severity: noteSeverity,
          },
          opts.lang,
        ),
      );
    }
  return sortByPosition(kept, (f) => f.at).map(({ at: _at, ...f }) => f);
}

/** A report as a finding: its message localized, its spans located. */
function placed(doc: Document, r: Reported, lang: Lang): Placed {
  return {
    ruleId: r.ruleId,
    messageId: r.messageId,
    severity: r.severity,
    message: localize(r.meta, r.messageId, r.data, lang),
    ...(r.expected !== undefined ? { expected: r.expected } : {}),
    ...(r.actual !== undefined ? { actual: r.actual } : {}),
    locations: r.spans.map((s) => locate(doc, s)),
    at: r.spans[0],
  };
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
