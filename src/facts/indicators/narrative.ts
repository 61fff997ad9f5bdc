// Indicator facts from the body's sentences: those under the analysis headings
// ("该项指标扣0分，得分3分", "X指标共扣0分，得分6分", "综上，该指标得3.34分", "得满分"),
// each placed at the indicator it names, and the overall score stated elsewhere
// ("项目评价得分98分"). The headings themselves: headings.ts.
import type { Document } from '../../model/document.js';
import { LEADING_CODE } from '../lang/indicator-codes.js';
import { indicatorName, nameCloseness, namesMatch } from '../lang/indicator-names.js';
import {
  CLAUSE_OPENING_NAME,
  fullMarksMentions,
  listedScores,
  OVERALL_SCORE_LABEL,
  NAME_BEFORE_SCORE,
  NAME_THEN_SCORE_WORD,
  NO_INDICATOR_NAME,
  SCORE_AFTER_NAME,
  scoreMentions,
  type ScoreMention,
} from '../lang/score-words.js';
import { findYears, type EvaluatedYears } from '../lang/years.js';
import type { IndicatorTree, ScoreFact } from './indicators.js';
import { clauseBefore, sentencesOf } from '../lang/boundaries.js';
import { aboutAnotherYear, inComparingSentence } from '../lang/other-year.js';
import { CONCLUSION_OPENER } from '../lang/name-slots.js';
import { SCORE_KINDS, headingRegion } from './headings.js';
import { sumConsistent, type Written } from '../tolerance.js';

/** "综合得分90分（含）以上为优": a grading threshold, not the report's score. */
const THRESHOLD_AFTER = /^\s*(?:[（(]含[）)]|及?以上|以下|至|[-～~—])/;

/** "综合得分", "总得分", "最终得分": a label only the whole system's score carries. */
const WHOLE_SCORE_LABEL = /综合得分|总得分|最终得分/;

/**
 * A score outside the analysis that belongs to an indicator ("产出指标满分40分，评价得分38分"): the sentence names
 * 指标 before it. A clause labelled with the whole's own word speaks for itself, so there only its clause counts
 * ("…设置二级指标13个、三级指标33个，…绩效评价综合得分为89.01分").
 */
function namesIndicator(text: string, start: number, q: { start: number }): boolean {
  const clause = clauseBefore(text, q.start, start);
  return /指标/.test(WHOLE_SCORE_LABEL.test(clause) ? clause : text.slice(start, q.start));
}

export function narrativeFacts(
  doc: Document,
  analysis: number | null,
  tree: IndicatorTree,
  sectionNode: Map<number, number>,
  owns: (block: number, sentence: string, total: boolean) => boolean = () => true,
  year: EvaluatedYears | null = null,
  read: readonly ScoreFact[] = [],
): ScoreFact[] {
  const facts: ScoreFact[] = [];
  const rowPoints = tablePoints(tree, read);
  for (const b of doc.blocks) {
    if (b.kind !== 'paragraph' || b.role === 'toc' || b.role === 'cover' || b.role === 'title') continue;
    const sec = ownSection(doc, b.sectionId, b.index, b.text);
    const node = sec !== null ? sectionNode.get(sec) : undefined;
    let from = 0;
    if (sec !== null && doc.sections[sec].block === b.index) {
      const s = doc.sections[sec];
      if (!s.runIn) continue;
      from = headingRegion(doc, s)!.to;
    }
    const inAnalysis = node !== undefined;
    // "A2 预算配置（标准分12分，实得分11分）" after the last paragraph of A1-2: a paragraph opened by
    // another indicator's code is about that one, not about the section it follows
    if (inAnalysis && otherCode(tree, node, b.text.slice(from))) continue;
    // "资金管理（权重14分，得12分）" under 过程 or after the last run-in of 绩效目标: a line of its own, an indicator's
    // name and its points, is that indicator's (a second level's subtotal), not the section's nor the run-in's
    const line = inAnalysis ? scoreLine(tree, b.text.slice(from)) : null;
    if (
      line !== null &&
      line !== node &&
      sameFirstLevel(tree, line, node!) &&
      holdsRunInsAfter(doc, tree, sectionNode, b.index, line)
    ) {
      for (const x of scoreMentions(b.text).filter((m) => m.q.start >= from && SCORE_KINDS.has(m.kind)))
        facts.push({
          node: line,
          kind: x.kind,
          q: x.q,
          source: 'narrative',
          origin: 'narrative',
          sourceParent: tree.nodes[line].parent,
          named: true,
          span: { block: b.index, start: x.q.start, end: x.q.end },
          sentence: from,
        });
      continue;
    }
    // a line opened by another indicator's name and its points is that one's, not the run-in's above it
    if (inAnalysis && otherName(tree, node, b.text.slice(from))) continue;
    // after a run-in heading ("2.绩效目标（6分）。项目…"), the text that follows it
    const lead = inAnalysis ? leadNode(tree, node, b.text.slice(from)) : null;
    // "绩效指标明确性（2分）：…不能反映单位成本；“公众非遗认知度”未说明测算口径，扣0.5分，得1.5分。": a run-in
    // name with its points speaks of its sub-indicator up to the next such name in the paragraph
    let runIn: number | null = null;
    for (const [start, mark] of sentencesOf(b.text)) {
      // the sentence with its end mark
      const end = mark < b.text.length ? mark + 1 : mark;
      if (end <= from) continue;
      // (a sentence with no score of its own may open the run-in subject of the next)
      const opener = inAnalysis ? runInName(tree, node, b.text.slice(start, end)) : undefined;
      if (opener !== undefined) runIn = opener;
      const sentence = b.text.slice(0, end);
      const mentions = scoreMentions(sentence).filter((x) => x.q.start >= Math.max(start, from));
      const full = fullMarksMentions(sentence).filter((x) => x.start >= Math.max(start, from));
      if (!mentions.length && !full.length) continue;
      // outside the analysis ("（三）自评得分情况" before it, a conclusion): the clauses a first-level indicator's own
      // name opens ("部门管理指标分值20分，得分19.5分；履职效能指标分值50分，得分48.5分") state its figures
      const firstLevel = inAnalysis ? [] : firstLevelClauses(tree, b.text, Math.max(start, from), end);
      const clauseOf = (at: number) => firstLevel.find((k) => at >= k.start && at < k.end);
      // a clause whose points the table's rows under that name do not make ("产出指标分值50分" over rows of 42): the
      // table is read in part, so its scores say nothing checkable
      const readInPart = (node: number) =>
        mentions.some(
          (x) => x.kind === '分值' && clauseOf(x.q.start)?.node === node && !sumConsistent(rowPoints(node) ?? [], x.q),
        );
      if (firstLevel.length && owns(b.index, b.text.slice(start, end), false))
        for (const x of mentions) {
          const c = clauseOf(x.q.start);
          if (!c || !SCORE_KINDS.has(x.kind) || THRESHOLD_AFTER.test(b.text.slice(x.q.end))) continue;
          if (readInPart(c.node)) continue;
          if (otherYears(b.text, start, x.q.start, year)) continue;
          facts.push({
            node: c.node,
            kind: x.kind,
            q: x.q,
            source: 'narrative',
            origin: 'narrative',
            sourceParent: tree.root,
            named: true,
            span: { block: b.index, start: x.q.start, end: x.q.end },
            sentence: start,
          });
        }
      // a document with several indicator systems: a sentence about another one's programme is not this one's
      if (!owns(b.index, b.text.slice(start, end), !inAnalysis)) continue;
      if (!inAnalysis) {
        // outside the analysis: only the overall score ("项目评价得分98分")
        // the clause names the total ("本项目2024年度自评得分97.67分"), not an earlier clause of the
        // sentence ("…，其中项目资金执行率得分9.67分")
        for (const x of mentions)
          if (
            x.kind === '得分' &&
            !clauseOf(x.q.start) &&
            OVERALL_SCORE_LABEL.test(clauseBefore(b.text, x.q.start, start)) &&
            !namesIndicator(b.text, start, x.q) &&
            !THRESHOLD_AFTER.test(b.text.slice(x.q.end)) &&
            !otherYears(b.text, start, x.q.start, year)
          ) {
            facts.push({
              node: tree.root,
              kind: '得分',
              q: x.q,
              source: 'narrative',
              origin: 'narrative',
              sourceParent: null,
              span: { block: b.index, start: x.q.start, end: x.q.end },
              sentence: start,
            });
            facts.push(...firstLevelList(tree, b.text, x.q.end, b.index, start));
          }
        continue;
      }
      const sentenceText = b.text.slice(start, end);
      if (lead === 'several') continue;
      // "绩效目标明确性：该指标分值2分…": a sentence opened by a name and a colon speaks of that one;
      // a name the section does not hold is another indicator's, not the section's
      const opened = sentenceLead(tree, node!, sentenceText);
      if (opened === 'other') continue;
      // a sentence that names its indicator names it; else the paragraph's lead, else the section's
      const target =
        opened ??
        namedNode(tree, node!, sentenceText) ??
        lead ??
        runIn ??
        bareSubIndicator(tree, node!, sentenceText) ??
        node!;
      // "部门管理得分19.5分" under "1.部门管理": the section's own name before the score names it too
      const named = target !== node || /(?:该|此|本)项?指标/.test(sentenceText) || namesOwn(tree, node!, sentenceText);
      const parent = tree.nodes[target].parent;
      const each = eachNamedBefore(tree, node!, mentions);
      for (const x of mentions) {
        if (!SCORE_KINDS.has(x.kind)) continue;
        // the whole system's score in a section's conclusion: not another year's, given for comparison
        if (target === tree.root && otherYears(b.text, start, x.q.start, year)) continue;
        const own = each?.get(x);
        facts.push({
          node: own ?? target,
          kind: x.kind,
          q: x.q,
          source: 'narrative',
          origin: 'narrative',
          sourceParent: own === undefined ? parent : tree.nodes[own].parent,
          named: own !== undefined || named,
          span: { block: b.index, start: x.q.start, end: x.q.end },
          sentence: start,
        });
      }
      for (const x of full)
        facts.push({
          node: target,
          kind: '得分',
          q: null,
          full: true,
          source: 'narrative',
          origin: 'narrative',
          sourceParent: parent,
          span: { block: b.index, start: x.start, end: x.end },
          sentence: start,
        });
    }
  }
  return dropAmbiguous(facts, tree);
}

/**
 * A section whose text gives several unnamed scores ("立项…得5分；绩效目标…得5分；资金投入…得4.5分")
 * speaks of its parts, not of itself: those figures are no statement of the section's indicator.
 */
function dropAmbiguous(facts: ScoreFact[], tree: IndicatorTree): ScoreFact[] {
  const unnamed = facts.filter((f) => f.source === 'narrative' && !f.named && f.node !== 0);
  const drop = new Set<ScoreFact>();
  // a paragraph that scores some of the section's sub-indicators by name ("…完工验收通过率87.5%，
  // 扣1分，得4分") scores another one in its unnamed sentence ("合格率100%，得5分"), not the section
  for (const f of unnamed) {
    const namedBelow = facts.some(
      (g) => g.named && g.span.block === f.span.block && g.node !== f.node && tree.ancestors(g.node).includes(f.node),
    );
    if (namedBelow) drop.add(f);
  }
  // "本指标满分5分，评价组核定得4.1分。项目招投标…规范，得1.5分；…扣减0.4分": once a paragraph has given
  // its indicator's score by name, the unnamed scores after it are of the indicator's items
  for (const f of unnamed) {
    if (f.kind !== '得分' && f.kind !== '扣分') continue;
    const scoredBefore = facts.some(
      (g) =>
        g.named &&
        g.kind === '得分' &&
        g.node === f.node &&
        g.span.block === f.span.block &&
        (g.span.end ?? 0) <= (f.span.start ?? 0),
    );
    if (scoredBefore) drop.add(f);
  }
  for (const kind of ['得分', '扣分', '分值'] as const) {
    const byNode = new Map<number, ScoreFact[]>();
    for (const f of unnamed.filter((x) => x.kind === kind)) byNode.set(f.node, [...(byNode.get(f.node) ?? []), f]);
    for (const fs of byNode.values()) if (fs.length > 1) fs.forEach((f) => drop.add(f));
  }
  // a 扣分 without its 得分 (or the reverse) no longer says anything checkable alone; keep it anyway: range pairs by position
  return facts.filter((f) => !drop.has(f));
}

/** "A1-2 绩效指标明确性。…": a code at the paragraph's head, before its name. */
const OPENING_CODE = new RegExp(`^\\s*(${LEADING_CODE.source})(?=\\s|[\\u4e00-\\u9fff])`);

/**
 * A code opening the paragraph that is neither the section's indicator, one under it ("A101" under A1, "A1-2"), nor
 * one of its sub-indicators: another indicator's, or a group the tree does not hold ("A1 目标设定" under 投入 whose
 * parts are A1-1, A1-2: its 7.5 is not 投入's score).
 */
function otherCode(tree: IndicatorTree, node: number, text: string): boolean {
  const m = OPENING_CODE.exec(text);
  if (!m) return false;
  const code = m[1];
  const own = tree.nodes[node].name.code;
  if (own && code.startsWith(own)) return false;
  return !descendants(tree, node).some((id) => tree.nodes[id].name.code === code);
}

/** "资金投入（权重7分，得6分）", "产出质量（14分）": a name opening the text with its points in brackets. */
const OPENING_NAME_POINTS =
  /^\s*([^：:。；，,（(\d\s][^：:。；，,（(\d]{1,23})[（(]\s*(?:权重|分值|满分|标准分值?)?\s*[：:]?\s*\d+(?:\.\d+)?\s*分[^（()）]*[)）]/;

/**
 * The run-ins that follow a second level's line up to the next line or heading ("1．资金到位率（权重4分）。…") are that
 * level's children in the tree: the table and the text agree on the level. A tree that puts them elsewhere (a table
 * read across a page cut) says nothing of whose the line's figures are.
 */
function holdsRunInsAfter(
  doc: Document,
  tree: IndicatorTree,
  sectionNode: Map<number, number>,
  block: number,
  line: number,
): boolean {
  let seen = 0;
  for (let i = block + 1; i < doc.blocks.length; i++) {
    const b = doc.blocks[i];
    if (b.kind !== 'paragraph') continue;
    const sec = doc.sections.find((s) => s.block === i);
    if (!sec) {
      if (scoreLine(tree, b.text) !== null) break;
      continue;
    }
    if (!sec.runIn) break;
    const n = sectionNode.get(sec.id);
    if (n === undefined || tree.nodes[n].parent !== line) return false;
    seen++;
  }
  return seen > 0;
}

/** Both below one first level: a line under 过程's section names one of 过程's levels, never a first level. */
function sameFirstLevel(tree: IndicatorTree, a: number, b: number): boolean {
  const first = (id: number) => [id, ...tree.ancestors(id)].find((x) => tree.nodes[x].level === 1) ?? null;
  return tree.nodes[a].level >= 2 && first(a) !== null && first(a) === first(b);
}

/** "资金管理（权重14分，得12分）" as a line of its own: the one indicator of the tree of exactly that name, else null. */
function scoreLine(tree: IndicatorTree, text: string): number | null {
  const m = OPENING_NAME_POINTS.exec(text);
  if (!m || !/^[\s。.]*$/.test(text.slice(m[0].length))) return null;
  const name = indicatorName(m[1]);
  if (name.key.length < 2) return null;
  const exact = tree.nodes.filter((n) => n.id !== tree.root && n.name.key === name.key);
  return exact.length === 1 ? exact[0].id : null;
}

/**
 * A paragraph opened by an indicator's name with its points that names neither the section's node nor one under
 * it: the line speaks of another indicator (a second level's subtotal after its last third level's run-in), not
 * of the section. A name the tree does not hold counts only as a line of its own ("资金投入（权重7分，得6分）"):
 * "预算编制科学性（3分）：…" may be an item of the section the tree does not list. "该项指标（5分）" names none.
 */
function otherName(tree: IndicatorTree, node: number, text: string): boolean {
  const m = OPENING_NAME_POINTS.exec(text);
  if (!m) return false;
  const name = indicatorName(m[1]);
  if (name.key.length < 2 || !/^[\u4e00-\u9fff]+$/.test(name.key) || NO_INDICATOR_NAME.test(name.key)) return false;
  const own = [node, ...descendants(tree, node)];
  if (own.some((id) => namesMatch(tree.nodes[id].name, name))) return false;
  return (
    /^[\s。.]*$/.test(text.slice(m[0].length)) || tree.nodes.some((n) => n.id !== tree.root && namesMatch(n.name, name))
  );
}

/**
 * "B102预算执行率：…", "立项依据充分性：…", "基层公共文化服务长效机制。…": a paragraph that opens with the code or name of one
 * indicator under its section's speaks of that one; "A101、A102：…各得5分" of several of them
 * ('several': its scores are none of the section's own).
 */
function leadNode(tree: IndicatorTree, node: number, text: string): number | 'several' | null {
  const m = /^([^：:。；，,]{2,40})[：:。]/.exec(text);
  // a name, not a scored sentence ("产出数量得42分。")
  if (!m || /[得扣]\s*\d|\d\s*分/.test(m[1])) return null;
  const parts = m[1].split(/[、和及与]/).filter((x) => x.trim());
  if (parts.length > 1) return parts.every((x) => subIndicatorsNamed(tree, node, x).length === 1) ? 'several' : null;
  const hits = subIndicatorsNamed(tree, node, m[1]);
  return hits.length === 1 ? hits[0] : null;
}

/** The sub-indicators of `node` a written name names whole: "绩效目标" does not name 绩效目标合理性. */
function subIndicatorsNamed(tree: IndicatorTree, node: number, written: string): number[] {
  const name = indicatorName(written);
  return descendants(tree, node).filter((id) => {
    const n = tree.nodes[id].name;
    return namesMatch(n, name) && ((!!n.code && n.code === name.code) || name.key.includes(n.key));
  });
}

/**
 * "绩效指标明确性（2分）：…", "可持续影响（5分）：…": a sentence opened by a name that carries its points before a colon.
 * The sub-indicator it names, null when it names none of them (the run-in subject ends there), undefined when the
 * sentence opens with no such name (the subject goes on).
 */
/**
 * "2023年度部门整体支出绩效自评得分92.15分，本年提高5.69分": with the evaluated year unknown, a year named
 * before the score in a sentence that sets this year against it is the other year.
 */
function otherYears(text: string, from: number, at: number, year: EvaluatedYears | null): boolean {
  if (aboutAnotherYear(text, at, year)) return true;
  return (
    year === null &&
    findYears(text.slice(from, at)).some((y) =>
      inComparingSentence(text, { ...y, start: y.start + from, end: y.end + from, after: y.after + from }),
    )
  );
}

/**
 * "综上，我局2024年度部门整体支出绩效自评得分99.84分" in a paragraph of its own after the last run-in
 * subsection ("4.满意度指标（分值10分）。…"): the parent section's conclusion, not that indicator's; a
 * conclusion that names 该指标 stays the indicator's ("综上，该指标得3.34分").
 */
function ownSection(doc: Document, sec: number | null, block: number, text: string): number | null {
  if (sec === null) return null;
  const s = doc.sections[sec];
  if (!s.runIn || s.block === block) return sec;
  const opener = /^[^，,：:。]{0,8}[，,：:]/.exec(text)?.[0] ?? '';
  return CONCLUSION_OPENER.test(opener) && !/(?:该|此|本)项?指标/.test(text) ? s.parent : sec;
}

function runInName(tree: IndicatorTree, node: number, sentence: string): number | null | undefined {
  const m = /^\s*([^：:。；，,（(\d]{2,24})[（(](?:分值|满分)?\s*\d+(?:\.\d+)?\s*分[）)]\s*[：:]/.exec(sentence);
  if (!m) return undefined;
  const hits = subIndicatorsNamed(tree, node, m[1]);
  return hits.length === 1 ? hits[0] : null;
}

/**
 * "绩效目标明确性：该指标分值2分，扣0.5分，得1分": the section's indicator or one under it named before a colon
 * and taken up by 该指标 / 该项; 'other' when the name is none of them.
 */
function sentenceLead(tree: IndicatorTree, node: number, sentence: string): number | 'other' | null {
  const m = /^\s*([^：:。；，,\d]{2,24})[：:]\s*(?:该|此|本)项?指标/.exec(sentence);
  if (!m) return null;
  const name = indicatorName(m[1]);
  const hits = [node, ...descendants(tree, node)].filter((id) => namesMatch(tree.nodes[id].name, name));
  if (!hits.length) return 'other';
  let best = hits[0];
  for (const id of hits)
    if (nameCloseness(tree.nodes[id].name, name) > nameCloseness(tree.nodes[best].name, name)) best = id;
  return best;
}

/** The indicator a sentence names: the closest among the section's node, its ancestors and its sub-indicators; null when it names none. */
function namedNode(tree: IndicatorTree, node: number, sentence: string): number | null {
  const m = NAME_BEFORE_SCORE.exec(sentence);
  const written = m ? m[1].replace(/^(?:根据评分标准|综上|因此|故)/, '') : '';
  if (!written || NO_INDICATOR_NAME.test(written)) return null;
  const name = indicatorName(written);
  // the section's indicator, its ancestors, or one of its own sub-indicators ("产出质量指标分值8分，
  // 扣1分，得6分" under 产出指标): the closest name wins, 产出质量 over 产出, the section on a tie
  const candidates = [node, ...tree.ancestors(node), ...descendants(tree, node)].filter(
    (id) => id !== tree.root && namesMatch(tree.nodes[id].name, name),
  );
  let best: number | null = null;
  for (const id of candidates)
    if (best === null || nameCloseness(tree.nodes[id].name, name) > nameCloseness(tree.nodes[best].name, name))
      best = id;
  return best;
}

/**
 * "产出数量得15分", "社会效益得15分": a clause ending in the exact name of one of the section's
 * sub-indicators, straight before 得/扣 (no "指标" to say it is a name, so only an exact one counts).
 */
function bareSubIndicator(tree: IndicatorTree, node: number, sentence: string): number | null {
  const below = descendants(tree, node);
  const m = /([\u4e00-\u9fff]{2,16})(?:得|扣)\d/.exec(sentence);
  if (m) {
    let best: number | null = null;
    for (const id of below) {
      const key = tree.nodes[id].name.key;
      if (key.length >= 2 && m[1].endsWith(key) && (best === null || key.length > tree.nodes[best].name.key.length))
        best = id;
    }
    if (best !== null) return best;
  }
  // "管理制度健全，得4分": a clause that names a sub-indicator by the start of its name (管理制度健全性)
  const short = /(?:^|[：:，,；。])([\u4e00-\u9fff]{4,16})[，,](?:得|扣)\d/.exec(sentence);
  if (short) {
    const hits = below.filter(
      (id) => tree.nodes[id].name.key.startsWith(short[1]) && tree.nodes[id].name.key.length - short[1].length <= 2,
    );
    if (hits.length === 1) return hits[0];
  }
  // "高血压患者规范管理率58.3%，基本完成年度目标，得5分": the one sub-indicator the sentence gives a
  // value for (its name straight before a figure; "制度执行不到位" only describes)
  // ("…包括项目立项、绩效目标和资金投入3个二级指标，满分15分": a count after the last of a list is no value of it)
  const valued = (key: string) => {
    for (let i = sentence.indexOf(key); i >= 0; i = sentence.indexOf(key, i + 1)) {
      const rest = sentence.slice(i + key.length);
      if (/^[（(]?\d/.test(rest) && !/^\d+\s*(?:个|项|类)/.test(rest)) return true;
    }
    return false;
  };
  const named = below.filter((id) => tree.nodes[id].name.key.length >= 4 && valued(tree.nodes[id].name.key));
  const outermost = named.filter(
    (id) => !named.some((o) => o !== id && tree.nodes[o].name.key.includes(tree.nodes[id].name.key)),
  );
  return outermost.length === 1 ? outermost[0] : null;
}

/**
 * "…，绩效目标合理性得3.5分、绩效指标明确性得3.0分。": a sentence that scores several of the section's indicators,
 * each by its exact name straight before its own 得/扣 — each figure is the one named before it, not all of them
 * the sentence's first name's. A mention named by none takes the named one before it. Null unless at least
 * two different indicators are so named (then the sentence has one target, as before).
 */
function eachNamedBefore(
  tree: IndicatorTree,
  node: number,
  mentions: ScoreMention[],
): Map<ScoreMention, number> | null {
  const own = [node, ...descendants(tree, node)];
  const out = new Map<ScoreMention, number>();
  let current: number | null = null;
  const distinct = new Set<number>();
  for (const x of mentions) {
    const m = NAME_THEN_SCORE_WORD.exec(x.label);
    let best: number | null = null;
    for (const id of own) {
      const key = tree.nodes[id].name.key;
      if (
        m &&
        key.length >= 2 &&
        m[1].endsWith(key) &&
        (best === null || key.length > tree.nodes[best].name.key.length)
      )
        best = id;
    }
    if (best !== null) {
      current = best;
      distinct.add(best);
    }
    if (current !== null) out.set(x, current);
  }
  return distinct.size >= 2 ? out : null;
}

/**
 * "综合得分86.1分，其中决策17.1分、过程17.3分、产出26.6分、效益25.1分": after the overall score, a list whose names are
 * exactly the tree's first levels (bare, without 指标) gives those indicators' 得分. Nothing when an item names
 * none of them, or two items one, or fewer than two items are listed (a list of other parts: "其中财政资金…").
 */
function firstLevelList(tree: IndicatorTree, text: string, from: number, block: number, sentence: number): ScoreFact[] {
  const items = listedScores(text, from);
  const tops = tree.nodes[tree.root].children;
  const nodes = items.map(({ name }) => {
    const key = indicatorName(name).key;
    const hits = tops.filter((id) => tree.nodes[id].name.key === key);
    return hits.length === 1 ? hits[0] : null;
  });
  if (items.length < 2 || nodes.includes(null) || new Set(nodes).size !== nodes.length) return [];
  return items.map(({ q }, i) => ({
    node: nodes[i]!,
    kind: '得分' as const,
    q,
    source: 'narrative' as const,
    origin: 'narrative' as const,
    sourceParent: tree.root,
    named: true,
    span: { block, start: q.start, end: q.end },
    sentence,
  }));
}

/** "其中部门管理指标分值20分" opens a clause; "，得分19.5分" goes on with the clause before it. */
const CLAUSE = /[^，,、。；！？]+[，,、。；！？]?/g;
const GOES_ON = /^\s*(?:共计?|合计)?(?:扣除?|得分?|分值|满分|评价得分|实际得分)/;

/**
 * The clauses of text[from, end) that state a first-level indicator's figures: each opened by the exact name of one
 * of the tree's first-level indicators and 指标 ("部门管理指标分值20分"), with the clauses that go on with its
 * figures ("，得分19.5分"). A clause naming anything else (another name, "项目总体得分") ends it. Only a first-level
 * node with indicators under it counts: a lone "产出" row beside first-level 数量 / 质量 headings is a tree misread.
 */
function firstLevelClauses(
  tree: IndicatorTree,
  text: string,
  from: number,
  end: number,
): { node: number; start: number; end: number }[] {
  const out: { node: number; start: number; end: number }[] = [];
  const isGroup = (id: number) => tree.nodes[id].children.length > 0;
  let current: number | null = null;
  for (const m of text.slice(from, end).matchAll(CLAUSE)) {
    const clause = m[0];
    const at = from + m.index!;
    const opened = CLAUSE_OPENING_NAME.exec(clause);
    if (opened) {
      const key = indicatorName(opened[1]).key;
      const hits = NO_INDICATOR_NAME.test(opened[1])
        ? []
        : tree.nodes[tree.root].children.filter((id) => tree.nodes[id].name.key === key && isGroup(id));
      current = hits.length === 1 ? hits[0] : null;
    } else if (!GOES_ON.test(clause)) current = null;
    if (current !== null) out.push({ node: current, start: at, end: at + clause.length });
  }
  return out;
}

/**
 * "部门管理得分19.5分。" closing the paragraph of "1.部门管理": a sentence opened by the section's own bare name and its
 * score names it (a sentence with "X指标…" is read by NAME_BEFORE_SCORE, as before).
 */
function namesOwn(tree: IndicatorTree, node: number, sentence: string): boolean {
  const key = tree.nodes[node].name.key;
  if (node === tree.root || key.length < 2) return false;
  const text = sentence.trimStart();
  return text.startsWith(key) && SCORE_AFTER_NAME.test(text.slice(key.length));
}

/**
 * The points the tables give each node: its leaf rows' 分值 (a table's own figure for a node standing for its rows),
 * null when one has none.
 */
function tablePoints(tree: IndicatorTree, read: readonly ScoreFact[]): (node: number) => Written[] | null {
  const rowsOf = (node: number): Written[] | null => {
    const own = read.find(
      (f) => f.node === node && f.kind === '分值' && (f.source === 'attachment' || f.source === 'summary'),
    );
    if (own?.q) return [own.q];
    const kids = tree.nodes[node].children;
    if (!kids.length) return null;
    const parts: Written[] = [];
    for (const k of kids) {
      const r = rowsOf(k);
      if (!r) return null;
      parts.push(...r);
    }
    return parts;
  };
  // the node's own row does not count: the rows under it are what the clause is checked against
  return (node) => {
    const parts: Written[] = [];
    for (const k of tree.nodes[node].children) {
      const r = rowsOf(k);
      if (!r) return null;
      parts.push(...r);
    }
    return parts.length ? parts : null;
  };
}

function descendants(tree: IndicatorTree, node: number): number[] {
  const out: number[] = [];
  const walk = (id: number) => {
    for (const c of tree.nodes[id].children) {
      out.push(c);
      walk(c);
    }
  };
  walk(node);
  return out;
}
