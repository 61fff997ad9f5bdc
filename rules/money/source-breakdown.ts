// The breakdown of an amount by source (中央 + 省 + 市县 + 其他 …) adds up to the amount,
// in each table column and each sentence that gives one. Empty cells are not zeros: with
// one left empty, only "the filled parts exceed the total" is a contradiction.
import { Decimal } from 'decimal.js';
import { consistent, formatDecimal, intervalOf, ratioConsistent, sumConsistent } from '../../src/facts/tolerance.js';
import type { Rule } from '../../src/model/rule.js';
import { isStated, type Stated } from '../../src/facts/lang/numbers.js';
import { term, type GlossaryKey } from '../../src/i18n/glossary.js';
import type { FundFigure, FundKind } from '../../src/facts/funding/figures.js';
import { leavesOutLevels } from '../../src/facts/funding/layers.js';

const KIND_ZH: Record<FundKind, GlossaryKey> = {
  budget: '预算',
  arrived: '到位资金',
  spent: '使用资金',
  balance: '结余',
  arrivalRate: '到位率',
  executionRate: '执行率',
};

/**
 * The one part the sentence's own shares ("分别占63.54%、18.27%…") disown: its share disagrees with it while every
 * other part's agrees, and what the others leave of the total agrees with that share — the part that slipped, and
 * the value the sum wants. null when the shares point at no part or at several.
 */
function slipByShare(
  total: Stated<FundFigure>,
  parts: readonly Stated<FundFigure>[],
  shares: readonly FundFigure['q'][] | undefined,
): { part: Stated<FundFigure>; share: NonNullable<FundFigure['q']>; rest: Decimal } | null {
  if (!shares || shares.length !== parts.length || shares.some((s) => s === null)) return null;
  const off = parts.flatMap((p, i) => (ratioConsistent(p.q, total.q, shares[i]!) ? [] : [i]));
  if (off.length !== 1) return null;
  const part = parts[off[0]];
  const share = shares[off[0]]!;
  const base = (f: Stated<FundFigure>) => f.q.value.mul(f.q.scale);
  const rest = parts
    .filter((p) => p !== part)
    .reduce((r, p) => r.minus(base(p)), base(total))
    .div(part.q.scale);
  const restWritten = { ...part.q, value: rest };
  return ratioConsistent(restWritten, total.q, share) ? { part, share, rest } : null;
}

/** Another statement of part `p` (same kind and source) that makes the parts add up to the total. */
function restatedFixes(
  figures: readonly FundFigure[],
  parts: readonly Stated<FundFigure>[],
  p: Stated<FundFigure>,
  total: Stated<FundFigure>,
): boolean {
  return figures.filter(isStated).some(
    (a) =>
      a !== p &&
      a.unitKnown &&
      a.kind === p.kind &&
      a.source === p.source &&
      (a.kind !== 'budget' || a.variant === p.variant || a.variant === 'plain' || p.variant === 'plain') &&
      sumConsistent(
        parts.map((x) => (x === p ? a.q : x.q)),
        total.q,
      ),
  );
}

const rule: Rule = {
  meta: {
    id: 'money/source-breakdown',
    description: {
      'zh-CN': '资金来源分项（中央、省、市县、其他等）或各年度金额之和等于合计数',
      en: 'The breakdown by source (central, provincial, city/county, other…) or by year adds up to its total',
    },
    defaultSeverity: 'error',
    messages: {
      sum: {
        'zh-CN': '{kind}合计{actual}与各来源分项之和{expected}不符',
        en: '{kind} total {actual} does not equal the sum of its parts by source, {expected}',
      },
      exceeds: {
        'zh-CN': '{kind}已填写的来源分项之和{expected}已超过合计{actual}（另有{empty}项空白）',
        en: 'The filled parts of {kind} already add up to {expected}, more than the total {actual} ({empty} left empty)',
      },
      yearPart: {
        'zh-CN': '{year}年金额{actual}与按年度列示的表格（{expected}）不符，各年度之和因此与合计不符',
        en: 'The {year} amount {actual} differs from the table by year ({expected}), so the years do not add up to the total',
      },
      years: {
        'zh-CN': '合计{actual}与各年度金额之和{expected}不符',
        en: 'The total {actual} does not equal the sum of its amounts by year, {expected}',
      },
      sharePart: {
        'zh-CN':
          '{kind}分项{actual}与合计{total}减其余分项之差{expected}不符，文中所述该分项占比{share}与{expected}相符',
        en: 'The part {actual} of the {kind} does not equal the total {total} minus the other parts, {expected}; the share stated for it, {share}, agrees with {expected}',
      },
      empty: {
        'zh-CN': '{kind}合计{actual}，但来源分项有{empty}项空白，已填写分项之和为{expected}',
        en: '{kind} total is {actual}, but {empty} of its parts by source are empty; the filled parts add up to {expected}',
      },
    },
    optionsSchema: {
      type: 'object',
      properties: {
        reportEmptyCells: {
          type: 'boolean',
          description: 'Also report a breakdown whose filled parts fall short of the total because cells are empty.',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { reportEmptyCells: false },
  },
  check(ctx) {
    const facts = ctx.facts.funding;
    for (const { total, parts, shares } of facts.breakdowns) {
      if (!isStated(total) || !parts.length) continue;
      const filled = parts.filter(isStated);
      const empty = parts.length - filled.length;
      const unit = total.q.unit ?? undefined;
      const base = (f: Stated<FundFigure>) => f.q.value.mul(f.q.scale);
      const sum = filled.reduce((s, p) => s.plus(base(p)), new Decimal(0)).div(total.q.scale);
      const data = {
        kind: term(KIND_ZH[total.kind]),
        actual: formatDecimal(total.q.value, unit),
        expected: formatDecimal(sum, unit),
        empty,
      };
      const locations = [total.at, ...parts.map((p) => p.at)];
      if (!filled.length) continue;
      // "其中县级配套资金到位1,200万元": one source named in a sentence is a part, not the whole breakdown
      const onePartOnly = parts.length === 1 && total.origin === 'text';
      if (empty === 0 && !onePartOnly) {
        if (
          sumConsistent(
            filled.map((p) => p.q),
            total.q,
          )
        )
          continue;
        // one part written differently elsewhere (县级 1,625 here, 1,652 in the table) with which the parts add
        // up: that part is the contradiction, and money/consistency reports it there
        if (filled.some((p) => restatedFixes(facts.figures, filled, p, total))) continue;
        // "其中中央财政补助资金2,424.14万元、旗县财政资金570.45万元" where the document states the same money from
        // 自治区 and 市级 too: a list of some levels, short of its whole by the others (parts above it are still wrong)
        if (sum.lt(total.q.value) && leavesOutLevels({ total, parts }, facts.figures)) continue;
        // "其中…省级资金17,441.15万元…，分别占63.54%、18.27%…": the part its own share disowns is the slip
        const slip = slipByShare(total, filled, shares);
        if (slip) {
          const sd = {
            kind: data.kind,
            total: data.actual,
            actual: formatDecimal(slip.part.q.value, slip.part.q.unit ?? undefined, slip.part.q.decimals),
            expected: formatDecimal(slip.rest, slip.part.q.unit ?? undefined, slip.part.q.decimals),
            share: formatDecimal(slip.share.value, '%', slip.share.decimals),
          };
          ctx.report({
            messageId: 'sharePart',
            data: sd,
            expected: sd.expected,
            actual: sd.actual,
            locations: [slip.part.at, total.at, ...parts.filter((p) => p !== slip.part).map((p) => p.at)],
          });
          continue;
        }
        ctx.report({ messageId: 'sum', data, expected: data.expected, actual: data.actual, locations });
        continue;
      }
      // some cells empty: the filled parts may not exceed the total
      const [sumLo] = filled.reduce<[Decimal, Decimal]>(
        (acc, p) => {
          const [lo, hi] = intervalOf(p.q);
          return [acc[0].plus(lo), acc[1].plus(hi)];
        },
        [new Decimal(0), new Decimal(0)],
      );
      if (sumLo.gt(intervalOf(total.q)[1]))
        ctx.report({ messageId: 'exceeds', data, expected: data.expected, actual: data.actual, locations });
      else if (
        ctx.options.reportEmptyCells === true &&
        !sumConsistent(
          filled.map((p) => p.q),
          total.q,
        )
      )
        ctx.report({
          messageId: 'empty',
          data,
          expected: data.expected,
          actual: data.actual,
          locations: [...parts.filter((p) => !p.q).map((p) => p.at), total.at],
        });
    }
    // "累计安排26,900.00万元，其中2021年6,000.00万元、2022年…": the years add up to the whole. Which figure is
    // wrong is not known from the sentence alone: the total is the place to look, each year beside it
    for (const { total, parts, fundYears } of ctx.facts.years.breakdowns) {
      // a fund's whole stated the sentence before ("专项债券…，其中2022年度…"): its years in the fund's column of a
      // table by year, not the tables' 合计 (which adds the other sources)
      const byYear = fundYears ?? ctx.facts.years.tableTotals;
      if (
        sumConsistent(
          parts.map((p) => p.q),
          total.q,
        )
      )
        continue;
      // one year written otherwise in a table by year, with which the years add up: that year is the slip
      const slip = parts
        .map((p) => ({
          p,
          other: (byYear.get(p.year) ?? []).find(
            (o) =>
              // a column of one kind ("2023年到位") restates only a part of that kind ("其中2023年到位…")
              (!o.kind || o.kind === p.kind) &&
              !consistent(o.q, p.q) &&
              sumConsistent(
                parts.map((x) => (x === p ? o.q : x.q)),
                total.q,
              ),
          ),
        }))
        .find((x) => x.other);
      if (slip?.other) {
        const data = {
          year: slip.p.year,
          actual: formatDecimal(slip.p.q.value, slip.p.q.unit ?? undefined),
          expected: formatDecimal(
            slip.other.q.value.mul(slip.other.q.scale).div(slip.p.q.scale),
            slip.p.q.unit ?? undefined,
          ),
        };
        ctx.report({
          messageId: 'yearPart',
          data,
          expected: data.expected,
          actual: data.actual,
          locations: [slip.p.at, slip.other.at, total.at],
        });
        continue;
      }
      const unit = total.q.unit ?? undefined;
      const sum = parts.reduce((s, p) => s.plus(p.q.value.mul(p.q.scale)), new Decimal(0)).div(total.q.scale);
      const data = { actual: formatDecimal(total.q.value, unit), expected: formatDecimal(sum, unit) };
      ctx.report({
        messageId: 'years',
        data,
        expected: data.expected,
        actual: data.actual,
        locations: [total.at, ...parts.map((p) => p.at)],
      });
    }
  },
};

export default rule;
