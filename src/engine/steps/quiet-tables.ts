// A message step after the rules: figures read from a table that was not read well are not
// findings. A table read badly (Table.reading) says so once through table/unreadable; a table
// where most rows contradict each other at once is a table read wrongly, not a report with a
// slip in every row ("when many checks fail together, suspect the reading"), and is said once too.
import type { Document, Table } from '../../model/document.js';
import type { Finding } from '../../model/result.js';

/** The one note on garbled text (rules/text/garbled.ts): it stands at the first garbled paragraph. */
const GARBLED_NOTE = 'text/garbled';

/** At least this many findings in one table, on at least half its rows, before the reading is blamed. */
const CASCADE_MIN = 5;

const inTable = (f: Finding, t: Table) => f.locations.some((l) => l.table?.index === t.tableIndex);

/**
 * The findings to keep, and the tables whose findings were dropped as a cascade (with how many),
 * for the caller to note once. table/unreadable's own notes are always kept.
 */
export function quietUnreadTables<F extends Finding>(
  doc: Document,
  findings: F[],
): { kept: F[]; cascades: Array<{ table: Table; count: number }> } {
  const own = (f: Finding) => f.ruleId.startsWith('table/') || f.ruleId === GARBLED_NOTE;
  const poor = doc.tables.filter((t) => t.reading.confidence === 'poor');
  // a paragraph decoded with the wrong code page ("ÿ分）") says nothing a finding can stand on
  const garbled = new Set(doc.blocks.flatMap((b) => (b.kind === 'paragraph' && b.garbled ? [b.index] : [])));
  const onGarbled = (f: Finding) => f.locations.some((l) => l.paragraph !== null && garbled.has(l.paragraph));
  let kept = findings.filter((f) => own(f) || (!poor.some((t) => inTable(f, t)) && !onGarbled(f)));
  const cascades: Array<{ table: Table; count: number }> = [];
  for (const t of doc.tables) {
    if (t.reading.confidence === 'poor') continue;
    const here = kept.filter((f) => !own(f) && f.severity !== 'info' && f.locations[0].table?.index === t.tableIndex);
    const rows = new Set(here.map((f) => f.locations[0].table!.row));
    if (here.length < CASCADE_MIN || rows.size * 2 < t.rows - 1) continue;
    const folded = new Set<Finding>(here);
    kept = kept.filter((f) => !folded.has(f));
    cascades.push({ table: t, count: here.length });
  }
  return { kept, cascades };
}
