// The place to fix and the first places it conflicts with: a figure restated a thousand times must not
// make a finding a thousand locations long (it has to paste into a ticket).
import type { RuleReport } from '../../model/rule.js';

export const MAX_LOCATIONS = 8;

export function capLocations<R extends RuleReport>(report: R, max = MAX_LOCATIONS): R {
  return report.spans.length > max ? { ...report, spans: report.spans.slice(0, max) } : report;
}
