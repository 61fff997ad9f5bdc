// Which statements of targets and actuals are one indicator (src/facts/targets/by-indicator.ts).
import { describe, expect, it } from 'vitest';
import { groupIndicators } from '../../src/facts/targets/by-indicator.js';
import type { IndicatorStatement } from '../../src/facts/targets/targets.js';
import { parseQuantity } from '../../src/facts/lang/numbers.js';

const stated = (text: string, block: number) => ({
  q: parseQuantity(text)!,
  at: { block, start: 0, end: text.length },
  order: [block],
});
/** A statement as the target reader gives it: a row of the table at `block`, or a sentence there. */
const st = (origin: 'text' | 'table', name: string, block: number, actual: string, target?: string) =>
  ({
    name,
    origin,
    target: target ? stated(target, block) : null,
    actual: stated(actual, block),
    year: null,
    fullMarks: null,
  }) satisfies IndicatorStatement;
const together = (groups: IndicatorStatement[][], a: string, b: string) =>
  groups.some((g) => g.some((s) => s.name === a) && g.some((s) => s.name === b));

describe('target indicators', () => {
  it('are not joined through a bare head word that two different rows extend (合格率)', () => {
    // S: "合格率≥98%" in the targets' prose, the rows 工程验收合格率 (附件2) and 农产品例行监测合格率 (附件1)
    const statements = [
      st('text', '合格率', 1, '98.7%', '≥98%'),
      st('table', '工程验收合格率', 5, '100%', '100%'),
      st('table', '农产品例行监测合格率', 6, '98.7%', '≥98%'),
    ];
    expect(together(groupIndicators(statements), '工程验收合格率', '农产品例行监测合格率')).toBe(false);
  });
  it('still joins a short name that one row extends (开工率 and 重大项目开工率)', () => {
    const statements = [st('text', '开工率', 1, '100%', '≥95%'), st('table', '重大项目开工率', 5, '95.00%', '≥95%')];
    expect(together(groupIndicators(statements), '开工率', '重大项目开工率')).toBe(true);
  });
  it('keeps rows of two 自评表 apart, and joins them when the tables are no forms', () => {
    // S: the department form's 农户满意度 and a programme form's 受益农户满意度
    const statements = [
      st('table', '农户满意度', 5, '88.6%', '≥90%'),
      st('table', '受益农户满意度', 6, '93.5%', '≥90%'),
    ];
    expect(together(groupIndicators(statements, new Set([5, 6])), '农户满意度', '受益农户满意度')).toBe(false);
    expect(together(groupIndicators(statements), '农户满意度', '受益农户满意度')).toBe(true);
  });
});
