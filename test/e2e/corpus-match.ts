// How a finding is matched to the corpus manifest (expected.json): one place, read by
// the corpus test (test/e2e/corpus.test.ts) and by the measure (`npm run corpus`,
// scripts/corpus.ts), so that both count the same findings as found or unexpected.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding, Location } from '../../src/model/result.js';
import { EQUIVALENT_IDEOGRAPH } from '../../src/structure/cjk-radicals.js';

export const AREAS = ['score', 'money', 'target', 'identity', 'count', 'toc', 'text'] as const;
export type Area = (typeof AREAS)[number];

/** One injected contradiction: where to fix it, and which area's rules must see it. */
export interface Expectation {
  file: string;
  ruleArea: Area;
  quote: string;
  note: string;
  /** The value the rest of the document implies, when one does: a finding at the quote
   *  whose `expected` lacks it is logged as WRONG VALUE (the place is right, the reason not). */
  expectedValue?: string;
  /** Set only after the rules landed and still miss it; `reason` says why. */
  known_miss?: boolean;
  reason?: string;
}

/** A finding that is no injected contradiction but is accepted, with the reason. */
export interface AllowedFinding {
  kind: 'allowed-false-positive';
  file: string;
  ruleId: string;
  quote: string;
  reason: string;
}

export type Entry = Expectation | AllowedFinding;

export const isAllowed = (e: Entry): e is AllowedFinding => 'kind' in e && e.kind === 'allowed-false-positive';

export interface Manifest {
  entries: Entry[];
  expectations: Expectation[];
  allowed: AllowedFinding[];
}

/** The manifest of a corpus folder: its expected.json, split into expectations and allowed findings. */
export function readManifest(dir: string): Manifest {
  const entries = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Entry[];
  return {
    entries,
    expectations: entries.filter((e): e is Expectation => !isAllowed(e)),
    allowed: entries.filter(isAllowed),
  };
}

const REPORT = /\.(?:docx|doc|pdf|txt|md)$/;
/** The reports of a corpus or control folder, sorted. */
export const reportFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isFile() && REPORT.test(d.name))
    .map((d) => d.name)
    .sort();

/**
 * Compared as the contract's checker compares text: NFKC, no whitespace; and a CJK Radicals Supplement character a
 * PDF writes for an ideograph (W's wkhtmltopdf: "⺠政局") as that ideograph, as the document's own normalization
 * reads it (NFKC maps the Kangxi Radicals, not this block).
 */
export const norm = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[\u2E80-\u2EF3]/g, (c) => EQUIVALENT_IDEOGRAPH.get(c) ?? c)
    .replace(/\s+/g, '');

/**
 * A location is at a quote when one contains the other. A short location text
 * ("5", "优", "3078") could sit inside any quote, so its excerpt (the table row or
 * the words around it) must also share a stretch of the quote.
 */
export function locatedAt(loc: Location, quote: string): boolean {
  const t = norm(loc.text);
  const q = norm(quote);
  if (!t || !q) return false;
  if (!t.includes(q) && !q.includes(t)) return false;
  if (t.length >= 6) return true;
  const excerpt = norm(loc.excerpt).replace(/\|/g, '');
  if (q.length <= 6) return excerpt.includes(q);
  for (let i = 0; i + 6 <= q.length; i++) if (excerpt.includes(q.slice(i, i + 6))) return true;
  return false;
}

export const inArea = (f: Finding, area: string) => f.ruleId.startsWith(`${area}/`);
/** Recall: a rule of the expectation's area reports it, its first location (the place to fix) at the quote. */
export const found = (findings: Finding[], e: Expectation) =>
  findings.some((f) => inArea(f, e.ruleArea) && locatedAt(f.locations[0], e.quote));
/** The contradiction is seen, but reported from its other side or by another area. */
export const seenElsewhere = (findings: Finding[], e: Expectation) =>
  findings.filter((f) => f.locations.some((l) => locatedAt(l, e.quote)));

/** A finding that touches, in any of its locations, a quote of the file's expectations. */
export const atExpected = (f: Finding, mine: Expectation[]) =>
  mine.some((e) => f.locations.some((l) => locatedAt(l, e.quote)));
/** A finding the allow-list accepts for the file (same rule, at the listed quote). */
export const isAllowedFinding = (f: Finding, file: string, allowed: AllowedFinding[]) =>
  allowed.some((a) => a.file === file && a.ruleId === f.ruleId && f.locations.some((l) => locatedAt(l, a.quote)));

/** The findings of one file that are neither at an expected quote nor allowed: the false findings a test fails on. */
export function unexpectedFindings(findings: Finding[], file: string, m: Manifest): Finding[] {
  const mine = m.expectations.filter((e) => e.file === file);
  return findings.filter((f) => !atExpected(f, mine) && !isAllowedFinding(f, file, m.allowed));
}

/** Allow-list entries of a file that no finding needs any more. */
export const unusedAllowed = (findings: Finding[], file: string, m: Manifest) =>
  m.allowed.filter(
    (a) =>
      a.file === file && !findings.some((f) => f.ruleId === a.ruleId && f.locations.some((l) => locatedAt(l, a.quote))),
  );

export const describeFinding = (f: Finding) =>
  `${f.ruleId} @ “${f.locations[0].text}” (${f.locations[0].excerpt})${f.expected ? ` expected ${f.expected}` : ''}${f.actual ? ` actual ${f.actual}` : ''}`;
