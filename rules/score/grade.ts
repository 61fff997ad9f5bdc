// The stated grade follows from the score under the thresholds the document
// itself states ("100-90（含）分为优…"), else the configured defaults (优 ≥ 90,
// 良 ≥ 80, 中 ≥ 60, 差 below): the overall grade in text or a ticked box against
// the total score, each summary-table row's 等级 against its 得分率.
import { Decimal } from 'decimal.js';
import { DEFAULT_BANDS, gradeOf, normalGrade } from '../../src/facts/indicators/grades.js';
import { displayName, type ScoreFact } from '../../src/facts/indicators/indicators.js';
import { isStated, type Stated } from '../../src/facts/lang/numbers.js';
import { intervalOf } from '../../src/facts/tolerance.js';
import type { SpanRef } from '../../src/model/document.js';
import type { Rule, RuleContext, Term } from '../../src/model/rule.js';
import { term } from '../../src/i18n/glossary.js';
import { showQ, type ScoreSystem } from '../../src/facts/score-systems.js';

const rule: Rule = {
  meta: {
    id: 'score/grade',
    description: {
      'zh-CN': '所写评价等级与得分及报告所定等级标准相符',
      en: 'The stated grade follows from the score under the grading thresholds the report states',
    },
    defaultSeverity: 'error',
    messages: {
      grade: {
        'zh-CN': '{name}得分{score}，按{basis}应为“{expected}”，报告写为“{actual}”',
        en: '{name} scores {score}, which under {basis} is "{expected}", but the report says "{actual}"',
      },
    },
    optionsSchema: {
      type: 'object',
      properties: { excellent: { type: 'number' }, good: { type: 'number' }, pass: { type: 'number' } },
      additionalProperties: false,
    },
    defaultOptions: { excellent: 90, good: 80, pass: 60 },
  },
  // a document with several 自评表 has several indicator trees: each is checked on its own, and the overall grade a
  // sentence states once, against the one tree it is about
  check(ctx) {
    checkOverall(ctx, ctx.facts.indicators);
    for (const system of ctx.facts.indicators) checkSystem(ctx, system);
  },
};

/** The bands a grade is judged by, their name in a message, and the check that reports a grade they do not allow. */
function grading(ctx: RuleContext) {
  const stated = ctx.facts.grades.bands;
  const o = ctx.options as { excellent?: number; good?: number; pass?: number };
  const bands =
    stated?.bands ?? DEFAULT_BANDS({ excellent: o.excellent ?? 90, good: o.good ?? 80, pass: o.pass ?? 60 });
  const basis = term(stated ? '报告所定等级标准' : '默认等级标准（优≥90、良≥80、中≥60）');

  /** Grades the percentage interval [lo, hi] allows. */
  const allowed = (iv: Decimal[]) => new Set([gradeOf(iv[0], bands), gradeOf(iv[1], bands)]);
  const check = (name: Term, iv: Decimal[], score: string, grade: string, at: SpanRef, more: SpanRef[]) => {
    const ok = allowed(iv);
    if (ok.has(normalGrade(grade))) return;
    const expected = gradeOf(iv[0].plus(iv[1]).div(2), bands) ?? '';
    ctx.report({
      messageId: 'grade',
      data: { name, score, basis, expected, actual: grade },
      expected,
      actual: grade,
      locations: [at, ...more, ...(stated ? [stated.span] : [])],
    });
  };
  return { allowed, check };
}

const pctOf = (score: Stated<ScoreFact>, max: Stated<ScoreFact> | null) => {
  const [lo, hi] = intervalOf(score.q);
  const m = max ? max.q.value : new Decimal(100);
  return [lo.div(m).mul(100), hi.div(m).mul(100)];
};

/**
 * The overall grade a sentence states ("自评等级为“良”"), against the total of the system it is about: the one whose
 * total the same paragraph states ("该项目自评得分94.26分，自评等级为…"); else, with several systems (a department's
 * form and its programmes'), it may be any one's, so it is reported only when no system's total allows it — and
 * once, a place one finding, never once per system.
 */
function checkOverall(ctx: RuleContext, systems: ScoreSystem[]): void {
  const { allowed, check } = grading(ctx);
  const totals = systems.flatMap(({ consensus }) => {
    const total = consensus.verdict(0, '得分')?.reference[0];
    if (!total) return [];
    const max = consensus.verdict(0, '分值')?.reference[0] ?? null;
    return [{ total, pct: pctOf(total, max), blocks: new Set(consensus.figures(0, '得分').map((f) => f.span.block)) }];
  });
  for (const g of ctx.facts.grades.stated) {
    const own = totals.find((t) => t.blocks.has(g.span.block));
    if (!own && totals.some((t) => allowed(t.pct).has(normalGrade(g.grade)))) continue;
    const t = own ?? totals[0];
    if (t) check(term('项目总体'), t.pct, showQ(t.total.q), g.grade, g.span, [t.total.span]);
  }
}

function checkSystem(ctx: RuleContext, { facts }: ScoreSystem): void {
  const { check } = grading(ctx);
  // each summary row's 等级
  for (const g of facts.facts.filter((f): f is ScoreFact & { grade: string } => f.kind === '等级' && !!f.grade)) {
    const row = facts.facts.filter(isStated).filter((f) => f.origin === g.origin && f.node === g.node);
    const rate = row.find((f) => f.kind === '得分率');
    const score = row.find((f) => f.kind === '得分');
    const max = row.find((f) => f.kind === '分值') ?? null;
    const name = g.node === 0 ? term('合计') : term('指标“{name}”', { name: displayName(facts.nodes[g.node]) });
    if (rate) {
      const iv = intervalOf(rate.q).map((x) => (rate.q.unit === '%' ? x.mul(100) : x.mul(100)));
      check(name, iv, `率${rate.q.value.toFixed(rate.q.decimals)}%`, g.grade, g.span, [rate.span]);
    } else if (score) check(name, pctOf(score, max), showQ(score.q), g.grade, g.span, [score.span]);
  }
}

export default rule;
