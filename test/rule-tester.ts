// ESLint's RuleTester, for reports: a consistent base report, rows that must give no finding of
// the rule (valid) and rows that break one figure and must give exactly the listed findings
// (invalid). One `describe` per rule, one `it` per row. The rows are also the examples of the
// rule's page (scripts/rule-docs.ts reads the `cases` a rule's test file exports).
import { describe, expect, it } from 'vitest';
import type { Finding } from '../src/model/result.js';
import type { Message, Rule } from '../src/model/rule.js';
import type { Settings } from '../src/model/settings.js';
import { docFromText, runRule } from './helpers.js';

type Format = 'txt' | 'md';
/** One replacement, or several applied in turn; each `from` must occur in the text (first occurrence replaced). */
export type Replace = [from: string, to: string] | Array<[from: string, to: string]>;

interface Row {
  /** What the row shows; the `it` title (and the example's heading on the rule's page). */
  name?: string;
  /** The base with these replacements… */
  replace?: Replace;
  /** …or a whole report of its own. */
  text?: string;
  format?: Format;
  options?: Record<string, unknown>;
  settings?: Settings;
  /** Other rules run with this one; their findings are asserted too (an error names its `rule`). */
  with?: Rule[];
}

export type ValidRow = string | Row;

export interface ExpectedError {
  messageId: string;
  /** Only when the row runs other rules `with` this one. */
  rule?: string;
  data?: Record<string, string | number>;
  actual?: string;
  expected?: string;
  /** A quoted substring the first location's text must cover (whitespace ignored). */
  at?: string;
  /** Substrings the following locations' texts must cover, in order, and no more locations. */
  also?: string[];
  /** A substring of the first location's excerpt (the text around it). */
  excerpt?: string;
  /** Whether the first location is a table cell, or which one. */
  table?: boolean | { row?: number; col?: number };
  /** The zh-CN message, exactly. */
  message?: string;
}

export interface InvalidRow extends Row {
  errors: ExpectedError[];
}

export interface RuleCases {
  /** A consistent report (txt, or md with `format`); as written it must give no finding of the rule. */
  base?: string;
  format?: Format;
  options?: Record<string, unknown>;
  settings?: Settings;
  valid: ValidRow[];
  invalid: InvalidRow[];
}

export interface TestedCases extends RuleCases {
  rule: Rule;
}

/** A finding with the message id and data it was reported with. */
export interface TestedFinding extends Finding {
  messageId: string;
  data: Record<string, string>;
}

const squash = (s: string) => s.replace(/\s+/g, '');

/** Applies the row's replacements to the base; a `from` the text lacks is a stale row, and fails. */
export function applyReplace(base: string, replace: Replace): string {
  const pairs = (typeof replace[0] === 'string' ? [replace] : replace) as Array<[string, string]>;
  let text = base;
  for (const [from, to] of pairs) {
    if (!text.includes(from)) throw new Error(`the base has no ${JSON.stringify(from)} to replace`);
    text = text.replace(from, () => to);
  }
  return text;
}

/** The report text a row stands for. */
export function rowText(cases: RuleCases, row: Row): string {
  if (row.text !== undefined) {
    if (row.replace) return applyReplace(row.text, row.replace);
    return row.text;
  }
  if (cases.base === undefined) throw new Error('a row without text needs a base');
  return row.replace ? applyReplace(cases.base, row.replace) : cases.base;
}

// The engine fills a message from its template; a marker put in front of the template carries the
// message id and the data out through the finding's message, whatever the engine does in between.
const MARK = /^\u0002([^\u0003]*)\u0003((?:\u0004[^\u0005]*\u0005[^\u0006]*\u0006)*)/;
function marked(rule: Rule): Rule {
  const messages: Record<string, Message> = {};
  for (const [id, m] of Object.entries(rule.meta.messages)) {
    const keys = [...new Set([...m['zh-CN'].matchAll(/\{(\w+)\}/g)].map((x) => x[1]))];
    const mark = `\u0002${id}\u0003${keys.map((k) => `\u0004${k}\u0005{${k}}\u0006`).join('')}`;
    messages[id] = { 'zh-CN': mark + m['zh-CN'], en: mark + m.en };
  }
  return { meta: { ...rule.meta, messages }, check: (ctx) => rule.check(ctx) };
}
function unmark(f: Finding): TestedFinding {
  const m = MARK.exec(f.message);
  if (!m) throw new Error(`finding of ${f.ruleId} without its message id: ${f.message}`);
  const data = Object.fromEntries(
    [...m[2].matchAll(/\u0004([^\u0005]*)\u0005([^\u0006]*)\u0006/g)].map((x) => [x[1], x[2]]),
  );
  return { ...f, message: f.message.slice(m[0].length), messageId: m[1], data };
}

/** Runs a rule (and any `with` it) on a report text, as `reportlint` does, zh-CN messages. */
export function runOnText(
  rules: Rule[],
  text: string,
  opts: { format?: Format; options?: Record<string, unknown>; settings?: Settings } = {},
): TestedFinding[] {
  return runRule(rules.map(marked), docFromText(text, opts.format ?? 'txt'), {
    options: opts.options,
    settings: opts.settings,
  }).map(unmark);
}

function runRow(rule: Rule, cases: RuleCases, row: Row): TestedFinding[] {
  return runOnText([rule, ...(row.with ?? [])], rowText(cases, row), {
    format: row.format ?? cases.format,
    options: row.options ?? cases.options,
    settings: row.settings ?? cases.settings,
  });
}

/** What a finding shows of those the row expects, so that a mismatch prints side by side. */
function shown(f: TestedFinding, want: ExpectedError, self: string): Record<string, unknown> {
  const l = f.locations[0];
  const got: Record<string, unknown> = { messageId: f.messageId };
  if (f.ruleId !== self) got.rule = f.ruleId;
  if (want.data) got.data = Object.fromEntries(Object.keys(want.data).map((k) => [k, f.data[k]]));
  if ('actual' in want) got.actual = f.actual;
  if ('expected' in want) got.expected = f.expected;
  if (want.at !== undefined) got.at = squash(l.text).includes(squash(want.at)) ? want.at : l.text;
  if (want.also)
    got.also = f.locations
      .slice(1)
      .map((x, i) =>
        want.also![i] !== undefined && squash(x.text).includes(squash(want.also![i])) ? want.also![i] : x.text,
      );
  if (want.excerpt !== undefined)
    got.excerpt = squash(l.excerpt).includes(squash(want.excerpt)) ? want.excerpt : l.excerpt;
  if (typeof want.table === 'boolean') got.table = l.table !== null;
  else if (want.table)
    got.table = Object.fromEntries(Object.keys(want.table).map((k) => [k, l.table?.[k as 'row' | 'col']]));
  if (want.message !== undefined) got.message = f.message;
  return got;
}
function wanted(want: ExpectedError, self: string): Record<string, unknown> {
  const { rule, data, ...rest } = want;
  return {
    ...rest,
    ...(rule !== undefined && rule !== self ? { rule } : {}),
    ...(data ? { data: Object.fromEntries(Object.entries(data).map(([k, v]) => [k, String(v)])) } : {}),
  };
}

const title = (row: ValidRow, i: number, kind: string) =>
  typeof row === 'string' ? `${kind} ${i + 1}` : (row.name ?? `${kind} ${i + 1}`);

/**
 * One `describe` for the rule: the base as written, each valid row (no finding of the rule, nor
 * of those run `with` it), each invalid row (exactly its errors, in document order). `more` adds
 * the rule's cases that are no row (whole fixture files in three formats). Returns the cases for
 * the rule's page; outside vitest (the docs script imports the test files) it only returns them.
 */
export function ruleTester(rule: Rule, cases: RuleCases, more?: () => void): TestedCases {
  if (!process.env.VITEST) return { rule, ...cases };
  const id = rule.meta.id;
  describe(id, () => {
    if (cases.base !== undefined)
      it('the base as written gives no finding', () => {
        expect(runRow(rule, cases, {}).map((f) => f.message)).toEqual([]);
      });
    cases.valid.forEach((row, i) => {
      it(`valid: ${title(row, i, 'valid')}`, () => {
        const r: Row = typeof row === 'string' ? { text: row } : row;
        expect(runRow(rule, cases, r).map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
      });
    });
    cases.invalid.forEach((row, i) => {
      it(`invalid: ${title(row, i, 'invalid')}`, () => {
        if (row.errors.length === 0) throw new Error('an invalid row lists its errors');
        const run = [rule, ...(row.with ?? [])];
        for (const e of row.errors) {
          const owner = run.find((r) => r.meta.id === (e.rule ?? id));
          if (!owner) throw new Error(`${e.rule} is not run in this row`);
          if (!owner.meta.messages[e.messageId]) throw new Error(`${owner.meta.id} has no message ${e.messageId}`);
        }
        const got = runRow(rule, cases, row);
        const n = Math.max(got.length, row.errors.length);
        const pairs = Array.from({ length: n }, (_, k) => [got[k], row.errors[k]] as const);
        expect(
          pairs.map(([f, w]) =>
            f && w
              ? shown(f, w, id)
              : f
                ? `unexpected ${f.ruleId}/${f.messageId}: ${f.message} at ${f.locations[0].text}`
                : 'missing',
          ),
        ).toEqual(pairs.map(([, w]) => (w ? wanted(w, id) : 'none')));
      });
    });
    more?.();
  });
  return { rule, ...cases };
}
