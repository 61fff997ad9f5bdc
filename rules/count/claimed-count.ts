// "N个X" claims (4个一级指标, 共设置12项二级指标, 十二个三级指标) agree with the items
// the same sentence enumerates, and with the indicator tree (attachment table and
// body headings: the claim is wrong only when no source agrees with it).
import { spanIn, type TextPlace } from '../../src/facts/identity/places.js';
import { cnNumeralValue } from '../../src/structure/numbering.js';
import type { Document } from '../../src/model/document.js';
import type { Rule } from '../../src/model/rule.js';

const CLAIM = /(\d{1,3}|[一二两三四五六七八九十]{1,3})(?:个|项|类)(一级|二级|三级)?(?:绩效)?(?:评价)?指标/g;
/** The number after the level: "一级指标4个、二级指标13个、三级指标22个". */
const CLAIM_AFTER =
  /(一级|二级|三级)(?:绩效)?(?:评价)?指标(?:共|为)?(\d{1,3}|[一二两三四五六七八九十]{1,3})(?:个|项|类)/g;

/** Both forms, in reading order: the number, the level (if any), where the claim stands. */
function claims(text: string): Array<{ num: string; level: string | undefined; start: number; end: number }> {
  const out = [...text.matchAll(CLAIM)].map((m) => ({
    num: m[1],
    level: m[2],
    start: m.index!,
    end: m.index! + m[0].length,
  }));
  for (const m of text.matchAll(CLAIM_AFTER)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (!out.some((c) => c.start < end && start < c.end)) out.push({ num: m[2], level: m[1], start, end });
  }
  return out.sort((a, b) => a.start - b.start);
}
/** Where an enumeration before the claim begins. */
const LIST_START = /(?:[，。；：:（]|下设|包括|包含|分为|分别为|设置了?|设有|涵盖|即|有)/g;
const LEVELS: Record<string, 1 | 2 | 3> = { 一级: 1, 二级: 2, 三级: 3 };

/**
 * The indicator a claim is about when its clause names one as subject: "产出类指标包括4个二级指标",
 * "效益指标下设3个三级指标" count that indicator's subtree, not the whole tree. The subject's items may
 * stand between the verb and the count ("效益指标包括社会效益、生态效益、可持续影响和满意度4个二级指标").
 */
const OWNER =
  /([\u4e00-\u9fff]{2,8}?)类?指标(?:中|下|方面)?共?(?:下设|包括|包含|设置了?|设有|涵盖|分为|含)了?(?:[\u4e00-\u9fff“”"\s]+(?:、|和|及|与|以及))*[\u4e00-\u9fff“”"\s]*$/;
// the whole system's words: "项目绩效指标包括…", "整体支出评价指标下设…", "本次设置的指标包括…" are not one indicator
const NOT_OWNER = /^(?:[一二三四]级|项目|其中|各)$|^(?:本|该|此)|(?:绩效|评价|考核|的)$/;

function claimOwner(text: string, start: number): string | null {
  // "决策指标下设1个二级指标、2个三级指标": a claim listed after another has the same subject
  const clause = (
    text
      .slice(0, start)
      .split(/[。；！？，,]/)
      .at(-1) ?? ''
  ).replace(/(?:(?:\d{1,3}|[一二两三四五六七八九十]{1,3})(?:个|项)[一二三]级指标[、和及])+$/, '');
  const m = OWNER.exec(clause);
  return m && !NOT_OWNER.test(m[1]) ? m[1] : null;
}

/**
 * A claim with no subject in the sentence right after a run-in heading ("3.效益指标（分值30分）。设经济、社会、
 * 生态、可持续影响4个二级指标5个三级指标"): the heading's indicator owns it.
 */
function runInOwner(doc: Document, p: TextPlace, start: number): string | null {
  if (p.cell) return null;
  const s = doc.sections.find((x) => x.block === p.block && x.runIn && x.end <= start);
  if (!s || !/指标$/.test(s.title)) return null;
  // the heading's own bracket and full stop, then no other sentence before the claim
  const between = p.text
    .slice(s.end, start)
    .replace(/^[（(][^）)]*[）)]/, '')
    .replace(/^[。：:，]/, '');
  if (/[。；！？]/.test(between)) return null;
  const name = s.title.replace(/类?指标$/, '');
  return name.length >= 2 && !NOT_OWNER.test(name) ? name : null;
}

function value(s: string): number | null {
  return /^\d+$/.test(s) ? Number(s) : cnNumeralValue(s.replace('两', '二'));
}

/** Items listed with 、 right before the claim, or after it ("4个一级指标：A、B、C和D"). */
function enumerated(text: string, start: number, end: number): { count: number; open: boolean } | null {
  const before = text.slice(0, start);
  let from = 0;
  for (const m of before.matchAll(LIST_START)) from = m.index! + m[0].length;
  let list = before.slice(from);
  // "包括资金管理和组织实施2个二级指标": two items joined by 和 / 及 / 与
  if (!list.includes('、') && /^[\u4e00-\u9fff]{2,12}(?:和|及|与)[\u4e00-\u9fff]{2,12}$/.test(list))
    return { count: 2, open: false };
  if (!list.includes('、')) {
    // the list after the claim ends at the clause: "三个一级指标，即决策、过程、产出、效益，下设12个二级指标"
    const after = /^(?:，?(?:分别为|包括|即)|：|（)([^。；）,，]*)/.exec(text.slice(end));
    if (!after || !after[1].includes('、')) return null;
    list = after[1];
  }
  const open = /等$/.test(list);
  const items = list
    .replace(/等$/, '')
    .split('、')
    .filter((s) => s.trim().length > 0);
  // "3个一级指标、3个二级指标、5个三级指标" lists claims, not items
  if (items.some((s) => /(?:\d+|[一二三四五六七八九十两]+)(?:个|项|类)/.test(s))) return null;
  // "…、产出和效益": the last item may join two with 和/及
  const last = items[items.length - 1].split(/和|及|以及/).filter((s) => s.length >= 2);
  const count = items.length - 1 + Math.max(1, last.length);
  return count >= 2 ? { count, open } : null;
}

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
    const { tables, headings, subtree } = ctx.facts.levelCounts;
    for (const p of ctx.facts.places) {
      if (p.role !== 'body' && p.role !== 'heading') continue;
      for (const c of claims(p.text)) {
        const claimed = value(c.num);
        if (claimed === null) continue;
        const what = `${c.level ?? ''}指标`;
        const at = spanIn(p, c.start, c.end);
        const list = enumerated(p.text, c.start, c.end);
        if (list && (list.open ? list.count > claimed : list.count !== claimed)) {
          ctx.report({
            messageId: 'listed',
            data: { actual: claimed, expected: list.count, what },
            expected: `${list.count}个`,
            actual: `${claimed}个`,
            locations: [at],
          });
          continue;
        }
        const lvl = c.level ? LEVELS[c.level] : null;
        if (!lvl || list) continue;
        const owner = lvl > 1 ? (claimOwner(p.text, c.start) ?? runInOwner(ctx.doc, p, c.start)) : null;
        if (owner) {
          // one indicator's subtree: compared with the tables that list it, and nothing said when none does
          const counts = subtree(owner, lvl as 2 | 3);
          if (counts.length && !counts.includes(claimed))
            ctx.report({
              messageId: 'subtree',
              data: { owner, actual: claimed, expected: counts[0], what },
              expected: `${counts[0]}个`,
              actual: `${claimed}个`,
              locations: [at],
            });
          continue;
        }
        // wrong only when no table and not the headings agree with it; the scoring table (the longest) is the one to show
        const byLength = [...tables].sort((a, b) => (b[3] ?? b[2] ?? 0) - (a[3] ?? a[2] ?? 0));
        const sources = [...byLength.map((t) => t[lvl]), headings[lvl]].filter((n): n is number => n !== undefined);
        if (!sources.length || sources.includes(claimed)) continue;
        ctx.report({
          messageId: 'tree',
          data: { actual: claimed, expected: sources[0], what },
          expected: `${sources[0]}个`,
          actual: `${claimed}个`,
          locations: [at],
        });
      }
    }
  },
};

export default rule;
