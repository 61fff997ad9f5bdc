// A 得分率 written in prose beside its 得分 and 满分 ("产出指标满分40分，得37.86分，得分率96.45%")
// is their ratio. The rate is the figure reported: the score and the points are the ones the
// rest of the report restates (score/cross-source checks those).
import { exactly, formatDecimal, ratioConsistent } from '../../src/facts/tolerance.js';
import type { Rule } from '../../src/model/rule.js';

const rule: Rule = {
  meta: {
    id: 'score/stated-rate',
    description: {
      'zh-CN': '正文中与得分、满分同句写出的得分率等于得分÷满分',
      en: 'A score rate written in a sentence with its score and maximum points equals score ÷ points',
    },
    defaultSeverity: 'error',
    messages: {
      rate: {
        'zh-CN': '得分率{actual}与得分{score}分 ÷ 满分{max}分（= {expected}）不符',
        en: 'The score rate {actual} does not equal the score {score} ÷ maximum {max} (= {expected})',
      },
    },
  },
  check(ctx) {
    for (const s of ctx.facts.statedRates) {
      // the points are the indicator's full marks, exact; the score and the rate are written to a precision
      if (ratioConsistent(s.score, exactly(s.max), s.rate)) continue;
      const expected = formatDecimal(s.score.value.div(s.max.value).mul(100), '%', s.rate.decimals);
      const actual = s.rate.text;
      ctx.report({
        messageId: 'rate',
        data: { actual, expected, score: s.score.value.toString(), max: s.max.value.toString() },
        expected,
        actual,
        locations: [
          s.at,
          { block: s.block, start: s.score.start, end: s.score.end },
          { block: s.block, start: s.max.start, end: s.max.end },
        ],
      });
    }
  },
};

export default rule;
