// Every date the document writes (lang/dates.ts reads the shapes), each with the year it falls in: its own
// ("2023年2月29日"), else the last year the text gives before it ("2024年2月19日至2月30日"). text/impossible-date reads
// them: whether 29 February exists depends on that year.
import { type DateMention, findDates } from '../lang/dates.js';
import { findYears, inDocumentNumber } from '../lang/years.js';
import type { TextPlace } from './places.js';

export interface WrittenDate extends DateMention {
  place: TextPlace;
  /** The year the date falls in: its own, else the text's before it; null when neither is told. */
  inYear: number | null;
}

/**
 * The year the text gives before a date without its own ("2024年2月19日至2月30日"): the last the lexicon reads, not a
 * document number's (〔2023〕5号), nor a two-digit one, which is as often a count of years ("服务期15年").
 */
function lastYearBefore(text: string, at: number): number | null {
  const before = text.slice(0, at);
  const years = findYears(before).filter((y) => y.form !== 'short' && !inDocumentNumber(before, y));
  return years.length ? years[years.length - 1].value : null;
}

export function writtenDates(places: readonly TextPlace[]): WrittenDate[] {
  return places.flatMap((place) =>
    findDates(place.text, findYears(place.text)).map((d) => ({
      ...d,
      place,
      inYear: d.year ?? lastYearBefore(place.text, d.start),
    })),
  );
}
