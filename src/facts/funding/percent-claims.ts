// Stated shares ("技改投资占工业投资比重32.8%") whose two operands the same paragraph
// states as amounts ("技改投资22.56亿元", "工业固定资产投资完成68.77亿元").
import type { Document, SpanRef } from '../../model/document.js';
import { findQuantities, type Quantity } from '../lang/numbers.js';
import { unitFamily } from '../targets/targets.js';
import { cleanTargetName, targetNamesMatch } from '../lang/indicator-names.js';
import { clauseBefore } from '../lang/boundaries.js';
import { definedRateClaims, subjectRateClaims } from './subject-rates.js';

export interface Operand {
  name: string;
  q: Quantity;
  at: SpanRef;
}

export interface PercentClaim {
  /** The share as written: "技改投资占工业投资比重32.8%". */
  text: string;
  percent: Quantity;
  at: SpanRef;
  part: Operand;
  whole: Operand;
}

const SHARE = /^(.+?)占(.+?)(?:的)?(?:总额|总量|总数)?(?:的)?(?:比重|比例|比率|份额)?(?:为|达到?|是|约|了)?$/;
const CHANGE = /同比|增长|增速|下降|增加|减少|比上年|较上年|提高|降低/;
/**
 * "全市累计支出15,274.27万元，占到位资金16,743.66万元的93.85%": the share written after both amounts — the part
 * ends the clause before "，占", the whole follows 占, and only "的" (比例, 为) stands between the whole and the rate.
 */
const WHOLE_AFTER_ZHAN = /^占(.+)$/;
const RATE_AFTER_WHOLE = /^(?:的)?(?:比重|比例|比率|份额)?(?:为|达到?|是|约)?$/;

export function extractPercentClaims(doc: Document): PercentClaim[] {
  // with the rates of a fund's spending over that fund's whole ("…专项债券资金17,037.64万元，支出进度96.45%")
  // and the rates their name defines ("…送审…，核减…，核减率2.92%": 核减 ÷ 送审)
  const claims: PercentClaim[] = [...subjectRateClaims(doc), ...definedRateClaims(doc)];
  for (const p of doc.blocks) {
    if (p.kind !== 'paragraph' || p.role === 'toc' || p.role === 'title') continue;
    if (!p.text.includes('占')) continue;
    const qs = findQuantities(p.text);
    // amounts with the name each is stated under ("工业固定资产投资完成" → 工业固定资产投资)
    const amounts: Operand[] = [];
    let prevEnd = 0;
    const labels = new Map<Quantity, string>();
    for (const q of qs) {
      labels.set(q, clauseBefore(p.text, q.start, prevEnd));
      prevEnd = q.end;
    }
    for (const q of qs) {
      const fam = unitFamily(q);
      if (!fam || fam === 'percent') continue;
      const label = labels.get(q)!;
      if (CHANGE.test(label) || label.includes('占')) continue;
      amounts.push({ name: cleanTargetName(label), q, at: { block: p.index, start: q.start, end: q.end } });
    }
    for (const [i, q] of qs.entries()) {
      if (q.unit !== '%' || q.comparator) continue;
      const after = amountsBefore(p, qs, i, labels);
      if (after) {
        claims.push({ ...after, at: { block: p.index, start: q.start, end: q.end }, percent: q });
        continue;
      }
      const m = SHARE.exec(labels.get(q)!);
      if (!m) continue;
      const partName = cleanTargetName(m[1]);
      const wholeName = cleanTargetName(m[2]);
      const part = unique(amounts, partName);
      const whole = unique(amounts, wholeName);
      if (!part || !whole || part === whole || unitFamily(part.q) !== unitFamily(whole.q)) continue;
      const start = q.start - labels.get(q)!.length + (labels.get(q)!.length - labels.get(q)!.trimStart().length);
      claims.push({
        text: p.text.slice(start, q.end),
        percent: q,
        at: { block: p.index, start: q.start, end: q.end },
        part,
        whole,
      });
    }
  }
  return claims;
}

/**
 * The part and whole of "A万元，占B万元的C%" for the rate at qs[i]: the two amounts right before it, the whole
 * opening its clause with 占, the part ending the clause before (a changed amount, "增加…", is no part).
 */
function amountsBefore(
  p: { index: number; text: string },
  qs: Quantity[],
  i: number,
  labels: Map<Quantity, string>,
): { text: string; part: Operand; whole: Operand } | null {
  const text = p.text;
  if (i < 2 || !RATE_AFTER_WHOLE.test(labels.get(qs[i])!)) return null;
  const [part, whole] = [qs[i - 2], qs[i - 1]];
  const fam = unitFamily(part);
  if (!fam || fam === 'percent' || unitFamily(whole) !== fam) return null;
  const wholeLabel = labels.get(whole)!;
  const w = WHOLE_AFTER_ZHAN.exec(wholeLabel);
  const partLabel = labels.get(part)!;
  // the whole's clause follows the part right after its clause mark ("…万元，占…")
  if (!w || !/^[，,]$/.test(text.slice(part.end, whole.start - wholeLabel.length)) || CHANGE.test(partLabel))
    return null;
  const op = (name: string, q: Quantity): Operand => ({
    name: cleanTargetName(name),
    q,
    at: { block: p.index, start: q.start, end: q.end },
  });
  return {
    text: text.slice(part.start - partLabel.length, qs[i].end),
    part: op(partLabel, part),
    whole: op(w[1], whole),
  };
}

/** The one amount stated under this name (several statements of one equal value count as one); null when none or ambiguous. */
function unique(amounts: Operand[], name: string): Operand | null {
  if (name.length < 2) return null;
  const hits = amounts.filter((a) => a.name === name || targetNamesMatch(name, a.name));
  if (!hits.length) return null;
  const first = hits[0];
  return hits.every((h) => h.q.value.eq(first.q.value) && h.q.scale.eq(first.q.scale)) ? first : null;
}
