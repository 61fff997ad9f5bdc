// Contents page numbers never go down and, in a PDF, point at the page that
// holds the heading — allowing one constant offset for unnumbered front pages
// (the offset most entries share). When most entries miss their page, the contents
// were made for another layout and not updated: that is one finding, not one an entry.
import type { Rule } from '../../src/model/rule.js';
import { headingPage } from '../../src/structure/toc-match.js';

const rule: Rule = {
  meta: {
    id: 'toc/page-order',
    description: {
      'zh-CN': '目录页码倒序或与正文所在页不符',
      en: 'Contents page numbers go down or do not point at the heading',
    },
    defaultSeverity: 'warning',
    messages: {
      down: {
        'zh-CN': '目录条目“{entry}”的页码{actual}小于上一条目的页码{previous}',
        en: 'The contents entry "{entry}" has page {actual}, less than the entry before ({previous})',
      },
      stale: {
        'zh-CN':
          '目录页码与正文所在页不符：{count}个条目中有{wrong}个页码不对（如“{entry}”标注第{actual}页，正文在第{expected}页），目录疑未随排版更新',
        en: 'The contents do not match the pages: {wrong} of {count} entries give the wrong page (e.g. "{entry}" says page {actual}, the heading is on page {expected}); the contents look out of date',
      },
      wrongPage: {
        'zh-CN': '目录条目“{entry}”标注第{actual}页，正文标题在第{expected}页（按页码偏移{offset}计）',
        en: 'The contents entry "{entry}" says page {actual}; the heading is on page {expected} (page offset {offset})',
      },
    },
  },
  check(ctx) {
    const { doc } = ctx;
    const entries = (doc.toc?.entries ?? []).filter((e) => e.page !== null);
    if (entries.length < 2) return;
    const name = (e: (typeof entries)[number]) => `${e.numbering}${e.title}`;
    // in a PDF: where each heading really is, and the offset most entries share
    const wrong = new Map<number, { expected: number; offset: number }>();
    if (doc.format === 'pdf') {
      const diffs = entries.map((e) => {
        const s = ctx.facts.entrySections.get(e) ?? null;
        const p = s ? headingPage(doc, s) : null;
        return p === null ? null : p - e.page!;
      });
      const counts = new Map<number, number>();
      for (const d of diffs) if (d !== null) counts.set(d, (counts.get(d) ?? 0) + 1);
      // the most common offset; on a tie the first entry's (front pages come first)
      const first = diffs.find((d) => d !== null);
      const offset = [...counts].sort((a, b) => b[1] - a[1] || (a[0] === first ? -1 : b[0] === first ? 1 : 0))[0]?.[0];
      if (offset !== undefined && counts.get(offset)! >= 2)
        entries.forEach((e, i) => {
          const d = diffs[i];
          if (d !== null && d !== offset) wrong.set(i, { expected: e.page! + d - offset, offset });
        });
    }
    const stale = wrong.size > entries.length / 2;
    if (stale) {
      const [i, w] = [...wrong][0];
      const e = entries[i];
      ctx.report({
        messageId: 'stale',
        data: { count: entries.length, wrong: wrong.size, entry: name(e), actual: e.page!, expected: w.expected },
        expected: `${w.expected}`,
        actual: `${e.page}`,
        locations: [...wrong.keys()].map((k) => ({ block: entries[k].block })),
      });
    }
    entries.forEach((e, i) => {
      const w = stale ? undefined : wrong.get(i);
      if (w) {
        ctx.report({
          messageId: 'wrongPage',
          data: { entry: name(e), actual: e.page!, expected: w.expected, offset: w.offset },
          expected: `${w.expected}`,
          actual: `${e.page}`,
          locations: [{ block: e.block }],
        });
      } else if (i > 0 && e.page! < entries[i - 1].page!) {
        ctx.report({
          messageId: 'down',
          data: { entry: name(e), actual: e.page!, previous: entries[i - 1].page! },
          expected: `≥${entries[i - 1].page}`,
          actual: `${e.page}`,
          locations: [{ block: e.block }],
        });
      }
    });
  },
};

export default rule;
