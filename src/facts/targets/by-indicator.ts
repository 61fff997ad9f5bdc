// The statements of one indicator wherever the report makes them (a sentence, the attachment's table
// row), and of its actual values the one the document stands by: target/actual-consistency reports
// the rest, target/missed-full-marks reads the marks. The vote is the one consensus (../consensus.ts).
import { restated, type Restated } from '../consensus.js';
import { targetNamesMatch } from '../lang/indicator-names.js';
import { consistent, writtenKey } from '../tolerance.js';
import { unitFamily, type IndicatorStatement, type Stated } from './targets.js';

/** A statement that gives the indicator's actual value. */
export type ActualStatement = IndicatorStatement & { actual: Stated };

export interface TargetIndicator {
  /** The name the attachment's table gives it, else its first statement's. */
  name: string;
  statements: IndicatorStatement[];
  /** Its actual values voted on; null when they are in units that do not compare (家 and 公里), or of different years. */
  actual: Restated<ActualStatement> | null;
}

/**
 * Each indicator with its statements and its actual value voted on. `forms`: the blocks of the report's
 * 自评表 (one indicator system each), whose rows are never one indicator with another form's.
 */
export function targetIndicators(
  statements: IndicatorStatement[],
  forms: ReadonlySet<number> = new Set(),
  programmes: ProgrammeBlocks = NO_PROGRAMMES,
): TargetIndicator[] {
  return groupIndicators(statements, forms, programmes).map((group) => {
    const actuals = group.filter((s): s is ActualStatement => s.actual !== null);
    const families = new Set(actuals.map((s) => unitFamily(s.actual.q)));
    // "2024年完成值 179人" and a two-year "精准率98.33%" are not one figure: actuals of different years, or of
    // one year and of none, are not voted on together (which year an undated one is of is not known)
    const years = new Set(actuals.map((s) => s.year));
    const agree = (a: ActualStatement, b: ActualStatement) => consistent(sameUnit(a, b), sameUnit(b, a));
    return {
      name: (group.find((s) => s.origin === 'table') ?? group[0]).name,
      statements: group,
      actual:
        families.size > 1 || years.size > 1
          ? null
          : restated(
              actuals,
              agree,
              (s) => s.actual.order,
              (s) => writtenKey(s.actual.q),
            ),
    };
  });
}

/** 家 and 户 count the same thing: give a the unit of b when both are counts. */
function sameUnit(a: ActualStatement, b: ActualStatement) {
  const qa = a.actual.q;
  const qb = b.actual.q;
  if (qa.unit !== qb.unit && unitFamily(qa) === 'count' && unitFamily(qb) === 'count') return { ...qa, unit: qb.unit };
  return qa;
}

/**
 * A department's report: the blocks of its programmes' 项目支出绩效自评表 (`forms`), and whether a paragraph
 * stands in a programme's section (`section`, src/facts/identity/part-scopes.ts programmeSections).
 */
export interface ProgrammeBlocks {
  forms: ReadonlySet<number>;
  section: (block: number) => boolean;
}
const NO_PROGRAMMES: ProgrammeBlocks = { forms: new Set(), section: () => false };

/** Indicators: statements grouped by name, each statement in the one group whose names it matches. */
export function groupIndicators(
  statements: IndicatorStatement[],
  forms: ReadonlySet<number> = new Set(),
  programmes: ProgrammeBlocks = NO_PROGRAMMES,
): IndicatorStatement[][] {
  // indicators are defined by the places that state a target or sit in a table row; two
  // characters left of a sentence ("计划实施57个" → 实施) name no indicator to compare with another
  const same = (a: string, b: string) => (a === b && a.length >= 3) || targetNamesMatch(a, b);
  // "合格率" beside the rows 工程验收合格率 and 农产品例行监测合格率: a name that two different indicators
  // both extend names neither, and would join them
  const names = [...new Set(statements.map((s) => s.name))];
  const rows = [...new Set(statements.filter((s) => s.origin === 'table').map((s) => s.name))];
  const ambiguous = new Set(
    names.filter((n) => {
      const longer = rows.filter((m) => m.length > n.length && same(n, m));
      return longer.some((a) => longer.some((b) => !same(a, b)));
    }),
  );
  const groups: IndicatorStatement[][] = [];
  // two rows of one table are two indicators, however alike their names (服务对象满意度, 服务对象家属满意度);
  // so are two rows of two 自评表, each its own indicator system (农户满意度, 受益农户满意度)
  const tableOf = (s: IndicatorStatement) =>
    s.origin === 'table' ? (s.target ?? s.actual ?? s.fullMarks)?.at.block : undefined;
  const formOf = (s: IndicatorStatement) => {
    const t = tableOf(s);
    return t !== undefined && forms.has(t) ? t : undefined;
  };
  const rivals = (gr: IndicatorStatement[], s: IndicatorStatement) =>
    s.origin === 'table' &&
    gr.some(
      (x) =>
        x.origin === 'table' &&
        ((tableOf(x) === tableOf(s) && x.name !== s.name) ||
          (formOf(x) !== undefined && formOf(s) !== undefined && formOf(x) !== formOf(s))),
    );
  // a programme's form row ("设备采购成本节约率 | ≥3% | 5.9%") is that programme's: a sentence outside every
  // programme's section ("我局政府采购…节约率5.14%", the department's) states no value of it
  const blockOf = (s: IndicatorStatement) => (s.target ?? s.actual ?? s.fullMarks)?.at.block;
  const programmeOnly = (gr: IndicatorStatement[]) => {
    const tables = gr.filter((x) => x.origin === 'table');
    return tables.length > 0 && tables.every((x) => programmes.forms.has(tableOf(x)!));
  };
  // and the department's form row ("政府采购执行率 | ≥95% | 96.22%") is the department's: a sentence inside a
  // programme's section ("全年支出146.36万元，执行率92.63%", that programme's) states no value of it
  const departmentOnly = (gr: IndicatorStatement[]) => {
    const tables = gr.filter((x) => x.origin === 'table');
    return tables.length > 0 && tables.every((x) => forms.has(tableOf(x)!) && !programmes.forms.has(tableOf(x)!));
  };
  const outside = (gr: IndicatorStatement[], s: IndicatorStatement) => {
    const b = blockOf(s);
    if (s.origin !== 'text' || b === undefined) return false;
    return programmes.section(b) ? departmentOnly(gr) : programmeOnly(gr);
  };
  const kept = statements.filter((s) => !ambiguous.has(s.name));
  for (const s of kept.filter((x) => x.target || x.origin === 'table')) {
    const hits = groups.filter((gr) => gr.some((x) => same(x.name, s.name)) && !rivals(gr, s) && !outside(gr, s));
    const g = hits.find((gr) => gr.some((x) => x.name === s.name)) ?? hits[0];
    if (g) g.push(s);
    else groups.push([s]);
  }
  for (const s of kept.filter((x) => !x.target && x.origin !== 'table')) {
    const hits = groups.filter((gr) => gr.some((x) => same(x.name, s.name)) && !outside(gr, s));
    const exact = hits.filter((gr) => gr.some((x) => x.name === s.name));
    if (exact.length === 1) exact[0].push(s);
    else if (hits.length === 1) hits[0].push(s);
  }
  return groups;
}
