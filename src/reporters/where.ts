// How a location reads to a person: "第3页第12行", "表2 第5行第7列", "第8段".
// The contract's paragraph/table/row/col are 0-based; people count from 1.
import type { Labels } from '../i18n/labels.js';
import type { Location } from '../model/result.js';

/** The coordinates of a location without its section, e.g. "第3页第12行" or "表2 第5行第7列". */
export function coordinates(loc: Location, l: Labels): string {
  const parts: string[] = [];
  if (loc.page != null && loc.line != null) parts.push(l.where.pageLine(loc.page, loc.line));
  else if (loc.page != null) parts.push(l.where.page(loc.page));
  else if (loc.line != null) parts.push(l.where.line(loc.line));
  if (loc.table) parts.push(l.where.tableCell(loc.table.index + 1, loc.table.row + 1, loc.table.col + 1));
  // the paragraph number only helps when nothing finer is known (docx body text)
  if (parts.length === 0 && loc.paragraph != null) parts.push(l.where.paragraph(loc.paragraph + 1));
  return parts.join(l.where.sep);
}

/** Coordinates and section path together, for one-cell formats (CSV, SARIF messages). */
export function describeLocation(loc: Location, l: Labels): string {
  const c = coordinates(loc, l);
  if (!loc.section) return c;
  return c ? `${c} · ${loc.section}` : loc.section;
}
