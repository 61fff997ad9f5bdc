// The one zh/en glossary of the words rules put into their messages: a rule passes the Chinese term
// (term('到位率')), and the engine's localize step (src/engine/steps/localize.ts) writes it in the
// finding's language. Several Chinese forms of one thing ('结余' and '结余资金') share an English word.
// A term may hold {placeholders} of its own ('指标“{name}”'), filled from the term's data.
import type { MessageValue, Term, Words } from '../model/rule.js';
import type { Lang } from '../model/settings.js';
import { fillTemplate } from './template.js';

const GLOSSARY = {
  // funds: what an amount is (src/facts/funding/figures.ts FundKind)
  预算: 'budget',
  到位资金: 'funds received',
  使用资金: 'funds spent',
  结余资金: 'balance',
  结余: 'balance',
  资金到位率: 'arrival rate',
  到位率: 'arrival rate',
  预算执行率: 'execution rate',
  执行率: 'execution rate',
  // funds: which budget (BudgetVariant)
  年初: 'initial',
  调整后: 'adjusted',
  下达: 'allotted',
  // funds: whose money (the English is the source's key in src/facts/funding/figures.ts, as the messages have always said it)
  中央: 'central',
  省级: 'province',
  市县: 'cityCounty',
  市级: 'city',
  县级: 'county',
  本级: 'local',
  其他: 'other',
  自筹: 'self',
  上级: 'upper',
  当年财政拨款: 'current',
  上年结转: 'carried',
  彩票公益金: 'lottery',
  // scores: what a figure of an indicator is (src/facts/lang/score-words.ts ScoreKind)
  分值: 'maximum points',
  得分: 'score',
  扣分: 'deduction',
  得分率: 'score rate',
  权重: 'weight',
  等级: 'grade',
  总分值: 'total points',
  总得分: 'total score',
  // scores: where a figure is stated (ScoreSource)
  汇总表: 'summary table',
  标题: 'heading',
  正文: 'text',
  附表: 'attachment table',
  目录: 'contents',
  // scores: whose grade, and by which thresholds (score/grade)
  项目总体: 'The project',
  合计: 'The total',
  '指标“{name}”': 'Indicator "{name}"',
  报告所定等级标准: "the report's own thresholds",
  '默认等级标准（优≥90、良≥80、中≥60）': 'the default thresholds (90 / 80 / 60)',
  // scores: the figure the text gives for a row the table leaves empty (score/missing-score)
  '（正文为{score}）': ' (the text says {score})',
  // tables: why a table was not read reliably (table/unreadable)
  一格内有两个数字: 'two figures in one cell',
  分值或得分列中是文字: 'words in a points or score column',
} as const;

export type GlossaryKey = keyof typeof GLOSSARY;

export function term(key: GlossaryKey, data?: Record<string, string | number>): Term {
  return data ? { term: key, data } : { term: key };
}

/** Terms read as one phrase: joined without a space in Chinese, with one in English ('中央调整后预算', 'central adjusted budget'). */
export function phrase(...words: Array<GlossaryKey | null | undefined | false>): Words {
  return { words: words.filter((w): w is GlossaryKey => !!w).map((w) => term(w)), join: 'phrase' };
}

/** Terms listed: '汇总表、正文', 'summary table, text'. */
export function list(terms: Term[]): Words {
  return { words: terms, join: 'list' };
}

const JOIN: Record<Words['join'], Record<Lang, string>> = {
  phrase: { 'zh-CN': '', en: ' ' },
  list: { 'zh-CN': '、', en: ', ' },
};

const isTerm = (v: MessageValue): v is Term => typeof v === 'object' && 'term' in v;

/** One message value in a language: a term through the glossary, words joined as the language joins them, the rest as written. */
export function inLanguage(v: MessageValue, lang: Lang): string {
  if (typeof v !== 'object') return String(v);
  if (isTerm(v)) {
    const text = lang === 'en' ? (GLOSSARY as Record<string, string>)[v.term] : v.term;
    // a term the glossary lacks (a typo the types did not catch) keeps its Chinese form rather than vanish
    return fillTemplate(text ?? v.term, v.data);
  }
  return v.words.map((w) => inLanguage(w, lang)).join(JOIN[v.join][lang]);
}

/** Whether the glossary has an English word for a term (for tests). */
export function inGlossary(key: string): key is GlossaryKey {
  return Object.hasOwn(GLOSSARY, key);
}
