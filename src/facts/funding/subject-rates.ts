// A rate of execution stated right after a fund's spending: "项目累计支出专项债券资金17,037.64万元，支出进度96.45%"
// is that fund's spending over that fund's whole ("资金来源为地方政府专项债券资金18,000.00万元"), not over the
// project's 总投资 (20,400.00万元, the budget word the funding figures know). The sentence names no base, so the
// base is the whole the document states for the fund the spending names — when it states one.
import type { Document, Paragraph } from '../../model/document.js';
import { clauseStart, sentenceAt, sentenceStart } from '../lang/boundaries.js';
import { findQuantities, type Quantity } from '../lang/numbers.js';
import { COMPARED } from '../lang/other-year.js';
import { consistent } from '../tolerance.js';
import type { Operand, PercentClaim } from './percent-claims.js';
import {
  DEFINED_RATES,
  FILLER,
  type FundSubject,
  fundSubject,
  fundWordRe,
  isMoney,
  isPercent,
  lastKindWord,
} from './vocabulary.js';

/**
 * What may stand before a fund's name in a clause that states its whole: "资金来源为地方政府专项债券资金…",
 * "其中专项债券资金…", "项目共发行专项债券…" — not "该子项目安排" (a part's), "累计支出" (spending), "仍有" (what is left).
 */
const WHOLE_BEFORE =
  /^(?:其中[：:]?|资金来源为|来源为|(?:本|该)?项目)?(?:共|共计|累计|计划|批复)?(?:安排|下达|发行|争取|落实|筹集)?$/;
/** … and after it: "专项债券资金发行18,000.00万元", "专项债券资金18,000.00万元". */
const WHOLE_AFTER = /^(?:发行|下达|安排|筹集)?(?:的)?(?:资金|金额|总额|额度)?(?:共|共计|合计|总计|为|是|达)?$/;

/** What may stand before a rate word: "支出进度", "累计支出进度", "项目整体支出进度". */
const RATE_BEFORE = /^(?:项目)?(?:累计|整体|总体)?$/;

/** Whether the sentence holding `at` compares with something ("较上年…"): its figures are not this one's. */
const comparing = (text: string, at: number) => COMPARED.test(text.slice(...sentenceAt(text, at)));

/**
 * Each amount and rate of a paragraph with the words of its clause that are its own (from the figure before it; a
 * year, "其中2024年度支出…", is words of the clause, no figure).
 */
function labelled(p: Paragraph): Array<{ q: Quantity; label: string; from: number }> {
  const out: Array<{ q: Quantity; label: string; from: number }> = [];
  let prevEnd = 0;
  for (const q of findQuantities(p.text).filter((x) => isMoney(x) || isPercent(x))) {
    const from = clauseStart(p.text, q.start, prevEnd);
    out.push({ q, label: p.text.slice(from, q.start), from });
    prevEnd = q.end;
  }
  return out;
}

const prose = (doc: Document): Paragraph[] =>
  doc.blocks.filter((b): b is Paragraph => b.kind === 'paragraph' && b.role !== 'toc' && b.role !== 'title');

/** The statements of a fund's whole: a clause naming that fund alone, with nothing but WHOLE_BEFORE/AFTER around it. */
function wholesOf(doc: Document, subject: FundSubject): Operand[] {
  const out: Operand[] = [];
  for (const p of prose(doc)) {
    const re = fundWordRe(subject);
    if (!new RegExp(re.source).test(p.text)) continue;
    for (const { q, label } of labelled(p)) {
      if (!isMoney(q) || fundSubject(label) !== subject || comparing(p.text, q.start)) continue;
      const m = [...label.matchAll(fundWordRe(subject))].at(-1);
      if (!m || !WHOLE_BEFORE.test(label.slice(0, m.index)) || !WHOLE_AFTER.test(label.slice(m.index + m[0].length)))
        continue;
      out.push({ name: m[0], q, at: { block: p.index, start: q.start, end: q.end } });
    }
  }
  return out;
}

/**
 * The base the paragraph names itself before the spending: "该子项目安排专项债券资金7,800.00万元，累计支出专项债券资金
 * 7,322.64万元，支出进度93.88%" is over the sub-project's 7,800, not the project's bonds. Any amount of the same fund
 * that is not spending counts; 'unsure' when they differ, null when there is none (the document's whole is the base).
 */
function ownBase(p: Paragraph, before: ReturnType<typeof labelled>, subject: FundSubject): Operand | 'unsure' | null {
  const own: Operand[] = [];
  for (const { q, label } of before) {
    const kind = lastKindWord(label)?.w.kind;
    if (!isMoney(q) || fundSubject(label) !== subject || kind === 'spent' || kind === 'balance') continue;
    const m = [...label.matchAll(fundWordRe(subject))].at(-1);
    own.push({ name: m?.[0] ?? label.trim(), q, at: { block: p.index, start: q.start, end: q.end } });
  }
  if (!own.length) return null;
  return own.every((o) => consistent(o.q, own[0].q)) ? own[0] : 'unsure';
}

export function subjectRateClaims(doc: Document): PercentClaim[] {
  const claims: PercentClaim[] = [];
  const wholes = new Map<FundSubject, Operand | null>();
  // the whole the document stands by for a fund: its one statement, or several that agree; none when they differ
  const wholeOf = (s: FundSubject): Operand | null => {
    if (!wholes.has(s)) {
      const all = wholesOf(doc, s);
      wholes.set(s, all.length && all.every((w) => consistent(w.q, all[0].q)) ? all[0] : null);
    }
    return wholes.get(s)!;
  };
  for (const p of prose(doc)) {
    if (!/进度|率/.test(p.text)) continue;
    const items = labelled(p);
    for (let i = 1; i < items.length; i++) {
      const { q, label, from } = items[i];
      const spent = items[i - 1];
      if (q.unit !== '%' || q.comparator || !isMoney(spent.q)) continue;
      // the rate's clause right after the spending's, in one sentence: "…专项债券资金17,037.64万元，支出进度96.45%"
      if (!/^[，、]?$/.test(p.text.slice(spent.q.end, from)) || comparing(p.text, q.start)) continue;
      const rate = lastKindWord(label);
      if (rate?.w.kind !== 'executionRate' || !RATE_BEFORE.test(label.slice(0, rate.start))) continue;
      if (!FILLER.test(label.slice(rate.end))) continue;
      // "累计支出专项债券资金": spending, then the fund it is of ("其中2023年度支出…" is a year's part)
      const kw = lastKindWord(spent.label);
      if (kw?.w.kind !== 'spent' || /其中|未/.test(spent.label)) continue;
      const subject = fundSubject(spent.label.slice(kw.end));
      if (!subject || !FILLER.test(spent.label.slice(kw.end).replace(fundWordRe(subject), ''))) continue;
      // "债券资金支出进度": a rate word naming a fund names the same one
      const named = fundSubject(label);
      if (named && named !== subject) continue;
      const own = ownBase(p, items.slice(0, i - 1), subject);
      const whole = own === 'unsure' ? null : (own ?? wholeOf(subject));
      if (!whole || whole.q.value.isZero()) continue;
      const part: Operand = {
        name: spent.label.trim(),
        q: spent.q,
        at: { block: p.index, start: spent.q.start, end: spent.q.end },
      };
      claims.push({
        text: p.text.slice(from, q.end),
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
 * A rate its name defines, stated in one sentence with both its amounts: "三标段送审4,813.91万元，审定4,590.06万元，
 * 核减223.85万元，核减率5.63%" is 核减 ÷ 送审 (DEFINED_RATES). The sentence (up to "；") is one part's: "一标段…
 * 核减率1.96%；二标段…" gives each 标段 its own. Nothing when either amount is missing or stated twice.
 */
export function definedRateClaims(doc: Document): PercentClaim[] {
  const claims: PercentClaim[] = [];
  for (const p of prose(doc)) {
    if (!/率/.test(p.text)) continue;
    const items = labelled(p);
    for (const { q, label, from } of items) {
      if (q.unit !== '%' || q.comparator) continue;
      const def = DEFINED_RATES.find((d) => d.rate.test(label.trim()));
      if (!def || comparing(p.text, q.start)) continue;
      const start = sentenceStart(p.text, q.start);
      const before = items.filter((x) => x.q.start >= start && x.q.end <= from && isMoney(x.q));
      const one = (re: RegExp) => {
        const hits = before.filter((x) => re.test(x.label.trim()));
        return hits.length === 1 ? hits[0] : null;
      };
      const part = one(def.part);
      const whole = one(def.whole);
      if (!part || !whole || whole.q.value.isZero()) continue;
      const operand = (x: (typeof items)[number]): Operand => ({
        name: x.label.trim(),
        q: x.q,
        at: { block: p.index, start: x.q.start, end: x.q.end },
      });
      claims.push({
        text: p.text.slice(from, q.end),
        percent: q,
        at: { block: p.index, start: q.start, end: q.end },
        part: operand(part),
        whole: operand(whole),
      });
    }
  }
  return claims;
}
