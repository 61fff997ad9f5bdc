// A table whose columns were not read as the document draws them (two figures in one cell, words
// in a 分值/得分 column): its figures are not checked (src/engine/quiet-tables.ts), and this one
// note says so, so an auditor knows which part reportlint could not vouch for.
import type { Rule } from '../../src/model/rule.js';
import { term } from '../../src/i18n/glossary.js';

const rule: Rule = {
  meta: {
    id: 'table/unreadable',
    description: {
      'zh-CN': '表格未能可靠读取（列错位、多列读成一格），其中的数字未核对',
      en: 'A table could not be read reliably (columns shifted or merged); its figures were not checked',
    },
    defaultSeverity: 'info',
    messages: {
      poor: {
        'zh-CN': '表{table}未能可靠读取（第{col}列{why}），表中的数字未核对，请人工核对',
        en: 'Table {table} could not be read reliably (column {col}: {why}); its figures were not checked',
      },
      cascade: {
        'zh-CN': '表{table}中有{count}处数字互相矛盾，多半是表格未能正确读取，已不逐条列出，请人工核对',
        en: 'Table {table} has {count} figures that contradict each other, most likely a table read wrongly; they are not listed one by one',
      },
    },
  },
  check(ctx) {
    for (const t of ctx.doc.tables) {
      // garbled text has its own note (text/garbled), one for the whole document
      const first = t.reading.issues.find((i) => i.issue !== 'garbled');
      if (t.reading.confidence !== 'poor' || !first) continue;
      const why =
        first.issue === 'jammed'
          ? '一格内有两个数字'
          : first.issue === 'misplaced-merge'
            ? '合并单元格错位'
            : '分值或得分列中是文字';
      ctx.report({
        messageId: 'poor',
        data: { table: t.tableIndex + 1, col: first.col + 1, why: term(why) },
        locations: [{ block: t.index, cell: { row: 0, col: 0 } }],
      });
    }
  },
};

export default rule;
