// "N个X指标" as the report states it (4个一级指标, 共设置12项二级指标, 十二个三级指标, 三级指标共22个):
// the number, the level, the items the same sentence enumerates, and whose indicators it counts —
// the whole tree, one first-level indicator's subtree ("产出类指标包括4个二级指标" in the text, or
// the claim right after 产出's run-in heading, a sentence opened by 投入's name, a claim in the section "（一）投入指标"), or one 自评表's tree when the document holds several
// ("部门整体支出绩效自评表设置…三级指标10个"). The count rule compares a claim with the level counts
// of the same scope (./level-counts.ts), and says nothing when the scope is unknown.
import type { Document, SpanRef } from '../../model/document.js';
import { cnNumeralValue } from '../../structure/numbering.js';
import { spanIn, type TextPlace } from '../identity/places.js';
import { ownerOf, type ScoringForm } from '../identity/programme-scopes.js';
import { SENTENCE_END, sentenceStart } from '../lang/boundaries.js';
import {
  COUNT_AFTER_LEVEL,
  COUNT_BEFORE_LEVEL,
  COUNT_CLAUSE_START,
  COUNT_OWNER,
  COUNTED_ITEM,
  INDICATOR_HEADING,
  INDICATOR_WORD_END,
  LAST_ITEM_JOIN,
  LIST_AFTER,
  LIST_START,
  LISTED_COUNTS,
  NOT_COUNT_OWNER,
  OPEN_LIST_END,
  PAIR,
  SENTENCE_OWNER,
  WHOLE_SYSTEM,
} from '../lang/count-words.js';

/** Whose indicators a claim counts. */
export type CountScope =
  /** The whole indicator system. */
  | { of: 'tree' }
  /**
   * One first-level indicator's subtree, by its name as the claim's clause or heading writes it; `table`: in
   * that 自评表 only, when the document holds several and the claim is one form's.
   */
  | { of: 'indicator'; owner: string; table?: number }
  /** One 自评表's tree (the table's block), of a document holding several: the form the sentence or its section names. */
  | { of: 'form'; table: number }
  /** Several forms' ("…和…的项目支出绩效自评表各设置三级指标8个"), or a programme's whose form was not read. */
  | { of: 'unknown' };

export interface CountClaim {
  /** The number claimed. */
  count: number;
  /** The level counted ("二级指标"), null when the claim names none ("5类指标"). */
  level: 1 | 2 | 3 | null;
  /** The claim as written ("12个二级指标"). */
  span: SpanRef;
  /** The items the sentence enumerates beside it ("决策、过程、产出、效益"), if it does; `open`: ended by 等. */
  listed: { count: number; open: boolean } | null;
  scope: CountScope;
}

const LEVELS: Record<string, 1 | 2 | 3> = { 一级: 1, 二级: 2, 三级: 3 };

function value(s: string): number | null {
  return /^\d+$/.test(s) ? Number(s) : cnNumeralValue(s.replace('两', '二'));
}

/** Both forms, in reading order: the number, the level (if any), where the claim stands. */
function written(text: string): Array<{ num: string; level: string | undefined; start: number; end: number }> {
  const out = [...text.matchAll(COUNT_BEFORE_LEVEL)]
    // "第1个二级指标的第1个三级指标" (how a code reads, "如A11表示…") is an ordinal, no count
    .filter((m) => text[m.index! - 1] !== '第')
    .map((m) => ({
      num: m[1],
      level: m[2],
      start: m.index!,
      end: m.index! + m[0].length,
    }));
  for (const m of text.matchAll(COUNT_AFTER_LEVEL)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (!out.some((c) => c.start < end && start < c.end)) out.push({ num: m[2], level: m[1], start, end });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Items listed with 、 right before the claim, or after it ("4个一级指标：A、B、C和D"). */
function enumerated(text: string, start: number, end: number): { count: number; open: boolean } | null {
  const before = text.slice(0, start);
  let from = 0;
  for (const m of before.matchAll(LIST_START)) from = m.index! + m[0].length;
  let list = before.slice(from);
  if (!list.includes('、') && PAIR.test(list)) return { count: 2, open: false };
  if (!list.includes('、')) {
    // the list after the claim ends at the clause: "三个一级指标，即决策、过程、产出、效益，下设12个二级指标"
    const after = LIST_AFTER.exec(text.slice(end));
    if (!after || !after[1].includes('、')) return null;
    list = after[1];
  }
  const open = OPEN_LIST_END.test(list);
  const items = list
    .replace(OPEN_LIST_END, '')
    .split('、')
    .filter((s) => s.trim().length > 0);
  if (items.some((s) => COUNTED_ITEM.test(s))) return null;
  const last = items[items.length - 1].split(LAST_ITEM_JOIN).filter((s) => s.length >= 2);
  const count = items.length - 1 + Math.max(1, last.length);
  return count >= 2 ? { count, open } : null;
}

/** The indicator the claim's clause names as its subject, if any. */
function clauseOwner(text: string, start: number): string | null {
  // "决策指标下设1个二级指标、2个三级指标": a claim listed after another has the same subject
  const clause = (text.slice(0, start).split(COUNT_CLAUSE_START).at(-1) ?? '').replace(LISTED_COUNTS, '');
  const m = COUNT_OWNER.exec(clause);
  return m && !NOT_COUNT_OWNER.test(m[1]) ? m[1] : null;
}

/**
 * A claim with no subject in the sentence right after a run-in heading ("3.效益指标（分值30分）。设经济、社会、
 * 生态、可持续影响4个二级指标5个三级指标"): the heading's indicator owns it.
 */
function runInOwner(doc: Document, p: TextPlace, start: number): string | null {
  if (p.cell) return null;
  const s = doc.sections.find((x) => x.block === p.block && x.runIn && x.end <= start);
  if (!s || !INDICATOR_HEADING.test(s.title)) return null;
  // the heading's own bracket and full stop, then no other sentence before the claim
  const between = p.text
    .slice(s.end, start)
    .replace(/^[（(][^）)]*[）)]/, '')
    .replace(/^[。：:，]/, '');
  if (SENTENCE_END.test(between)) return null;
  const name = s.title.replace(INDICATOR_WORD_END, '');
  return name.length >= 2 && !NOT_COUNT_OWNER.test(name) ? name : null;
}

/** The sentence up to the claim with the counts in it taken out: what else it names. */
function sentenceBefore(text: string, start: number): string {
  return text.slice(sentenceStart(text, start), start).replace(COUNT_BEFORE_LEVEL, '').replace(COUNT_AFTER_LEVEL, '');
}

/**
 * A claim whose sentence opens with an indicator's name and names no other before it: "投入指标权重15，设二级指标2个、
 * 三级指标6个" (the subject one clause before the claim's).
 */
function sentenceOwner(text: string, start: number): string | null {
  const before = sentenceBefore(text, start);
  const m = SENTENCE_OWNER.exec(before);
  if (!m || NOT_COUNT_OWNER.test(m[1]) || WHOLE_SYSTEM.test(m[1]) || before.slice(m[0].length).includes('指标'))
    return null;
  return m[1];
}

/**
 * A claim in the body of a section headed by a first-level indicator ("（一）投入指标", a heading of its own) whose
 * sentence names no indicator and not the whole system: that indicator's. `isFirstLevel`: the tree has one so named.
 */
function sectionOwner(
  doc: Document,
  p: TextPlace,
  start: number,
  isFirstLevel: (name: string) => boolean,
): string | null {
  if (p.cell || p.role !== 'body') return null;
  const s = doc.sections.filter((x) => x.block < p.block && p.block <= x.lastBlock).at(-1);
  if (!s || s.runIn || !INDICATOR_HEADING.test(s.title)) return null;
  const before = sentenceBefore(p.text, start);
  if (before.includes('指标') || WHOLE_SYSTEM.test(before)) return null;
  const name = s.title.replace(INDICATOR_WORD_END, '');
  return name.length >= 2 && !NOT_COUNT_OWNER.test(name) && isFirstLevel(name) ? name : null;
}

/**
 * Which 自评表 a claim counts, when the document holds several (`forms`): the one its section or its sentence
 * up to the claim names; 'unknown' when they name several, or (fewer than two forms read) when it stands in a
 * programme's section (`programme`); null when nothing says (the whole tree, as before forms were told apart).
 */
function formScope(
  doc: Document,
  forms: readonly ScoringForm[],
  programme: (block: number) => string | null,
  p: TextPlace,
  start: number,
  end: number,
): CountScope | null {
  if (forms.length < 2) return programme(p.block) === null ? null : { of: 'unknown' };
  if (p.cell) return null;
  const owner = ownerOf(doc, [...forms], p.block, p.text.slice(sentenceStart(p.text, start), end));
  if (owner === 'unnamed') return null;
  return owner ? { of: 'form', table: owner.block } : { of: 'unknown' };
}

/** A claim's scope from the indicator its words name (if any) and the form it is about (if told). */
function scopeOf(owner: string | null, form: CountScope | null): CountScope {
  if (form?.of === 'unknown') return form;
  if (owner) return form?.of === 'form' ? { of: 'indicator', owner, table: form.table } : { of: 'indicator', owner };
  return form ?? { of: 'tree' };
}

/**
 * Every count claim of the body and its headings, in reading order. `forms`: the document's 自评表
 * (src/facts/identity/programme-scopes.ts); `programme`: the programme whose section holds a block, if any;
 * `isFirstLevel`: whether the indicator tree has a first-level indicator of that name (./level-counts.ts).
 */
export function countClaims(
  doc: Document,
  places: readonly TextPlace[],
  forms: readonly ScoringForm[] = [],
  programme: (block: number) => string | null = () => null,
  isFirstLevel: (name: string) => boolean = () => false,
): CountClaim[] {
  const out: CountClaim[] = [];
  for (const p of places) {
    if (p.role !== 'body' && p.role !== 'heading') continue;
    for (const c of written(p.text)) {
      const count = value(c.num);
      if (count === null) continue;
      const level = c.level ? LEVELS[c.level] : null;
      const listed = enumerated(p.text, c.start, c.end);
      // one indicator's subtree is counted below the first level only
      const owner =
        level !== null && level > 1
          ? (clauseOwner(p.text, c.start) ??
            runInOwner(doc, p, c.start) ??
            sentenceOwner(p.text, c.start) ??
            sectionOwner(doc, p, c.start, isFirstLevel))
          : null;
      out.push({
        count,
        level,
        span: spanIn(p, c.start, c.end),
        listed,
        scope: scopeOf(owner, formScope(doc, forms, programme, p, c.start, c.end)),
      });
    }
  }
  return out;
}
