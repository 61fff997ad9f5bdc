// Every mention of a project's name, and whether it stands where the evaluated project's own
// name belongs (title, cover, contents, "X项目自评得分", "评价对象为X").
import type { Document } from '../../model/document.js';
import type { Segmenter } from '../../model/rule.js';
import {
  ANOTHER_OF_ITS_KIND,
  findNameMentions,
  findSuffixSlips,
  nameCore,
  type NameMention,
  type NameSlip,
  withoutPlace,
} from '../lang/project-names.js';
import { findYears, type EvaluatedYears } from '../lang/years.js';
import { nameOpeningPlaces, placeBefore, placesAfterWord } from '../lang/places.js';
import {
  CONCLUSION_OPENER,
  EVALUATED_AFTER,
  EVALUATED_BEFORE,
  LEADING_PLACE,
  LISTED_AFTER,
  OWN_DUTY_AFTER,
  OWN_DUTY_BEFORE,
  SLOT_AFTER,
  SLOT_BEFORE,
} from '../lang/name-slots.js';
import type { Place } from './identity.js';
import { occurrences, type Occurrences } from './occurrences.js';

export interface ProjectMention extends NameMention {
  place: Place;
  core: string;
  /** Stands where the evaluated project's own name belongs (title, cover, contents, attachment title, "X项目评价得分"). */
  slot: boolean;
  /** The own name with a slip in its suffix word ("鹿寨县就业补助资全"): `name` as written, `core` as meant. */
  slip?: NameSlip;
  /**
   * The own name dated in the title's own shape (own place, year, name) where the report says what it evaluated
   * ("对沧州市2023年度城乡义务教育补助经费…开展了…评价"): its `yearPrefix` dates the evaluated object itself.
   */
  datesEvaluated?: true;
  /**
   * The place the name is written under: the one it opens with ("锦州市科技创新专项资金"), else the one right before
   * it or its year or unit ("综上，渡马镇2023年…", "对鄂尔多斯市2024年…"); `start` in the place's text.
   */
  leadingPlace?: { text: string; start: number };
}

/** What the report evaluates, as far as the mentions need it. */
export interface OwnName {
  /** The name as cleaned from the title or cover (就业补助资金). */
  name: string;
  /** The place the title writes before its years (鹿寨县). */
  place: string | null;
  evaluated: EvaluatedYears | null;
}

// ------------------------------------------------------------------ mentions

export function projectMentions(
  doc: Document,
  all: Place[],
  seg: Segmenter,
  own: OwnName | null = null,
): ProjectMention[] {
  const out: ProjectMention[] = [];
  const written = occurrences(all);
  for (const place of all) {
    for (const { slip, ...m } of mentionsOf(place.text, seg, own, written)) {
      const core = nameCore(slip ? meantName(m, slip) : m.name);
      if (core.length < 2) continue;
      // on the cover, a name that opens a field's value ("项目时间：2024年X项目"), not words inside a checkbox list
      const from = Math.min(m.start, m.yearPrefix?.start ?? m.start, m.unitPrefix?.start ?? m.start);
      const onCover = place.role === 'cover' && doc.cover.some((f) => f.block === place.block && f.valueStart === from);
      const fixedSlot =
        place.role === 'title' || place.role === 'toc' || onCover || (place.role === 'table' && isNameCell(place, all));
      const other = ANOTHER_OF_ITS_KIND.test(place.text.slice(Math.max(0, from - 4), from));
      const slot =
        fixedSlot ||
        (!other &&
          (SLOT_AFTER.test(place.text.slice(m.end)) ||
            SLOT_BEFORE.test(place.text.slice(Math.max(0, from - 12), from)) ||
            isConclusionSubject(place.text, m, from, core, own) ||
            isOwnDutySubject(place.text, m, from, core, own)));
      const datesEvaluated = !slip && datesEvaluatedObject(place.text, m, core, own);
      const leadingPlace = placeOf(place.text, m, from);
      out.push({
        ...m,
        place,
        core,
        slot,
        ...(slip ? { slip } : {}),
        ...(datesEvaluated ? { datesEvaluated } : {}),
        ...(leadingPlace ? { leadingPlace } : {}),
      });
    }
  }
  return out;
}

/** The name mentions of a text, and the own name where a slip in its suffix word ends it early. */
function mentionsOf(
  text: string,
  seg: Segmenter,
  own: OwnName | null,
  written: Occurrences,
): Array<NameMention & { slip?: NameSlip }> {
  let found: Array<NameMention & { slip?: NameSlip }> = findNameMentions(text, seg, own?.name ?? null);
  for (const slip of own ? findSuffixSlips(text, own.name, seg) : []) {
    if (slip.word && !(own && isOneOff(text, slip, own.name, written))) continue;
    // read as if written right (same length, so every position holds), then keep the text as written
    const fixed = text.slice(0, slip.start) + slip.meant + text.slice(slip.start + slip.written.length);
    const m = findNameMentions(fixed, seg, own?.name ?? null).find(
      (n) => n.start <= slip.start && n.end >= slip.start + slip.meant.length,
    );
    if (!m) continue;
    // "就业补助资全项目" was read as a name ending in 项目: the slipped reading replaces it
    found = found.filter((n) => n.end <= m.start || n.start >= m.end);
    found.push({ ...m, name: text.slice(m.start, m.end), slip });
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The place a name is written under (ProjectMention.leadingPlace). */
function placeOf(text: string, m: NameMention, from: number): ProjectMention['leadingPlace'] | null {
  const before = text.slice(0, from);
  // "。对松阳县2024年…": the place after 对, not "对松阳县"; a text read two ways ("对和平市") names no place
  const afterWord = placesAfterWord(before);
  const place = afterWord.length > 0 ? (afterWord.length === 1 ? afterWord[0] : null) : placeBefore(before);
  if (place) return { text: place, start: from - place.length };
  // the name's own opening place, after the one before it: "城镇保障性…" opens with 城镇, a word, not a place
  const opening = nameOpeningPlaces(m.name);
  return opening ? { text: opening, start: m.start } : null;
}

/**
 * A slip that is itself a word ("转向" for 专项 in "鞍山市科技创新转向资金") is read only where the own name, written
 * right, recurs (three times or more) and the slipped name is written once: a phrase of the report's own would recur.
 */
function isOneOff(text: string, slip: NameSlip, ownName: string, written: Occurrences): boolean {
  const meantAt = ownName.lastIndexOf(slip.meant);
  const slipped = ownName.slice(0, meantAt) + slip.written + ownName.slice(meantAt + slip.meant.length);
  return text.startsWith(slipped, slip.start - meantAt) && written.count(slipped) === 1 && written.count(ownName) >= 3;
}

/** "对沧州市2023年度城乡义务教育补助经费（以下简称…）开展了政策绩效评价": own place, a year, the own name, as evaluated. */
function datesEvaluatedObject(text: string, m: NameMention, core: string, own: OwnName | null): boolean {
  if (!m.yearPrefix || m.unitPrefix || !own?.place || core !== nameCore(own.name)) return false;
  const before = text.slice(0, m.yearPrefix.start);
  return (
    before.endsWith(own.place) &&
    EVALUATED_BEFORE.test(before.slice(0, -own.place.length)) &&
    EVALUATED_AFTER.test(text.slice(m.end))
  );
}

/** The name as it was meant: the slipped suffix word put right. */
function meantName(m: NameMention, slip: NameSlip): string {
  const at = slip.start - m.start;
  return m.name.slice(0, at) + slip.meant + m.name.slice(at + slip.written.length);
}

/**
 * "评价组认为，鹿寨县职业教育发展专项资金2023—2024年度资金投入及时…": a whole project name, of the report's own place
 * or none, that opens the evaluation's judgement and is dated (if at all) in the evaluated years.
 */
function isConclusionSubject(text: string, m: NameMention, from: number, core: string, own: OwnName | null): boolean {
  if (!CONCLUSION_OPENER.test(text.slice(Math.max(0, from - 12), from))) return false;
  return isWholeOwnSubject(text, m, core, own);
}

/** "确保元谋县X项目专项债券本息按期偿还", "确保沧州市X当年形成实物工作量": a duty of the own subject (name-slots' OWN_DUTY_*). */
function isOwnDutySubject(text: string, m: NameMention, from: number, core: string, own: OwnName | null): boolean {
  if (!OWN_DUTY_BEFORE.test(text.slice(0, from)) || !OWN_DUTY_AFTER.test(text.slice(m.end))) return false;
  return isWholeOwnSubject(text, m, core, own);
}

/** A whole name of the own place or none, alone, dated (if at all) in the evaluated years: a subject of the report's. */
function isWholeOwnSubject(text: string, m: NameMention, core: string, own: OwnName | null): boolean {
  // the own place: the title's before its years, else the one opening the own name ("元谋县X项目" on the cover)
  const bare = withoutPlace(core, own?.place ?? (own && LEADING_PLACE.exec(own.name)?.[0]) ?? null);
  if (bare.length < 4) return false;
  // "评价组认为，融安县X…": another county's fund (a township's is left alone: 城区 reads like one)
  if (bare === core && LEADING_PLACE.test(core)) return false;
  const after = text.slice(m.end);
  if (LISTED_AFTER.test(after)) return false;
  // "综上，2021年度X…" / "X2021年度…": a predecessor dated another year
  const ev = own?.evaluated;
  const inPeriod = (y: number) => !ev || (y >= ev.from && y <= ev.to);
  if (m.yearPrefix && !inPeriod(m.yearPrefix.value)) return false;
  const next = findYears(after).find((y) => y.start === 0);
  return !next || inPeriod(next.value);
}

/** The cell right of a "项目名称" label. */
function isNameCell(place: Place, all: Place[]): boolean {
  const cell = place.cell;
  if (!cell) return false;
  const left = all.filter((p) => p.block === place.block && p.cell && p.cell.row === cell.row && p.cell.col < cell.col);
  return left.length > 0 && /^项目名称[：:]?$/.test(left[left.length - 1].text);
}
