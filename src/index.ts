// The package as a library (package.json "main"): read a report, check it, write the result. The command
// is src/cli/main.ts (the bin runs its bundle); both use the same rooms: parsers → structure → facts →
// rules → engine → reporters.
export { allRules } from '../rules/index.js';
export { checkDocument, summarizeDocument, type CheckOptions } from './engine/check-document.js';
export { readDocument, type ReadOptions } from './parsers/index.js';
export { reporters, type FormatName, type ReporterOptions } from './reporters/index.js';
export type { Document } from './model/document.js';
export type { FileResult, Finding, Location, RunResult } from './model/result.js';
export type { Rule, RuleContext, RuleMeta } from './model/rule.js';
export type { Lang, RuleSetting, Settings, Severity } from './model/settings.js';
