// Runs the rules on one file as checkDocument does, but prints their reports before the message steps, so that
// the findings folded into one table/unreadable note ("表3中有8处数字互相矛盾") can be seen one by one. Prints the
// reports whose first place is in the given block (a table's block index, as `reportlint inspect` numbers them)
// or, with no block, every report. Used for docs/corpus-r-notes.md.
//   npx tsx scripts/make-fixtures/corpus-r/unfolded.mts FILE [BLOCK]
import { allRules } from '../../../rules/index.js';
import { Facts } from '../../../src/facts/store.js';
import type { RuleContext } from '../../../src/model/rule.js';
import { readDocument } from '../../../src/parsers/index.js';
import { getSegmenter } from '../../../src/structure/segmenter.js';

const doc = await readDocument(process.argv[2], { maxBytes: 50 * 1024 * 1024 });
const block = process.argv[3] === undefined ? null : Number(process.argv[3]);
const facts = new Facts(doc, {}, getSegmenter);
for (const rule of allRules) {
  const ctx = {
    doc,
    options: {},
    settings: {},
    facts,
    segmenter: getSegmenter,
    report(d) {
      const at = d.locations[0];
      if (block !== null && at.block !== block) return;
      const cell = 'cell' in at && at.cell ? ` r${at.cell.row}c${at.cell.col}` : '';
      console.log(rule.meta.id, d.messageId, JSON.stringify(d.data).slice(0, 160), `@${at.block}${cell}`);
    },
  } as RuleContext;
  rule.check(ctx);
}
