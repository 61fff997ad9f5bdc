// Text decoded with the wrong code page (catdoc reading a .doc's Chinese as Western bytes: "ÿ分）", "Ñ‘Ä‰"): what
// it says cannot be read, so no finding stands on it (src/engine/steps/quiet-tables.ts), and this one note says
// where it begins, so an auditor knows which part reportlint could not read.
import type { Rule } from '../../src/model/rule.js';
import type { SpanRef } from '../../src/model/document.js';

const rule: Rule = {
  meta: {
    id: 'text/garbled',
    description: {
      'zh-CN': '文字为乱码（未能按正确的字符编码读取），其中的内容未核对',
      en: 'Text is garbled (decoded with the wrong character set); what it says was not checked',
    },
    defaultSeverity: 'info',
    messages: {
      garbled: {
        'zh-CN': '文中有{count}处乱码（未能按正确的字符编码读取），其中的内容未核对，请对照原文核对',
        en: '{count} passages are garbled (decoded with the wrong character set); they were not checked',
      },
    },
  },
  check(ctx) {
    // paragraphs and tables in document order: one note at the first, counting them all
    const at: SpanRef[] = [];
    for (const b of ctx.doc.blocks) {
      if (b.kind === 'paragraph' && b.garbled) at.push({ block: b.index });
      else if (b.kind === 'table') {
        const issue = b.reading.issues.find((i) => i.issue === 'garbled');
        if (issue) at.push({ block: b.index, cell: { row: 0, col: issue.col } });
      }
    }
    if (at.length) ctx.report({ messageId: 'garbled', data: { count: at.length }, locations: [at[0]] });
  },
};

export default rule;
