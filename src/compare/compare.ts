// A resubmission against the version checked before: each old finding fixed,
// still open or changed, the new ones, and the figures revised in between.
// Findings are matched as baselines match them (rule + the text around the
// finding, never a position), then by rule and message (another format words the
// excerpt differently), then with the figures in the text masked; a matched
// finding whose message or values differ is "changed".
import type { Document } from '../model/document.js';
import { normalizeExcerpt } from '../reporters/fingerprint.js';
import type { FileResult, Finding, Location } from '../model/result.js';
import { figureChanges, type FigureChange } from './figures.js';

export type CompareStatus = 'fixed' | 'open' | 'changed';

export interface ComparedFinding {
  status: CompareStatus;
  old: Finding;
  /** The finding in the new version (open or changed). */
  new?: Finding;
  /** Figures revised at this finding's places. */
  figures: FigureChange[];
}

export interface Comparison {
  old: FileResult;
  new: FileResult;
  findings: ComparedFinding[];
  added: Finding[];
  figures: FigureChange[];
  summary: { fixed: number; open: number; changed: number; added: number; figures: number };
}

const exactKey = (f: Finding) => `${f.ruleId}\u0000${normalizeExcerpt(f.locations[0]?.excerpt ?? '')}`;
const maskedKey = (f: Finding) => exactKey(f).replace(/\d[\d,]*(?:\.\d+)?/g, '#');

export function compareVersions(
  oldFile: FileResult,
  newFile: FileResult,
  oldDoc: Document | null,
  newDoc: Document | null,
): Comparison {
  const remaining = [...newFile.findings];
  const take = (key: (f: Finding) => string, f: Finding): Finding | undefined => {
    const k = key(f);
    const i = remaining.findIndex((x) => key(x) === k);
    return i < 0 ? undefined : remaining.splice(i, 1)[0];
  };
  const figures = oldDoc && newDoc ? figureChanges(oldDoc, newDoc) : [];
  // in order of certainty, each pass over what the ones before left: the same text around it; the same
  // rule saying the same thing (the other format of the report words its excerpt differently); the same
  // text once figures are masked
  const exact = oldFile.findings.map((f) => take(exactKey, f));
  const said = oldFile.findings.map((f, i) => exact[i] ?? take(readingKey, f));
  const findings: ComparedFinding[] = oldFile.findings.map((f, i) => {
    const match = said[i] ?? take(maskedKey, f);
    // the same place with the same message is still open, whatever else in its context was edited
    const changed = match !== undefined && sameReading(f) !== sameReading(match);
    const status: CompareStatus = match === undefined ? 'fixed' : changed ? 'changed' : 'open';
    return {
      status,
      old: f,
      ...(match ? { new: match } : {}),
      figures: figures.filter((x) => f.locations.some((l) => samePlace(l, x.oldLocation))),
    };
  });
  const count = (s: CompareStatus) => findings.filter((x) => x.status === s).length;
  return {
    old: oldFile,
    new: newFile,
    findings,
    added: remaining,
    figures,
    summary: {
      fixed: count('fixed'),
      open: count('open'),
      changed: count('changed'),
      added: remaining.length,
      figures: figures.length,
    },
  };
}

/** What a finding says: the same text around it with another message or other values has changed. */
const sameReading = (f: Finding) => `${f.message}\u0000${f.expected ?? ''}\u0000${f.actual ?? ''}`;
const readingKey = (f: Finding) => `${f.ruleId}\u0000${sameReading(f)}`;

/** The same paragraph, or the same table cell. */
function samePlace(a: Location, b: Location): boolean {
  if (a.paragraph !== b.paragraph) return false;
  if (!a.table || !b.table) return !a.table && !b.table;
  return a.table.row === b.table.row && a.table.col === b.table.col;
}
