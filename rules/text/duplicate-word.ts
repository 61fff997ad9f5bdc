// A word written twice in a row ("项目项目", "建设建设") or around 的 ("具体的具体指标").
// Segmentation decides what a word is, so that reduplication the language
// allows (常常, 人人, 看看, 天天 are one word; 研究研究, 一个一个 are listed) is not reported.
import { spanIn, type TextPlace } from '../../src/facts/identity/places.js';
import type { Document, TextContent } from '../../src/model/document.js';
import type { Rule } from '../../src/model/rule.js';

/** Two-character verbs whose ABAB form is ordinary ("研究研究", "讨论讨论"). */
const ABAB_OK = new Set(
  '研究 讨论 考虑 商量 学习 休息 打扫 整理 检查 锻炼 了解 介绍 准备 收拾 活动 交流 总结 比较 分析 思考 清理 放松 尝试 体验 关心 帮助 沟通 联系 协调 调查 认识 打听 琢磨 溜达 凉快 暖和 高兴 热闹 明白'.split(
    ' ',
  ),
);
/** Single-character words that are never doubled on purpose. */
const SINGLE_BAD = new Set('的 了 和 与 及 在 是 对 将 把 被 为 从 向 于 以 按 或 而 并 由'.split(' '));
const CJK_WORD = /^[\u4e00-\u9fff]+$/;
/**
 * Nouns that close one name and open the next term: "…培养项目的项目支出绩效自评表", "…部门的部门整体支出"
 * is one name's tail, 的, and another term's head, not a word written twice.
 */
const NAME_HEAD = new Set('项目 资金 经费 指标 部门 单位'.split(' '));

/**
 * "灵活就业的就业困难人员": the first X closes a longer modifier (灵活就业) and the second opens a
 * longer term (就业困难人员) that the report writes on its own elsewhere ("招用就业困难人员的单位"),
 * so X的X is two words of two terms. jieba's dictionary holds neither term, so the report's own
 * usage tells: the second X and at least two more words, found where "X的" does not precede it.
 * A two-word "具体的具体措施" stays a doubled word even if the report writes 具体措施 elsewhere.
 */
function opensTermOfReport(words: string[], at: number, text: string, before: string): boolean {
  const w = words[at];
  let term = w;
  for (let k = at + 1; k < words.length && k <= at + 4 && CJK_WORD.test(words[k]) && words[k] !== '的'; k++) {
    term += words[k];
    if (k - at < 2) continue;
    for (let i = text.indexOf(term); i >= 0; i = text.indexOf(term, i + 1)) {
      if (text.slice(Math.max(0, i - before.length), i) !== before) return true;
    }
  }
  return false;
}

/**
 * "…高标准农田建设项目项目支出绩效自评表": the first X closes a name (…农田建设项目) that the
 * report writes elsewhere without the second X after it, the mirror of opensTermOfReport: X and
 * at least two words before it, found where X does not follow.
 */
function closesNameOfReport(words: string[], at: number, text: string): boolean {
  const w = words[at];
  let name = w;
  for (let k = at - 1; k >= 0 && k >= at - 4 && CJK_WORD.test(words[k]) && words[k] !== '的'; k--) {
    name = words[k] + name;
    if (at - k < 2) continue;
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
      if (text.slice(i + name.length, i + name.length + w.length) !== w) return true;
    }
  }
  return false;
}

/**
 * The document's text between normalized offsets `from` and `to` of a place holds whitespace: a column gap
 * the normalization dropped between Han characters. Two cells read as one line ("集宁区 集宁区桥东片区…", the
 * place's column and the project that opens with its name) are no word written twice.
 */
function gapBetween(doc: Document, p: TextPlace, from: number, to: number): boolean {
  const b = doc.blocks[p.block];
  const tc: TextContent | undefined =
    b.kind === 'paragraph' ? b : b.cells.find((c) => c.row === p.cell?.row && c.col === p.cell?.col);
  if (!tc || tc.text !== p.text) return false;
  // from the raw character after the first word's last one to the second word's first
  return from > 0 && /\s/.test(tc.raw.slice(tc.rawIndex[from - 1] + 1, tc.rawIndex[to]));
}

const rule: Rule = {
  meta: {
    id: 'text/duplicate-word',
    description: { 'zh-CN': '词语重复（如“项目项目”）', en: 'A word written twice ("项目项目")' },
    defaultSeverity: 'warning',
    needsSegmenter: true,
    messages: {
      doubled: { 'zh-CN': '“{word}”重复：“{actual}”', en: '"{word}" is written twice: "{actual}"' },
    },
  },
  check(ctx) {
    const seg = ctx.segmenter();
    const reportText = ctx.facts.places.map((p) => p.text).join('\n');
    for (const p of ctx.facts.places) {
      if (p.role === 'toc' || p.role === 'table-text') continue; // table-text: cells side by side on a line
      const words = seg.cut(p.text);
      if (words.join('') !== p.text) continue; // offsets would not line up
      const starts: number[] = [];
      words.reduce((at, w) => (starts.push(at), at + w.length), 0);
      for (let i = 0; i + 1 < words.length; i++) {
        const w = words[i];
        if (!CJK_WORD.test(w)) continue;
        let end = -1;
        if (words[i + 1] === w) {
          const ok =
            (w.length === 1 && !SINGLE_BAD.has(w)) ||
            gapBetween(ctx.doc, p, starts[i] + w.length, starts[i + 1]) ||
            ABAB_OK.has(w) ||
            /^一./.test(w) ||
            // one name's tail and the next term's head, each written on its own elsewhere
            (w.length >= 2 &&
              closesNameOfReport(words, i, reportText) &&
              opensTermOfReport(words, i + 1, reportText, w));
          if (!ok) end = starts[i + 1] + w.length;
        } else if (
          w.length >= 2 &&
          words[i + 1] === '的' &&
          words[i + 2] === w &&
          !(NAME_HEAD.has(w) && CJK_WORD.test(words[i + 3] ?? '')) &&
          !(CJK_WORD.test(words[i - 1] ?? '') && opensTermOfReport(words, i + 2, reportText, `${w}的`))
        ) {
          end = starts[i + 2] + w.length;
        }
        if (end < 0) continue;
        const actual = p.text.slice(starts[i], end);
        ctx.report({
          messageId: 'doubled',
          data: { word: w, actual },
          expected: actual.slice(0, actual.length - w.length),
          actual,
          locations: [spanIn(p, starts[i], end)],
        });
        i += 1;
      }
    }
  },
};

export default rule;
