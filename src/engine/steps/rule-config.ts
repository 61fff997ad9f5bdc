// The config's say on a rule, before it runs: its severity ('off' keeps it from running at all) and its options
// (the rule's defaults, then what the config file and --rule give).
import type { RuleMeta } from '../../model/rule.js';
import type { RuleSetting, Severity } from '../../model/settings.js';

export function severityOf(meta: RuleMeta, setting: RuleSetting = {}): Severity | 'off' {
  return setting.severity ?? meta.defaultSeverity;
}

export function optionsOf(meta: RuleMeta, setting: RuleSetting = {}): Record<string, unknown> {
  return { ...(meta.defaultOptions ?? {}), ...(setting.options ?? {}) };
}
