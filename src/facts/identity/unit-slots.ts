// The department's own commitments name the department: in a department's report, the section of improvements
// ("六、改进措施和建议", "下一步工作计划") says what the department will do — "牡丹江市民政局将在编制2026年度部门预算
// 时…". A unit of the same kind of another place opening such a sentence ("鸡西市民政局将…") is the own unit
// misnamed: a template of another city's report left in. Another bureau (财政局) or another bureau's sentence that
// promises nothing of the report's own ("鸡西市民政局的做法值得借鉴") is not read here.
import type { Document } from '../../model/document.js';
import { sentencesOf } from '../lang/boundaries.js';
import { canonicalUnit, looksLikeUnit } from './units.js';
import type { Occurrences } from './occurrences.js';
import type { Identity } from './identity.js';

export interface ForeignUnitSlot {
  block: number;
  start: number;
  end: number;
  /** The unit as written ("鸡西市民政局"). */
  written: string;
  /** The report's own unit ("牡丹江市民政局"). */
  own: string;
}

/** The sections where the department states what it will do: 改进措施, 建议, 下一步, 整改. */
const COMMITMENT_SECTION = /改进|措施|建议|下一步|整改|工作计划|努力方向/;
/**
 * A sentence opening with a unit (its place first) and its commitment: "鸡西市民政局将在…", "X要…", "X拟…"; a
 * numbering or a run-in heading before it ("（一）提高预算编制质量。") ends as a sentence of its own.
 */
const UNIT_COMMITS =
  /^(?:[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．]\s*)?([\u4e00-\u9fff]{2,8}?(?:省|自治区|市|州|盟|地区|县|区|旗)[\u4e00-\u9fff]{1,12}?(?:局|委员会|委|厅|办公室|中心))(?:将|要|拟|应当|应|需|计划)/;
/** The unit a title opens with before its year: "牡丹江市民政局2024年度部门整体支出绩效自评报告". */
const TITLE_UNIT = /^([\u4e00-\u9fff]{2,20}?)(?=(?:19|20)\d{2}年)/;

/** The report's own unit: the one its fields give, else the one its title opens with. */
export function ownUnitOf(doc: Document, fromFields: string | undefined): string | null {
  if (fromFields && looksLikeUnit(fromFields)) return fromFields;
  const m = TITLE_UNIT.exec((doc.title ?? '').replace(/\s/g, ''));
  return m && looksLikeUnit(m[1]) ? m[1] : null;
}

/**
 * Sentences of the improvement sections that open with a unit of the own unit's kind (民政局) of another place
 * (鸡西市 for 牡丹江市) and its commitment. The own name must be written at least twice in the report and more
 * often than the other (`count`: the document's occurrences, ./occurrences.ts): a leftover is named once or twice.
 */
export function foreignUnitSlots(doc: Document, own: string, { count }: Occurrences): ForeignUnitSlot[] {
  const mine = canonicalUnit(own);
  if (!mine.region) return [];
  const ownCount = count(own);
  if (ownCount < 2) return [];
  const inCommitments = (sectionId: number | null) => {
    for (let s = sectionId; s !== null; s = doc.sections[s].parent)
      if (COMMITMENT_SECTION.test(doc.sections[s].title)) return true;
    return false;
  };
  const out: ForeignUnitSlot[] = [];
  for (const b of doc.blocks) {
    if (b.kind !== 'paragraph' || b.role === 'title' || b.role === 'toc' || !inCommitments(b.sectionId)) continue;
    for (const [s, e] of sentencesOf(b.text)) {
      const lead = /^\s*/.exec(b.text.slice(s, e))![0].length;
      const m = UNIT_COMMITS.exec(b.text.slice(s + lead, e));
      if (!m) continue;
      const written = m[1];
      const theirs = canonicalUnit(written);
      if (written === own || theirs.body !== mine.body || !theirs.region || theirs.region === mine.region) continue;
      if (count(written) >= ownCount) continue;
      const start = s + lead + m[0].indexOf(written);
      out.push({ block: b.index, start, end: start + written.length, written, own });
    }
  }
  return out;
}

/**
 * A department's report (部门整体支出, 单位整体支出): the sentences of its improvements where another place's unit of
 * the own unit's kind commits (above), the own unit the one its fields give, else its title. Any other report: none.
 */
export function departmentUnitSlots(doc: Document, id: Identity, written: Occurrences): ForeignUnitSlot[] {
  if (!id.departmentWide) return [];
  const own = ownUnitOf(doc, id.units['项目单位']);
  return own ? foreignUnitSlots(doc, own, written) : [];
}
