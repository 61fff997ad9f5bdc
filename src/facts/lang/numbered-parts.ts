// The parts a project is cut into and numbers: its 标段 (the lots let by tender), 子项目, 片区, 批次. A clause
// opened by one ("分标段看，一标段（县城主城区）新建管网30.512km…", "施工三标段送审4,813.91万元…", "第二批次下达…")
// states that part's figures, never the project's; a new kind of numbered part goes here.
import { cnNumeralValue } from '../../structure/numbering.js';

/** The kinds of numbered part. */
const KIND = '标段|子项目|片区|批次';
/** An ordinal as a part's number: 一 … 九十九, 1 … 99, with or without 第. */
const ORDINAL = '第?(?:[一二三四五六七八九十]{1,3}|\\d{1,2})';

/**
 * One numbered part opening a clause, after at most two words of its kind ("施工一标段", "监理二标段") and an
 * optional 其中: group 1 its ordinal, group 2 its kind.
 */
const ONE_PART = new RegExp(`^(?:其中)?[\\u4e00-\\u9fff]{0,2}?(${ORDINAL})(${KIND})`);
/**
 * Several parts of one kind after 其中, counted or not: "其中5个施工标段送审20,275.32万元" (the lots together, a
 * part of the contracts before it). Group 1 the kind.
 */
const PARTS_OF_KIND = new RegExp(`^其中(?:[\\d一二三四五六七八九十两]{1,3}个)?[\\u4e00-\\u9fff]{0,2}?(${KIND})`);

/**
 * The numbered part (or parts) a clause opens with, as a key that is the same however the ordinal is written
 * ("一标段", "第1标段", "施工一标段" → "标段1"; "其中5个施工标段" → "标段*"), and the words that named it; or null.
 */
export function numberedPartOpening(clause: string): { key: string; name: string } | null {
  const one = ONE_PART.exec(clause);
  if (one) {
    const ordinal = one[1].replace(/^第/, '');
    const n = /\d/.test(ordinal) ? Number(ordinal) : cnNumeralValue(ordinal);
    if (n !== null && n > 0) return { key: `${one[2]}${n}`, name: one[0].replace(/^其中/, '') };
  }
  const some = PARTS_OF_KIND.exec(clause);
  return some ? { key: `${some[1]}*`, name: some[0].replace(/^其中/, '') } : null;
}
