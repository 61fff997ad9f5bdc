// A variant of the project's own name: a typo anywhere ("工资经费" for 工作经费; "舒城县农村供水保章工程"
// for 农村供水保障工程, the county left out of both; "就业补助资全" for 就业补助资金), or, where the project's name belongs, a stale or
// partly edited name.
// Legitimate forms are not reported: with or without a unit or year prefix
// (工信局…, 2024年…, 24年…), with another generic tail (…经费 / …经费项目;
// …经费资金项目 is NOT one: 经费 and 资金 together say "funds" twice), or
// shortened by leaving characters out.
import { apartByWholeWord, DOUBLED_FUND_WORD, relateNames, withoutPlace } from '../../src/facts/lang/project-names.js';
import type { ProjectMention } from '../../src/facts/identity/mentions.js';
import type { ProgrammeName } from '../../src/facts/identity/programme-scopes.js';
import type { Rule } from '../../src/model/rule.js';

/** Where a mention stands: its paragraph or cell, and its span there. */
const spanOf = (m: ProjectMention) => ({
  block: m.place.block,
  ...(m.place.cell ? { cell: m.place.cell } : {}),
  start: m.start,
  end: m.end,
});

const rule: Rule = {
  meta: {
    id: 'identity/name-variant',
    description: {
      'zh-CN': '项目名称前后不一致（错字或旧名称）',
      en: "The project's own name is written differently (a typo or a stale name)",
    },
    defaultSeverity: 'error',
    needsSegmenter: true,
    messages: {
      typo: {
        'zh-CN': '“{name}”疑为“{expected}”之误',
        en: '"{name}": did you mean "{expected}"?',
      },
      tail: {
        'zh-CN': '项目名称写作“{name}”，应为“{expected}”（“经费”“资金”重复）',
        en: 'The project is called "{name}" here; it should read "{expected}" (经费 and 资金 both)',
      },
      variant: {
        'zh-CN': '项目名称写作“{name}”，与本报告项目“{project}”不一致（疑为旧名称）',
        en: 'The project is called "{name}" here, not "{project}" (likely a stale name)',
      },
    },
  },
  check(ctx) {
    const id = ctx.facts.identity;
    // the evaluated unit's own name with a character slipped (a report about that unit), headings included
    for (const s of id.mentions.unitSlips)
      ctx.report({
        messageId: 'typo',
        data: { name: s.written, expected: s.meant },
        expected: s.meant,
        actual: s.written,
        locations: [
          { block: s.place.block, ...(s.place.cell ? { cell: s.place.cell } : {}), start: s.start, end: s.end },
        ],
      });
    const own = id.projectCore;
    const project = id.projectName;
    if (!own || !project) return;
    const seg = ctx.segmenter();
    const recurs = (core: string) => ctx.facts.occurrences.count(core) > 1;
    const programmeSlip = (m: ProjectMention, names: ProgrammeName[]): ProgrammeName | null => {
      const rels = names.map((p) => ({ p, rel: relateNames(m.core, p.core, seg, p.place) }));
      if (rels.some((r) => r.rel === 'same')) return null;
      const typos = rels.filter((r) => r.rel === 'typo');
      if (typos.length !== 1) return null;
      const { p } = typos[0];
      const core = withoutPlace(m.core, p.place);
      // a name a whole word apart written again (a sub-programme of it) is another subject, as for the own name
      if (recurs(core) && apartByWholeWord(core, withoutPlace(p.core, p.place), seg)) return null;
      return p;
    };
    // every finding of this rule: the mention as written against the name it should read
    const reportName = (m: ProjectMention, messageId: 'typo' | 'tail' | 'variant', expected: string) =>
      ctx.report({
        messageId,
        data: { name: m.name, project, expected },
        expected,
        actual: m.name,
        locations: [spanOf(m)],
      });
    for (const m of id.mentions.projects) {
      // "鹿寨县就业补助资全": the own name with its suffix word slipped (read only where it is the own name)
      if (m.slip) {
        const from = m.slip.start - m.start;
        const expected = m.name.slice(0, from) + m.slip.meant + m.name.slice(from + m.slip.written.length);
        reportName(m, 'typo', expected);
        continue;
      }
      if (m.core.length < 4 || id.knownCores.has(m.core)) continue;
      const rel = relateNames(m.core, own, seg, id.projectPlace);
      if (rel === 'same') {
        // the own name with a doubled fund word in its tail: 工作经费资金项目
        const tail = m.name.slice(m.name.lastIndexOf(m.core) + m.core.length);
        const ownTail = project.slice(project.lastIndexOf(own) + own.length);
        if (m.core === own && DOUBLED_FUND_WORD.test(tail) && !DOUBLED_FUND_WORD.test(ownTail)) {
          const expected = m.core + ownTail;
          reportName(m, 'tail', expected);
        }
        continue;
      }
      if (rel === 'foreign' || (rel === 'variant' && !m.slot)) {
        // a department's report: a slip inside one of its programmes' names ("高标准农田建没项目" for the form's
        // 高标准农田建设项目), read only where the mention is no programme's name and one programme's alone is a typo of it
        const meant = programmeSlip(m, ctx.facts.programmeNames);
        if (meant) reportName(m, 'typo', m.name.replace(m.core, withoutPlace(meant.core, meant.place)));
        continue;
      }
      const core = withoutPlace(m.core, id.projectPlace);
      // a name a whole word apart that the report writes the same way again, with or without the county
      // (a sub-programme, a campaign of the project: "舒城县农村供水保障工程管护项目") is another subject, not a slip
      if (rel === 'typo' && !m.slot && recurs(core) && apartByWholeWord(core, withoutPlace(own, id.projectPlace), seg))
        continue;
      // the right name in the form this place writes it (its place and tail kept)
      const expected = m.name.replace(
        m.core,
        m.core.slice(0, m.core.length - core.length) + withoutPlace(own, id.projectPlace),
      );
      reportName(m, rel, expected);
    }
  },
};

export default rule;
