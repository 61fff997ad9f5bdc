// "N个X" claims (4个一级指标, 共设置12项二级指标, 十二个三级指标) agree with the items
// the same sentence enumerates, and with the indicator tree of the same scope (attachment
// table and body headings: the claim is wrong only when no source agrees with it). The
// claims and what each counts are the indicator facts' (src/facts/indicators/count-claims.ts).
import type { ReportDescriptor, Rule } from '../../src/model/rule.js';

/** At least this many claims of one level compared with the indicator tree, all disagreeing, before the reading is blamed. */
const ALL_WRONG_MIN = 3;

const rule: Rule = {
  meta: {
    id: 'count/claimed-count',
    description: {
      'zh-CN': '“N个指标”的数量与列举项或指标体系不符',
      en: 'A stated number of indicators disagrees with the items listed or the indicator tree',
    },
    defaultSeverity: 'error',
    messages: {
      listed: {
        'zh-CN': '称有{actual}个{what}，但同句列举了{expected}个',
        en: 'Says {actual} {what} but the sentence lists {expected}',
      },
      tree: {
        'zh-CN': '称有{actual}个{what}，但指标体系中有{expected}个',
        en: 'Says {actual} {what} but the indicator tree has {expected}',
      },
      subtree: {
        'zh-CN': '称{owner}有{actual}个{what}，但指标体系中{owner}下有{expected}个',
        en: 'Says {owner} has {actual} {what} but the indicator tree has {expected} under it',
      },
    },
  },
  check(ctx) {
    const { tables, headings, subtree, ofTable } = ctx.facts.levelCounts;
    // every claim of one level the tree was compared with disagreeing ("决策指标下设3个二级指标" 6, "过程…2个二级指标" 6,
    // "共设置…12个二级指标" 25 …) is a tree read wrongly (headings a level off, a table not read), not a report wrong
    // everywhere: "many checks failing together, suspect the reading"
    const compared = new Map<number, number>();
    const fromTree: Array<{ level: number; d: ReportDescriptor }> = [];
    const compare = (level: number) => compared.set(level, (compared.get(level) ?? 0) + 1);
    for (const c of ctx.facts.countClaims) {
      const what = `${c.level ? ['', '一级', '二级', '三级'][c.level] : ''}指标`;
      const list = c.listed;
      if (list && (list.open ? list.count > c.count : list.count !== c.count)) {
        ctx.report({
          messageId: 'listed',
          data: { actual: c.count, expected: list.count, what },
          expected: `${list.count}个`,
          actual: `${c.count}个`,
          locations: [c.span],
        });
        continue;
      }
      const lvl = c.level;
      if (!lvl || list || c.scope.of === 'unknown') continue;
      if (c.scope.of === 'indicator') {
        // one indicator's subtree: compared with the tables that list it, and nothing said when none does
        const { owner, table } = c.scope;
        const counts = subtree(owner, lvl as 2 | 3, table);
        if (counts.length) compare(lvl);
        if (counts.length && !counts.includes(c.count))
          fromTree.push({
            level: lvl,
            d: {
              messageId: 'subtree',
              data: { owner, actual: c.count, expected: counts[0], what },
              expected: `${counts[0]}个`,
              actual: `${c.count}个`,
              locations: [c.span],
            },
          });
        continue;
      }
      if (c.scope.of === 'form') {
        // one 自评表's tree: its own table, not another form that happens to list as many
        const n = ofTable(c.scope.table)?.[lvl];
        if (n !== undefined) compare(lvl);
        if (n !== undefined && n !== c.count)
          fromTree.push({
            level: lvl,
            d: {
              messageId: 'tree',
              data: { actual: c.count, expected: n, what },
              expected: `${n}个`,
              actual: `${c.count}个`,
              locations: [c.span],
            },
          });
        continue;
      }
      // wrong only when no table and not the headings agree with it; the scoring table (the longest) is the one to show
      const byLength = [...tables].sort((a, b) => (b[3] ?? b[2] ?? 0) - (a[3] ?? a[2] ?? 0));
      const sources = [...byLength.map((t) => t[lvl]), headings[lvl]].filter((n): n is number => n !== undefined);
      if (sources.length) compare(lvl);
      if (!sources.length || sources.includes(c.count)) continue;
      fromTree.push({
        level: lvl,
        d: {
          messageId: 'tree',
          data: { actual: c.count, expected: sources[0], what },
          expected: `${sources[0]}个`,
          actual: `${c.count}个`,
          locations: [c.span],
        },
      });
    }
    for (const { level, d } of fromTree) {
      const wrong = fromTree.filter((x) => x.level === level).length;
      if (wrong < ALL_WRONG_MIN || wrong < (compared.get(level) ?? 0)) ctx.report(d);
    }
  },
};

export default rule;
