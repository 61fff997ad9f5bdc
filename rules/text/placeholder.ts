// Template placeholders never filled in: xx / XX / ×× / ＊＊ / ___ / 某某 / 【…填写…】.
// Letters inside words ("Xbox", "XXL") and URLs or e-mail addresses are not placeholders.
import { spanIn } from '../../src/facts/identity/places.js';
import type { Rule } from '../../src/model/rule.js';

const PLACEHOLDER =
  /(?<![A-Za-z0-9])[xX]{2,}(?![A-Za-z])|[×✕╳]{2,}|[*＊]{2,}|_{3,}|某某|[○〇□]{2,}(?![一二三四五六七八九])|【[^】]{0,20}(?:填写|填报|请输入|待定|待补充|此处|输入)[^】]{0,20}】|（(?:请)?(?:填写|待补充|待定)[^）]{0,20}）/g;
// normalization writes the URL's colon full-width
const URL = /(?:https?[:：]\/\/|www\.)[\x21-\x7e]+|[\w.+-]+@[\w-]+\.[\w.]+/g;

const rule: Rule = {
  meta: {
    id: 'text/placeholder',
    description: {
      'zh-CN': '模板占位符未填写（xx、××、___、某某等）',
      en: 'Template placeholders left in (xx, ××, ___, 某某…)',
    },
    defaultSeverity: 'error',
    messages: {
      placeholder: {
        'zh-CN': '占位符“{actual}”未替换为实际内容',
        en: 'The placeholder "{actual}" was never filled in',
      },
    },
  },
  check(ctx) {
    for (const p of ctx.facts.places) {
      const urls = [...p.text.matchAll(URL)].map((m) => [m.index!, m.index! + m[0].length]);
      // a line of only underscores or asterisks is a rule, and ** is bold in markdown
      if (/^[_*＊\s-]+$/.test(p.text)) continue;
      for (const m of p.text.matchAll(PLACEHOLDER)) {
        const s = m.index!;
        if (urls.some(([a, b]) => s >= a && s < b)) continue;
        if (ctx.doc.format === 'md' && /^\*+$/.test(m[0])) continue;
        ctx.report({
          messageId: 'placeholder',
          data: { actual: m[0] },
          actual: m[0],
          locations: [spanIn(p, s, s + m[0].length)],
        });
      }
    }
  },
};

export default rule;
