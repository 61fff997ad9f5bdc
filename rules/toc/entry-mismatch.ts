// The contents and the body agree: every entry is a heading of the body, every
// top-level heading has its entry, and a score written in an entry is the one
// its heading states. When the document does not stand by the heading's own score
// (the indicator facts' consensus: the summary table, its parts…), the score rules
// report the heading, not this rule.
import { Decimal } from 'decimal.js';
import { spanIn } from '../../src/facts/identity/places.js';
import { consistent, type Written } from '../../src/facts/tolerance.js';
import type { Document, Section, TocEntry } from '../../src/model/document.js';
import type { Rule, RuleContext } from '../../src/model/rule.js';
import { nodeOfSection } from '../../src/facts/indicators/indicators.js';
import { isAttachmentEntry, matchEntry } from '../../src/structure/toc-match.js';
import { POINTS_AND_SCORE } from '../../src/facts/lang/score-words.js';
import { sentenceEnd } from '../../src/facts/lang/boundaries.js';

function score(text: string): { max: string; got: string; at: number; end: number } | null {
  const m = POINTS_AND_SCORE.exec(text);
  return m ? { max: m[1], got: m[2], at: m.index, end: m.index + m[0].length } : null;
}

/** A figure as written: "18.5" and "18.50" are one score (compared by the shared tolerance, not as strings). */
const written = (s: string): Written => ({ value: new Decimal(s), decimals: s.split('.')[1]?.length ?? 0 });
const same = (a: string, b: string) => consistent(written(a), written(b));

/**
 * Whether the document stands by the heading's score, as the indicator facts know it: the
 * consensus of every place that states that indicator's 分值 and 得分 (the summary table, down
 * the page or across, the attachment, the narrative, its parts' sum). False when they outvote the
 * heading (score/cross-source reports the heading then); null when the heading is no indicator's.
 */
function headingBacked(ctx: RuleContext, s: Section, h: { max: string; got: string }): boolean | null {
  // the headings are read by the report's own system, the first (src/facts/indicators/systems.ts)
  const system = ctx.facts.indicators[0];
  const node = system && nodeOfSection(system.facts, s.id);
  if (!node) return null;
  const max = system.consensus.standsBy(node.id, '分值', written(h.max));
  const got = system.consensus.standsBy(node.id, '得分', written(h.got));
  if (max === false || got === false) return false;
  return max ?? got;
}

function headingText(doc: Document, s: Section): string {
  const b = doc.blocks[s.block];
  if (b.kind !== 'paragraph') return '';
  // a run-in heading's score ends with its sentence ("（一）决策（分值20分，得分18分）。…")
  return b.text.slice(0, sentenceEnd(b.text, s.end));
}

const rule: Rule = {
  meta: {
    id: 'toc/entry-mismatch',
    description: { 'zh-CN': '目录与正文标题不一致', en: 'The contents and the body headings disagree' },
    defaultSeverity: 'warning',
    messages: {
      noHeading: {
        'zh-CN': '目录条目“{entry}”在正文中没有对应标题',
        en: 'The contents entry "{entry}" has no heading in the body',
      },
      noEntry: { 'zh-CN': '正文标题“{heading}”未列入目录', en: 'The heading "{heading}" is missing from the contents' },
      differs: {
        'zh-CN': '目录条目“{entry}”与正文标题“{heading}”不一致',
        en: 'The contents entry "{entry}" differs from the heading "{heading}"',
      },
      score: {
        'zh-CN': '目录条目“{entry}”写的是{actual}，正文标题为{expected}',
        en: 'The contents entry "{entry}" says {actual}, the heading says {expected}',
      },
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const toc = doc.toc;
    if (!toc || toc.entries.length < 2) return;
    const matched = new Set<number>();
    const entryText = (e: TocEntry) => `${e.numbering}${e.title}`;
    const unmatched: TocEntry[] = [];
    for (const e of toc.entries) {
      const s = matchEntry(doc, e);
      const entryPara = doc.blocks[e.block];
      const text = entryPara.kind === 'paragraph' ? entryPara.text : '';
      if (!s) {
        unmatched.push(e);
        continue;
      }
      matched.add(s.id);
      if (isAttachmentEntry(e)) continue;
      const es = score(text);
      const hs = score(headingText(doc, s));
      if (!es || !hs || (same(es.max, hs.max) && same(es.got, hs.got))) continue;
      if (headingBacked(ctx, s, hs) === false) continue; // the heading is the odd one: the score rules say so
      const fmt = (x: { max: string; got: string }) => `分值${x.max}分，得分${x.got}分`;
      ctx.report({
        messageId: 'score',
        data: { entry: entryText(e), actual: fmt(es), expected: fmt(hs) },
        expected: fmt(hs),
        actual: fmt(es),
        locations: [
          spanIn({ block: e.block, role: 'toc', text }, es.at, es.end),
          { block: s.block, start: s.start, end: s.end },
        ],
      });
    }
    // top-level numbered headings the contents leaves out (when it lists that level at all); an entry
    // and a heading left over with the same number ("六、下一步工作计划" / "六、改进措施及有关建议")
    // are one retitled section, reported once at the entry
    const paired = new Set<TocEntry>();
    if (toc.entries.some((e) => e.level === 1 && e.kind === 'cn-dun')) {
      for (const s of doc.sections) {
        if (s.level !== 1 || s.kind !== 'cn-dun' || matched.has(s.id)) continue;
        const heading = `${s.numbering}${s.title}`;
        const e = unmatched.find((x) => !paired.has(x) && x.kind === s.kind && x.numbering === s.numbering);
        const at = { block: s.block, start: s.start, end: s.end };
        if (e) {
          paired.add(e);
          ctx.report({
            messageId: 'differs',
            data: { entry: entryText(e), heading },
            expected: heading,
            actual: entryText(e),
            locations: [{ block: e.block }, at],
          });
        } else ctx.report({ messageId: 'noEntry', data: { heading }, locations: [at] });
      }
    }
    for (const e of unmatched)
      if (!paired.has(e))
        ctx.report({
          messageId: 'noHeading',
          data: { entry: entryText(e) },
          actual: entryText(e),
          locations: [{ block: e.block }],
        });
  },
};

export default rule;
