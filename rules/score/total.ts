// The first-level indicators add up to the stated total: 分值 to the total
// points (usually 100), 得分 to the stated 总分 / 合计 / 评价得分 — wherever the
// total is written (summary table's 合计 row, the attachment's 总分 row, the
// heading of the analysis section, the conclusion's "评价得分98分").
import { Decimal } from 'decimal.js';
import { meets, middle, type SumKind } from '../../src/facts/indicators/consensus.js';
import { displayName, type ScoreFact } from '../../src/facts/indicators/indicators.js';
import { intervalOf } from '../../src/facts/tolerance.js';
import type { Stated } from '../../src/facts/lang/numbers.js';
import type { Rule, RuleContext } from '../../src/model/rule.js';
import { term } from '../../src/i18n/glossary.js';
import { showD, showQ, where, type ScoreSystem } from '../../src/facts/score-systems.js';
import { ANALYSIS_TITLE, FIRST_LEVEL_TITLE } from '../../src/facts/lang/sections.js';

const KIND = { 分值: '总分值', 得分: '总得分' } as const;

const rule: Rule = {
  meta: {
    id: 'score/total',
    description: {
      'zh-CN': '一级指标分值之和等于总分（通常100分），所写总分、合计、评价得分等于各部分之和',
      en: 'First-level points add up to the stated total (usually 100); the stated total score equals the sum of its parts',
    },
    defaultSeverity: 'error',
    messages: {
      total: {
        'zh-CN': '{where}所写{kind}为{actual}，但一级指标（{parts}）合计为{expected}',
        en: 'The {kind} in the {where} is {actual}, but the first-level indicators ({parts}) add up to {expected}',
      },
      differs: {
        'zh-CN': '{where}所写{kind}为{actual}，其他处为{expected}',
        en: 'The {kind} in the {where} is {actual}, elsewhere {expected}',
      },
      notHundred: {
        'zh-CN': '一级指标分值合计为{actual}，不是{expected}',
        en: 'The first-level maximum points add up to {actual}, not {expected}',
      },
    },
    optionsSchema: { type: 'object', properties: { expectedTotal: { type: 'number' } }, additionalProperties: false },
    defaultOptions: { expectedTotal: 100 },
  },
  // a document with several 自评表 has several indicator trees: each is checked on its own
  check(ctx) {
    for (const system of ctx.facts.indicators) checkSystem(ctx, system);
  },
};

/**
 * The tree's root is one first level's heading ("（三）产出指标（分值35.00分，扣分3.20分，得分31.80分）", taken for
 * the analysis section when the body's chapters above it were not read): its children are that indicator's
 * second levels, its figures that indicator's, and the total stated in prose is the whole's. A root heading
 * titled as the analysis ("四、绩效评价指标分析（得分89.93分）"), or stating the whole's points, is the total's.
 */
function rootIsOneIndicator(ctx: RuleContext, { facts }: ScoreSystem): boolean {
  const total = new Decimal(Number(ctx.options.expectedTotal ?? 100));
  const heads = facts.facts.filter((f) => f.node === 0 && f.source === 'heading');
  if (heads.some((f) => f.kind === '分值' && f.q?.value.eq(total))) return false;
  return heads.some((f) => {
    const s = ctx.doc.sections.find((x) => x.block === f.span.block);
    return s !== undefined && FIRST_LEVEL_TITLE.test(s.title) && !ANALYSIS_TITLE.test(s.title);
  });
}

/**
 * The node's figure, stated in the prose only, is one its children's values, all known, do not make — and no child's own figure is
 * what its rows contradict (产出时效 written 3 over a row of 4 makes 产出 look 1 short: 产出 is not the one to fix).
 */
function rowsDispute(consensus: ScoreSystem['consensus'], node: number, kind: SumKind, deep = true): boolean {
  const v = consensus.verdict(node, kind);
  const rows = consensus.childrenInterval(node, kind);
  if (!v || !rows || meets(intervalOf(v.reference[0].q), rows)) return false;
  // only a figure the prose alone states: a table's first-level row against rows read in part is no better known
  if (deep && !v.reference.every((f) => f.source === 'narrative')) return false;
  return !deep || !consensus.f.nodes[node].children.some((c) => rowsDispute(consensus, c, kind, false));
}

/** The first levels' sum, each disputed one by its children's values. */
function byRows(
  consensus: ScoreSystem['consensus'],
  firstLevel: number[],
  kind: SumKind,
  disputed: ReadonlySet<number>,
): Decimal[] | null {
  let lo = new Decimal(0);
  let hi = new Decimal(0);
  for (const c of firstLevel) {
    const iv = disputed.has(c) ? consensus.childrenInterval(c, kind) : consensus.interval(c, kind);
    if (!iv) return null;
    lo = lo.plus(iv[0]);
    hi = hi.plus(iv[1]);
  }
  return [lo, hi];
}

function checkSystem(ctx: RuleContext, system: ScoreSystem): void {
  if (rootIsOneIndicator(ctx, system)) return;
  const { facts, consensus } = system;
  const root = facts.nodes[0];
  const firstLevel = root.children;
  const parts = firstLevel.map((c) => displayName(facts.nodes[c])).join('、');
  for (const kind of ['分值', '得分'] as SumKind[]) {
    const kindTerm = term(KIND[kind]);
    // a first level whose own figure its rows contradict (score/children-sum's finding) counts by its rows: one
    // sentence's "履职效能指标…得分48.5分" does not outvote the 自评表's 总分 through it
    const disputed = new Set(firstLevel.filter((c) => rowsDispute(consensus, c, kind)));
    const sum = disputed.size ? byRows(consensus, firstLevel, kind, disputed) : consensus.childrenInterval(0, kind);
    const kids = firstLevel
      .filter((c) => !disputed.has(c))
      .map((c) => consensus.verdict(c, kind)?.reference[0])
      .filter((x): x is Stated<ScoreFact> => !!x);
    const decimals = Math.max(0, ...kids.map((k) => k.q.decimals));
    const stated = consensus.figures(0, kind);
    if (sum) {
      const expected = showD(middle(sum), decimals);
      for (const f of stated) {
        if (meets(intervalOf(f.q), sum)) continue;
        ctx.report({
          messageId: 'total',
          data: { where: where(f), kind: kindTerm, actual: showQ(f.q), expected, parts },
          expected,
          actual: showQ(f.q),
          locations: [
            f.span,
            ...stated.filter((x) => meets(intervalOf(x.q), sum)).map((x) => x.span),
            ...kids.map((k) => k.span),
          ],
        });
      }
      // "一级指标分值合计" is about points the first levels state themselves: summed from deeper rows only,
      // the table is as likely read in part, and there is no first-level figure to point at
      if (kind === '分值' && !stated.length && kids.length === firstLevel.length) {
        const want = new Decimal(Number(ctx.options.expectedTotal ?? 100));
        if (!meets(sum, [want, want]))
          ctx.report({
            messageId: 'notHundred',
            data: { actual: expected, expected: `${want.toFixed()}分` },
            expected: `${want.toFixed()}分`,
            actual: expected,
            locations: kids.map((k) => k.span),
          });
      }
      continue;
    }
    // no sum to compare with: the stated totals against each other
    const v = consensus.verdict(0, kind);
    if (!v) continue;
    for (const g of v.outliers)
      for (const f of g)
        ctx.report({
          messageId: 'differs',
          data: { where: where(f), kind: kindTerm, actual: showQ(f.q), expected: showQ(v.reference[0].q) },
          expected: showQ(v.reference[0].q),
          actual: showQ(f.q),
          locations: [f.span, ...v.reference.map((r) => r.span)],
        });
  }
}

export default rule;
