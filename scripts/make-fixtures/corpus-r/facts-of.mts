// Prints what reportlint's facts hold for one file: the project's name and core, the evaluated years, and every
// project-name mention with its slot flag (identity); used to classify report R's first run (docs/corpus-r-notes.md).
//   npx tsx scripts/make-fixtures/corpus-r/facts-of.mts FILE [REGEX]
import { checkDocument } from '../../../src/engine/check-document.js';
import type { Rule } from '../../../src/model/rule.js';
import { readDocument } from '../../../src/parsers/index.js';

const doc = await readDocument(process.argv[2], { maxBytes: 50 * 1024 * 1024 });
const pat = new RegExp(process.argv[3] ?? '.');
const probe: Rule = {
  meta: { id: 'probe/facts', description: { 'zh-CN': '', en: '' }, defaultSeverity: 'info', messages: {} },
  check(ctx) {
    const id = ctx.facts.identity;
    console.log('projectName', id.projectName, '| core', id.projectCore, '| title', ctx.doc.title);
    const { mentions, ...rest } = id;
    for (const [k, v] of Object.entries(rest))
      if (typeof v !== 'function' && !(v instanceof Map)) console.log(' ', k, JSON.stringify(v)?.slice(0, 200));
    for (const m of mentions.projects)
      if (pat.test(m.name))
        console.log('  mention', JSON.stringify(m.name), 'core', m.core, 'slot', m.slot, m.place.role);
  },
};
checkDocument(doc, { rules: [probe], ruleConfig: {}, settings: {}, lang: 'zh-CN' });
