// Children add up to their parent, for 分值 and for 得分: the document's value of
// each child (whatever source states it) against the parent's, and, inside one
// table, the rows under a first-level name against the figure beside it. A parent
// figure that other statements already outvote is score/cross-source's; the total
// is score/total's.
import { Decimal } from 'decimal.js';
import { meets, middle, type SumKind } from '../../src/facts/indicators/consensus.js';
import { displayName, type ScoreFact } from '../../src/facts/indicators/indicators.js';
import { intervalOf, sumConsistent } from '../../src/facts/tolerance.js';
import { isStated, type Stated } from '../../src/facts/lang/numbers.js';
import type { Rule, RuleContext } from '../../src/model/rule.js';
import { term } from '../../src/i18n/glossary.js';
import { showD, showQ, where, type ScoreSystem } from '../../src/facts/score-systems.js';

const rule: Rule = {
  meta: {
    id: 'score/children-sum',
    description: {
      'zh-CN': '下级指标的分值、得分之和等于上级指标的分值、得分',
      en: "The children's maximum points and scores add up to their parent's",
    },
    defaultSeverity: 'error',
    messages: {
      sum: {
        'zh-CN': '指标“{name}”的{kind}在{where}为{actual}，但其下级指标（{children}）合计为{expected}',
        en: 'The {kind} of "{name}" is {actual} in the {where}, but its children ({children}) add up to {expected}',
      },
    },
  },
  // a document with several 自评表 has several indicator trees: each is checked on its own
  check(ctx) {
    for (const system of ctx.facts.indicators) checkSystem(ctx, system);
  },
};

function checkSystem(ctx: RuleContext, { facts, consensus }: ScoreSystem): void {
  const reported = new Set<ScoreFact>();
  for (const node of facts.nodes) {
    if (node.level === 0 || !node.children.length) continue;
    for (const kind of ['分值', '得分'] as SumKind[]) {
      // across sources: the parent's agreed figure against its children's agreed values
      const v = consensus.verdict(node.id, kind);
      const sum = consensus.childrenInterval(node.id, kind);
      // a child whose own figure its children contradict is the one to fix: the parent's sum
      // through it says nothing new (产出时效 written 3 over a child of 4 makes 产出 look 1 short)
      const childDisputed = node.children.some((c) => {
        const cv = consensus.verdict(c, kind);
        const cs = consensus.childrenInterval(c, kind);
        return !!cv && !!cs && !meets(intervalOf(cv.reference[0].q), cs);
      });
      if (v && sum && !childDisputed && !meets(intervalOf(v.reference[0].q), sum)) {
        const f = v.reference[0];
        const kids = node.children
          .map((c) => consensus.verdict(c, kind)?.reference[0])
          .filter((x): x is Stated<ScoreFact> => !!x);
        // a child with no figure of its own is the sum of its own children (资金管理 = 4 + 4 + 4): their decimals;
        // and the parent's written decimals keep such a sum from being shown rounded ("履职效能" of nine rows: 47.5)
        const decimals = (id: number): number[] => {
          const own = consensus.verdict(id, kind)?.reference[0];
          return own ? [own.q.decimals] : facts.nodes[id].children.flatMap(decimals);
        };
        const parent = kids.length < node.children.length ? [f.q.decimals] : [];
        const expected = showD(middle(sum), Math.max(0, ...parent, ...node.children.flatMap(decimals)));
        ctx.report({
          messageId: 'sum',
          data: {
            name: displayName(node),
            kind: term(kind),
            where: where(f),
            actual: showQ(f.q),
            expected,
            children: node.children.map((c) => displayName(facts.nodes[c])).join('、'),
          },
          expected,
          actual: showQ(f.q),
          locations: [...v.reference.map((r) => r.span), ...kids.map((k) => k.span)],
        });
        for (const r of v.reference) reported.add(r);
      }
      // within one table: the rows placed under this name by that table
      for (const f of consensus.figures(node.id, kind)) {
        if (f.source !== 'attachment' || reported.has(f) || consensus.isOutlier(f)) continue;
        const inTable = facts.facts.filter((x) => x.origin === f.origin);
        // the table's own hierarchy: each row's node under the name the table puts it
        const parentOf = new Map<number, number | null>();
        for (const x of inTable) parentOf.set(x.node, x.sourceParent);
        for (const x of inTable)
          if (x.sourceParent !== null && !parentOf.has(x.sourceParent))
            parentOf.set(x.sourceParent, facts.nodes[x.sourceParent].parent);
        const kidsOf = (n: number) => [...parentOf].filter(([, p]) => p === n).map(([c]) => c);
        // a child's figure in this table: its own, else its rows' (when every row states one)
        const figuresOf = (n: number): Stated<ScoreFact>[] | null => {
          const own = inTable.filter(isStated).find((x) => x.node === n && x.kind === kind);
          if (own) return [own];
          const ks = kidsOf(n);
          if (!ks.length) return null;
          const vs = ks.map(figuresOf);
          return vs.some((v) => !v) ? null : (vs.flat() as Stated<ScoreFact>[]);
        };
        const kidNodes = kidsOf(node.id);
        const kidValues = kidNodes.map(figuresOf);
        if (kidNodes.length < 2 || kidValues.some((x) => !x)) continue;
        const kidFigures = kidValues.flat() as Stated<ScoreFact>[];
        const parts = kidFigures.map((x) => x.q);
        if (sumConsistent(parts, f.q)) continue;
        const total = parts.reduce((s, q) => s.plus(q.value), new Decimal(0));
        const expected = showD(total, Math.max(...parts.map((q) => q.decimals)));
        ctx.report({
          messageId: 'sum',
          data: {
            name: displayName(node),
            kind: term(kind),
            where: where(f),
            actual: showQ(f.q),
            expected,
            children: kidNodes.map((c) => displayName(facts.nodes[c])).join('、'),
          },
          expected,
          actual: showQ(f.q),
          locations: [f.span, ...kidFigures.map((x) => x.span)],
        });
      }
    }
  }
}

export default rule;
