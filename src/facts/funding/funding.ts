// Funding figures (预算 / 到位 / 使用 / 结余, 到位率 / 执行率, the source breakdown)
// from sentences and from tables, extracted once per document for the money rules.
import type { Settings } from '../../model/settings.js';
import type { Document } from '../../model/document.js';
import { identityBasics, type IdentityBasics } from '../identity/identity.js';
import { figureScopes, scoringForms, tableProjectName } from '../identity/programme-scopes.js';
import { isDepartmentWide } from '../identity/identity.js';
import { DEPARTMENT_CATEGORY, DEPARTMENT_REPORT, SPENDING_CATEGORY } from '../lang/money-parts.js';
import { ownText, projectParts, type PartScopes } from '../identity/part-scopes.js';
import type { FundBreakdown, FundFigure, FundingFacts } from './figures.js';
import { figuresFromParagraph } from './text.js';
import { findQuantities, type FindQuantities } from '../lang/numbers.js';
import { figuresFromTable } from './tables.js';

// ---------------------------------------------------------------- the document

/** The funding figures; `identity` (the project's name and evaluated years) from the fact store, else derived from `settings`. */
export function extractFunding(
  doc: Document,
  settings: Readonly<Settings> = {},
  identity: IdentityBasics = identityBasics(doc, settings),
): FundingFacts {
  const read = readFunding(doc, identity);
  return scopeFunding(
    doc,
    read,
    figureScopes(doc),
    projectParts(doc, identity, partLabels(read)),
    ownText(doc, identity).replace(/\s/g, ''),
  );
}

/** The figures as sentences and tables state them, before whose each is is known (a table's own part scopes aside). */
export function readFunding(
  doc: Document,
  identity: IdentityBasics,
  find: FindQuantities = findQuantities,
): FundingFacts {
  const figures: FundFigure[] = [];
  const breakdowns: FundBreakdown[] = [];
  let budgetRaised = false;
  const { evaluated: year, projectName } = identity;
  const categories = departmentReport(doc) ? DEPARTMENT_CATEGORY : SPENDING_CATEGORY;
  for (const b of doc.blocks) {
    if (b.kind === 'paragraph') {
      if (b.role === 'toc' || b.role === 'title') continue;
      if (/追加|调增|超额到位|增加预算|调整预算/.test(b.text)) budgetRaised = true;
      figuresFromParagraph(b, figures, breakdowns, year, projectName, categories, find);
    } else figuresFromTable(doc, b, figures, breakdowns, categories);
  }
  return { figures, breakdowns, budgetRaised };
}

/** A department's own report (its title, its cover, or its 部门整体支出绩效自评表): its programmes' money is a part. */
function departmentReport(doc: Document): boolean {
  return (
    DEPARTMENT_REPORT.test(doc.title ?? '') ||
    doc.cover.some((c) => DEPARTMENT_REPORT.test(c.value)) ||
    scoringForms(doc).some((f) => f.department)
  );
}

/** The project's parts that its funding tables name as rows: sub-programmes, items ("非遗工坊建设"). */
export function partLabels(read: FundingFacts): string[] {
  return read.figures.flatMap((f) =>
    f.origin !== 'table'
      ? []
      : f.source === 'item'
        ? [f.label]
        : f.scope?.startsWith('part:')
          ? [f.scope.slice(5)]
          : [],
  );
}

/**
 * Whose each figure is: a programme's (`scopeOf`), nobody's when its sentence names several programmes
 * (dropped), else within the project a city's or a sub-programme's (`parts`). The read figures are left
 * as they were: the scoped ones are copies, the breakdowns hold the copies.
 */
export function scopeFunding(
  doc: Document,
  read: FundingFacts,
  scopeOf: ReturnType<typeof figureScopes>,
  parts: PartScopes,
  ownName = '',
): FundingFacts {
  const scoped = new Map<FundFigure, FundFigure>();
  // a department's report: a table naming its 项目名称 (a programme form's piece) is that programme's
  const named = new Map<number, string | null>();
  const projectOf = (block: number): string | null => {
    if (!named.has(block)) {
      const b = doc.blocks[block];
      const name = b.kind === 'table' && isDepartmentWide(doc) ? tableProjectName(b) : null;
      named.set(block, name && !ownName.includes(name.replace(/\s/g, '')) ? name : null);
    }
    return named.get(block)!;
  };
  for (const f of read.figures) {
    // a unit's paragraph states the unit's figures, whatever programmes it lists as carried ("承担A、B等3个项目")
    const unit = f.origin === 'text' ? parts.unitOf(f.at.block) : null;
    if (unit) {
      scoped.set(f, { ...f, scope: unit });
      continue;
    }
    const scope = scopeOf(f.at.block, f.at.start);
    if (scope === undefined) continue;
    scoped.set(f, {
      ...f,
      scope:
        scope ??
        (f.origin === 'text'
          ? (parts.programmeOf(f.at.block) ?? parts.of(f.at.block, f.at.start))
          : placed(projectOf(f.at.block) ?? parts.programmeOf(f.at.block) ?? parts.placeOf(f.at.block), f.scope)),
    });
  }
  const kept = (f: FundFigure) => scoped.get(f);
  return {
    figures: read.figures.flatMap((f) => kept(f) ?? []),
    breakdowns: read.breakdowns.flatMap((b) => {
      const total = kept(b.total);
      const parts = b.parts.map(kept);
      return total && parts.every((p) => p !== undefined) ? [{ ...b, total, parts: parts as FundFigure[] }] : [];
    }),
    budgetRaised: read.budgetRaised,
  };
}

/**
 * A table in a city's section ("（一）太原市", "年度 | 子项目 | 分配数 | 支出数 | 执行率") is the city's: its figures,
 * and its groups' 小计 ("2021年 | 小计 | 600.60"), are that city's, never another city's group of the same name.
 */
function placed(place: string | null, scope: string | null): string | null {
  if (!place) return scope;
  return scope ? `${place}/${scope}` : place;
}
