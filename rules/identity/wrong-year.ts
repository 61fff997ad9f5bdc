// A year earlier than the evaluated one where it dates the evaluated project or
// its period: "2023年X项目", "截止2023年12月31日", "2023年度预算", a cover period.
// Not reported: document numbers (〔2022〕5号), policy titles in 《》, comparisons
// (较2023年, 同比), carried-over money (2023年结转资金), spans that include the evaluated year (2021-2025年), and later
// years (the report is written after the year it evaluates) — except in the one slot that
// dates the evaluated object itself: "对沧州市2024年度城乡义务教育补助经费…开展了…评价" in a
// report of 2023 (own place, year, own name, as the title writes them).
import { inBookTitle, inDocumentNumber, isCutoffDate, spanText, yearRange } from '../../src/facts/lang/years.js';
import type { Rule } from '../../src/model/rule.js';
import { isDatingKey, PROJECT_NAME_KEY } from '../../src/facts/lang/cover-keys.js';
import type { EvaluatedYears, YearMention } from '../../src/facts/lang/years.js';
import { isComparison, inComparingSentence, namesCarryOver, outsideScope } from '../../src/facts/lang/other-year.js';
import { sentenceAt } from '../../src/facts/lang/boundaries.js';
import { referredTables } from '../../src/facts/lang/table-refs.js';
import { datesProjectAfter, introducesPeriod, PROJECT_MONEY_OR_WORK } from '../../src/facts/lang/year-dates.js';

/**
 * A span stated as the evaluated period ("本次评价期间为2020年至2024年") that is not the report's, read at
 * its first year (the second is the same mistake): only where a period word introduces it.
 * Returns where the span ends (lang/years yearRange), to quote it whole.
 */
function wrongSpan(text: string, y: YearMention, E: EvaluatedYears): number | null {
  const range = yearRange(text, y);
  if (!range || range.end !== 'from' || (range.from === E.from && range.to === E.to)) return null;
  if (!introducesPeriod(text, y.start)) return null;
  return range.until;
}

const rule: Rule = {
  meta: {
    id: 'identity/wrong-year',
    description: {
      'zh-CN': '年份与评价年度不符（项目年度、截止日期、评价期间）',
      en: 'A year other than the evaluated one dates the project or its period',
    },
    defaultSeverity: 'error',
    needsSegmenter: true,
    messages: {
      wrongYear: {
        'zh-CN': '此处年份为{actual}，而本报告评价的是{expected}',
        en: 'The year here is {actual}, but the report evaluates {expected}',
      },
    },
  },
  check(ctx) {
    const id = ctx.facts.identity;
    const E = id.evaluated;
    if (E === null) return;
    // a single year: Y is it; a programme's span (2021—2024年): years inside it are its own
    const Y = E.from;
    const expected = spanText(E);
    // the years that open a project's name ("2023年X项目"): by the place they stand in (the mentions of
    // ctx.facts.identity share one place object per paragraph or cell) and their offset there
    const projectYears = new Map<object, number[]>();
    // and those that date the evaluated object itself ("对沧州市2023年度X…开展了…评价": mentions' datesEvaluated)
    const objectYears = new Map<object, number[]>();
    for (const m of id.mentions.projects) {
      if (m.yearPrefix) projectYears.set(m.place, [...(projectYears.get(m.place) ?? []), m.yearPrefix.start]);
      if (m.yearPrefix && m.datesEvaluated)
        objectYears.set(m.place, [...(objectYears.get(m.place) ?? []), m.yearPrefix.start]);
    }
    for (const y of id.mentions.years) {
      const spanEnd = E.from < E.to ? wrongSpan(y.place.text, y, E) : null;
      if (spanEnd !== null) {
        report(y.place, y.start, spanEnd, y.place.text.slice(y.start, spanEnd));
        continue;
      }
      // a later year is the report's own writing, plans and documents; only where it dates the evaluated object is it wrong
      const datesObject = y.value > E.to && !!objectYears.get(y.place)?.includes(y.start);
      if (y.value >= Y && !datesObject) continue;
      const text = y.place.text;
      if (inDocumentNumber(text, y) || inBookTitle(text, y) || isComparison(text, y) || outsideScope(text, y)) continue;
      // "2023年结转资金": money carried over from that year, beside the evaluated year's
      if (namesCarryOver(text, y)) continue;
      if (y.value === Y - 1 && inComparingSentence(text, y)) continue;
      const range = yearRange(text, y);
      if (range && range.from <= Y && Y <= range.to && (E.from === E.to || range.to >= E.to)) continue;
      // the second end of a stale range was reported with the first
      if (range?.end === 'to' && range.from < Y) continue;
      const field = ctx.doc.cover.find(
        (f) => f.block === y.place.block && f.valueStart <= y.start && y.start < f.valueEnd,
      );
      const datesProject =
        !!projectYears.get(y.place)?.includes(y.start) ||
        (E.from < E.to && introducesPeriod(text, y.start)) ||
        // a programme's report states where things stood before it began ("截至2019年12月31日，全省农村自来水普及率为80%"):
        // a cut-off date dates the project only where its sentence is about the project's money or work
        (isCutoffDate(text, y) &&
          (E.from === E.to || PROJECT_MONEY_OR_WORK.test(text.slice(...sentenceAt(text, y.start))))) ||
        (y.place.role === 'cover' && !!field && isDatingKey(field.key)) ||
        // "项目名称：2022年度…项目": the year that opens the project's name on the cover
        (y.place.role === 'cover' && !!field && PROJECT_NAME_KEY.test(field.key) && y.start === field.valueStart) ||
        (text.slice(y.end, y.after) === '年度' && datesProjectAfter(text.slice(y.after), id.departmentWide)) ||
        y.place.role === 'title';
      if (!datesProject) continue;
      // "2022年度各县资金下达和支出情况见表8（2022年度资金全部到位…）": a sentence presenting a table captioned with
      // that year states the table's year, another year's figures the report shows beside its own
      if (
        y.place.role !== 'title' &&
        y.place.role !== 'cover' &&
        referredTables(text.slice(...sentenceAt(text, y.start))).some((n) =>
          ctx.facts.captionYears.get(n)?.includes(y.value),
        )
      )
        continue;
      report(y.place, y.start, y.after, `${y.value}年`);
    }

    function report(
      place: { block: number; cell?: { row: number; col: number } },
      start: number,
      end: number,
      actual: string,
    ) {
      ctx.report({
        messageId: 'wrongYear',
        data: { actual, expected },
        expected,
        actual,
        locations: [{ block: place.block, ...(place.cell ? { cell: place.cell } : {}), start, end }],
      });
    }
  },
};

export default rule;
