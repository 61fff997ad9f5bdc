// Funding figures (预算 / 到位 / 使用 / 结余, 到位率 / 执行率, the source breakdown)
// from sentences and from tables, extracted once per document for the money rules.
import type { Settings } from '../../model/settings.js';
import type { Document } from '../../model/document.js';
import { identityBasics, type IdentityBasics } from '../identity/identity.js';
import { figureScopes } from '../identity/programme-scopes.js';
import { partScopes, tableHeadingNames } from '../identity/part-scopes.js';
import type { FundBreakdown, FundFigure, FundingFacts } from './figures.js';
import { figuresFromParagraph } from './text.js';
import { figuresFromTable } from './tables.js';

// ---------------------------------------------------------------- the document

/** The funding figures; `identity` (the project's name and evaluated years) from the fact store, else derived from `settings`. */
export function extractFunding(
  doc: Document,
  settings: Readonly<Settings> = {},
  identity: IdentityBasics = identityBasics(doc, settings),
): FundingFacts {
  const figures: FundFigure[] = [];
  const breakdowns: FundBreakdown[] = [];
  let budgetRaised = false;
  const { evaluated: year, projectName } = identity;
  for (const b of doc.blocks) {
    if (b.kind === 'paragraph') {
      if (b.role === 'toc' || b.role === 'title') continue;
      if (/追加|调增|超额到位|增加预算|调整预算/.test(b.text)) budgetRaised = true;
      figuresFromParagraph(b, figures, breakdowns, year, projectName);
    } else figuresFromTable(doc, b, figures, breakdowns);
  }
  // whose each figure is; one whose sentence names several programmes is nobody's
  const scopeOf = figureScopes(doc);
  // within the project: a city's, or a sub-programme's that the funding tables name as a row
  const parts = partScopes(
    doc,
    [
      ...figures.flatMap((f) =>
        f.origin !== 'table'
          ? []
          : f.source === 'item'
            ? [f.label]
            : f.scope?.startsWith('part:')
              ? [f.scope.slice(5)]
              : [],
      ),
      ...tableHeadingNames(doc),
    ],
    [doc.title ?? '', ...doc.cover.map((c) => c.value), projectName ?? ''].join('|'),
  );
  const dropped = new Set<FundFigure>();
  for (const f of figures) {
    const scope = scopeOf(f.at.block, f.at.start);
    if (scope === undefined) dropped.add(f);
    else
      f.scope =
        scope ?? (f.origin === 'text' ? parts.of(f.at.block, f.at.start) : placed(parts.placeOf(f.at.block), f.scope));
  }
  if (!dropped.size) return { figures, breakdowns, budgetRaised };
  return {
    figures: figures.filter((f) => !dropped.has(f)),
    breakdowns: breakdowns.filter((b) => !dropped.has(b.total) && !b.parts.some((p) => dropped.has(p))),
    budgetRaised,
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
