// A document can hold several indicator systems, each its own tree out of 100: a
// department's 部门整体支出绩效自评表 and one 项目支出绩效自评表 per programme. The
// first level of one does not add up with another's, and a programme's score stated
// in its own section ("该项目自评得分97.60分") is that programme's, not the report's.
// With two forms or more (src/facts/identity/programme-scopes.ts), each is read as a system of its own.
import type { Document } from '../../model/document.js';
import type { Settings } from '../../model/settings.js';
import { identityBasics, type IdentityBasics } from '../identity/identity.js';
import { Consensus } from './consensus.js';
import { extractIndicators, type IndicatorFacts } from './indicators.js';
import { mainForm, ownerOf, scoringForms } from '../identity/programme-scopes.js';
import { ownText, programmeSections } from '../identity/part-scopes.js';

/**
 * The document's indicator systems, the one the report is about first: the department's form
 * when there is one, else the first. A document with fewer than two forms has one system, read
 * as before from every table and sentence.
 */
export function extractIndicatorSystems(
  doc: Document,
  settings: Readonly<Settings> = {},
  identity: IdentityBasics = identityBasics(doc, settings),
): IndicatorFacts[] {
  const forms = scoringForms(doc);
  if (forms.length < 2) {
    // no programme's form read (a .txt export): a department's programme sections hold those programmes' scores
    // ("2.动物防疫补助经费 … 项目自评得分98.65分"), with no system of theirs to check them against
    const programme = programmeSections(doc, ownText(doc, identity));
    return [extractIndicators(doc, { identity, owns: (block) => programme(block) === null })];
  }
  const main = mainForm(forms);
  const others = forms.filter((f) => f !== main);
  const otherBlocks = new Set(others.map((f) => f.block));
  const mainTables = new Set(doc.tables.map((t) => t.index).filter((i) => !otherBlocks.has(i)));
  const systems = [
    // the main system: every table but the other forms; a sentence naming no form is its own, except
    // an overall score, which must say whose it is ("两个项目支出自评得分分别为97.60分和97.77分" is none's)
    extractIndicators(doc, {
      identity,
      tables: mainTables,
      owns: (block, sentence, total) => {
        const o = ownerOf(doc, forms, block, sentence);
        return o === main || (o === 'unnamed' && !total);
      },
    }),
    ...others.map((f) =>
      extractIndicators(doc, {
        identity,
        tables: new Set([f.block]),
        noHeadings: true,
        owns: (block, sentence) => ownerOf(doc, forms, block, sentence) === f,
      }),
    ),
  ];
  return systems;
}

/** One indicator system and the document's verdict on each of its figures. */
export interface IndicatorSystem {
  facts: IndicatorFacts;
  consensus: Consensus;
}

/** Every indicator system with its consensus, the report's own first. */
export function indicatorSystems(
  doc: Document,
  settings: Readonly<Settings>,
  identity: IdentityBasics,
): IndicatorSystem[] {
  return extractIndicatorSystems(doc, settings, identity).map((facts) => ({ facts, consensus: new Consensus(facts) }));
}
