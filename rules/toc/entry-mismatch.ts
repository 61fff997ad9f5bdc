// The contents and the body agree: every entry is a heading of the body, every
// top-level heading has its entry, and a score written in an entry is the one
// its heading states. When the document does not stand by the heading's own score
// (the indicator facts' consensus: the summary table, its parts…), the score rules
// report the heading, not this rule.
import type { StatedScore } from '../../src/facts/indicators/headings.js';
import type { ScoreKind } from '../../src/facts/lang/score-words.js';
import { showQ } from '../../src/facts/score-systems.js';
import { consistent } from '../../src/facts/tolerance.js';
import type { TocEntry } from '../../src/model/document.js';
import type { Rule, RuleContext } from '../../src/model/rule.js';
import { isAttachmentEntry, titleParagraph, wordedOtherwise } from '../../src/structure/toc-match.js';

const KINDS = ['分值', '得分'] as const satisfies readonly ScoreKind[];

/** The kinds both state and whether the figures of each agree ("18.5" and "18.50" are one score). */
function compared(entry: StatedScore, heading: StatedScore): { kinds: Array<(typeof KINDS)[number]>; agree: boolean } {
  const kinds = KINDS.filter((k) => entry[k] && heading[k]);
  return { kinds, agree: kinds.every((k) => consistent(entry[k]!, heading[k]!)) };
}

/**
 * Whether the document stands by the heading's score, as the indicator facts know it: the
 * consensus of every place that states that indicator's 分值 and 得分 (the summary table, down
 * the page or across, the attachment, the narrative, its parts' sum). False when they outvote the
 * heading (score/cross-source reports the heading then); null when the heading is no indicator's.
 */
function headingBacked(ctx: RuleContext, heading: StatedScore): boolean | null {
  // the headings are read by the report's own system, the first (src/facts/indicators/systems.ts)
  const system = ctx.facts.indicators[0];
  if (!system || heading.node === null) return null;
  const votes = KINDS.map((k) => (heading[k] ? system.consensus.standsBy(heading.node!, k, heading[k]) : null));
  if (votes.includes(false)) return false;
  return votes.find((v) => v !== null) ?? null;
}

/** "分值20分，得分18分", as stated. */
const shown = (x: StatedScore) => KINDS.flatMap((k) => (x[k] ? [`${k}${showQ(x[k])}`] : [])).join('，');

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
      const s = ctx.facts.entrySections.get(e) ?? null;
      if (!s) {
        // "报告摘要" listed and printed as a page's own title, a paragraph, not a numbered heading
        if (titleParagraph(doc, e) === null) unmatched.push(e);
        continue;
      }
      matched.add(s.id);
      if (isAttachmentEntry(e)) continue;
      // found by a near wording, the same number: "五、绩效目标分析" listed, "五、绩效指标分析" in the body
      if (e.numbering && e.numbering === s.numbering && wordedOtherwise(e.title, s.title)) {
        const heading = `${s.numbering}${s.title}`;
        ctx.report({
          messageId: 'differs',
          data: { entry: entryText(e), heading },
          expected: heading,
          actual: entryText(e),
          locations: [{ block: e.block }, { block: s.block, start: s.start, end: s.end }],
        });
      }
      const es = ctx.facts.entryScores.get(e.block);
      const hs = ctx.facts.headingScores.get(s.id);
      if (!es || !hs) continue;
      const { kinds, agree } = compared(es, hs);
      if (!kinds.length || agree) continue;
      if (headingBacked(ctx, hs) === false) continue; // the heading is the odd one: the score rules say so
      ctx.report({
        messageId: 'score',
        data: { entry: entryText(e), actual: shown(es), expected: shown(hs) },
        expected: shown(hs),
        actual: shown(es),
        locations: [es.span, { block: s.block, start: s.start, end: s.end }],
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
