// The phrase lexicon (src/facts/lang/): each family defined once, by name.
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { cleanTargetName, targetNamesMatch } from '../../../src/facts/lang/indicator-names.js';
import { baseValue, findQuantities, scaleOf } from '../../../src/facts/lang/numbers.js';
import { apartByWholeWord, findSuffixSlips, relateNames, withoutPlace } from '../../../src/facts/lang/project-names.js';
import { getSegmenter } from '../../../src/structure/segmenter.js';
import { aboutAnotherYear, COMPARED, datedElsewhere } from '../../../src/facts/lang/other-year.js';
import {
  NAME_BEFORE_FIGURE,
  NAME_BEFORE_SCORE,
  NO_INDICATOR_NAME,
  OVERALL_SCORE_LABEL,
  POINTS_AND_SCORE,
  POINTS_THEN_SCORE,
} from '../../../src/facts/lang/score-words.js';
import {
  EVALUATION_KIND_KEY,
  isDatingKey,
  PERIOD_KEY,
  PROJECT_NAME_KEY,
  YEAR_KEY,
} from '../../../src/facts/lang/cover-keys.js';
import { ANALYSIS_TITLE, LEVEL_COUNT_TITLE } from '../../../src/facts/lang/sections.js';
import { isPlaces, openingPlaces, placeBefore, placeParts } from '../../../src/facts/lang/places.js';
import {
  COLUMN_TOTAL_LABEL,
  MONEY_TOTAL_LABEL,
  SCORE_TOTAL_ROW,
  SUBTOTAL_LABEL,
} from '../../../src/facts/lang/totals.js';

describe('another year / compared with', () => {
  it('reads a clause set against another year, and one dated by a year the report does not evaluate', () => {
    expect(COMPARED.test('较上年')).toBe(true);
    expect(COMPARED.test('较2023年')).toBe(true);
    expect(COMPARED.test('本年度预算')).toBe(false);
    expect(datedElsewhere('2023年度项目预算执行率为', 2024)).toBe(true);
    expect(datedElsewhere('2024年度项目预算执行率为', 2024)).toBe(false);
    // a cut-off date dates no figure
    expect(datedElsewhere('截至2024年12月31日，支出', { from: 2023, to: 2023 })).toBe(false);
    const t = '与上年相比，该项目评价得分为87.65分。本年得分92分';
    expect(aboutAnotherYear(t, t.indexOf('87.65'), 2024)).toBe(true);
    expect(aboutAnotherYear(t, t.indexOf('92'), 2024)).toBe(false);
  });
});

describe('totals and closing rows', () => {
  it('tells a table total from a group subtotal, spaced or not', () => {
    expect(MONEY_TOTAL_LABEL.test('合 计')).toBe(true);
    expect(MONEY_TOTAL_LABEL.test('年度资金总额')).toBe(true);
    expect(MONEY_TOTAL_LABEL.test('基本支出')).toBe(false);
    expect(SUBTOTAL_LABEL.test('小 计')).toBe(true);
    expect(SUBTOTAL_LABEL.test('合计')).toBe(false);
    expect(COLUMN_TOTAL_LABEL.test('三公经费合计')).toBe(true);
    expect(COLUMN_TOTAL_LABEL.test('小计')).toBe(false);
    expect(SCORE_TOTAL_ROW.test('得分合计')).toBe(true);
  });
});

describe('score words', () => {
  it('reads points and score in one clause, and the overall score’s label', () => {
    expect(POINTS_AND_SCORE.exec('（一）项目决策（分值20分，得分18.5分）')?.slice(1)).toEqual(['20', '18.5']);
    expect([...'本指标满分6分，评价组核定得6分。'.matchAll(POINTS_THEN_SCORE)].map((m) => [m[1], m[2]])).toEqual([
      ['6', '6'],
    ]);
    expect(OVERALL_SCORE_LABEL.test('该项目综合得分')).toBe(true);
    expect(OVERALL_SCORE_LABEL.test('该指标得分')).toBe(false);
  });
});

describe("an indicator's name before its score words", () => {
  const scored = (t: string) => NAME_BEFORE_SCORE.exec(t)?.[1] ?? null;
  const labels = (t: string) => [...t.matchAll(NAME_BEFORE_FIGURE)].map((m) => m[1]);
  it('reads the name a sentence scores, whatever total or score word follows it', () => {
    expect(scored('根据评分标准，产出质量指标共扣0分')).toBe('产出质量');
    expect(scored('产出质量指标共计扣2分，得分6分')).toBe('产出质量');
    expect(scored('满意度指标评价得分9分')).toBe('满意度');
    expect(scored('资金到位率项实际得分5分')).toBe('资金到位率');
    // a name with no score words after it scores nothing
    expect(scored('产出质量指标完成较好')).toBeNull();
  });
  it('reads the names written right before a figure, the score words optional', () => {
    expect(labels('经核查，数量指标共扣1分，得分9分')).toEqual(['数量']);
    // the whole run of Chinese before 指标: which ending of it is a name is the report's labels' to say
    expect(labels('其中产出指标50分、效益指标30分')).toEqual(['其中产出', '效益']);
    expect(labels('时效指标得分为10分，满意度指标评价得分9分')).toEqual(['时效', '满意度']);
    expect(labels('时效指标完成情况良好，得10分')).toEqual([]);
  });
  it('tells the words that point back at an indicator or count a level from a name', () => {
    for (const w of ['该项', '本项', '上述', '其他', '三级', '单项']) expect(NO_INDICATOR_NAME.test(w)).toBe(true);
    expect(NO_INDICATOR_NAME.test('产出质量')).toBe(false);
    expect(NO_INDICATOR_NAME.test('其他效益')).toBe(false);
  });
});

describe("the cover's keys", () => {
  it('tell the field naming the project, its year, its period and the kind of evaluation', () => {
    expect(PROJECT_NAME_KEY.test('项目名称')).toBe(true);
    expect(PROJECT_NAME_KEY.test('项目全称')).toBe(true);
    expect(PROJECT_NAME_KEY.test('项目单位')).toBe(false);
    expect(YEAR_KEY.test('评价年度')).toBe(true);
    expect(YEAR_KEY.test('年度')).toBe(true);
    expect(YEAR_KEY.test('评价期间')).toBe(false);
    expect(PERIOD_KEY.test('评价期间')).toBe(true);
    expect(PERIOD_KEY.test('项目周期')).toBe(true);
    expect(PERIOD_KEY.test('报告时间')).toBe(false);
    expect(EVALUATION_KIND_KEY.test('评价类型')).toBe(true);
    expect(EVALUATION_KIND_KEY.test('评价机构')).toBe(false);
  });
  it("date the project by any key ending in a year or span word, never by the report's or a unit's own date", () => {
    expect(isDatingKey('项目实施年度')).toBe(true);
    expect(isDatingKey('绩效评价期间')).toBe(true);
    expect(isDatingKey('评价时段')).toBe(true);
    expect(isDatingKey('报告时间')).toBe(false);
    expect(isDatingKey('填报时间')).toBe(false);
    expect(isDatingKey('成立时间')).toBe(false);
    expect(isDatingKey('项目名称')).toBe(false);
  });
});

describe('analysis-section titles', () => {
  it('keeps the level counts off a section that describes the system', () => {
    expect(ANALYSIS_TITLE.test('二、绩效评价指标体系')).toBe(true);
    expect(LEVEL_COUNT_TITLE.test('二、绩效评价指标体系')).toBe(false);
    expect(LEVEL_COUNT_TITLE.test('四、绩效评价指标分析')).toBe(true);
    expect(LEVEL_COUNT_TITLE.test('五、各一级指标评分情况')).toBe(true);
  });
});

describe('names in target sentences', () => {
  it('strips the verbs and matches a shortened name', () => {
    expect(cleanTargetName('年度目标：新增规上企业达到')).toBe('新增规上企业');
    expect(targetNamesMatch('开工率', '重大项目开工率')).toBe(true);
    expect(targetNamesMatch('开工率', '完工率')).toBe(false);
  });
});

describe('project names', () => {
  const seg = getSegmenter();
  it("leave the project's own place out of a name, whole or its last parts", () => {
    expect(withoutPlace('舒城县农村供水保章工程建设', '舒城县')).toBe('农村供水保章工程建设');
    expect(withoutPlace('舒城县农村供水保章工程建设', '安徽省舒城县')).toBe('农村供水保章工程建设');
    expect(withoutPlace('安徽省舒城县农村供水保障工程建设', '安徽省舒城县')).toBe('农村供水保障工程建设');
    // another county's name keeps its county
    expect(withoutPlace('庐江县农村供水保障工程建设', '舒城县')).toBe('庐江县农村供水保障工程建设');
    expect(withoutPlace('舒城县农村供水保障工程建设', null)).toBe('舒城县农村供水保障工程建设');
  });
  it('measure a slip inside the name without the place the mention keeps', () => {
    expect(relateNames('舒城县农村供水保章工程建设', '农村供水保障工程建设', seg)).toBe('variant');
    expect(relateNames('舒城县农村供水保章工程建设', '农村供水保障工程建设', seg, '舒城县')).toBe('typo');
    expect(relateNames('舒城县中小河流治理', '农村供水保障工程建设', seg, '舒城县')).toBe('foreign');
  });
  it('read the own name with a slip in its suffix word (资全 for 资金), never a real word after the name', () => {
    const slips = (text: string, own = '就业补助资金') =>
      findSuffixSlips(text, own, seg).map((s) => [text.slice(s.start, s.start + 2), s.meant]);
    expect(slips('为鹿寨县就业补助资全规范使用提供制度保障')).toEqual([['资全', '资金']]);
    expect(slips('工作经费项日按期完成', '工作经费项目')).toEqual([['项日', '项目']]);
    // the name written right, a word the dictionary holds (资料, 资格, 基金) or one it lacks (资方, 专户 …)
    expect(slips('就业补助资金管理办法；就业补助资料齐全；就业补助资格审核；就业补助基金')).toEqual([]);
    expect(slips('就业补助资方', '就业补助资金')).toEqual([]);
    expect(slips('工作经费项目部、工作经费项下、工作经费条目', '工作经费项目')).toEqual([]);
    // an earlier suffix word slipped, the rest of the name after it: a real word (转向 for 专项) is marked for the
    // document's counts to decide; without the rest ("转向支持") or as a near word (专款) no slip
    const marked = (text: string, own: string) =>
      findSuffixSlips(text, own, seg).map((s) => [text.slice(s.start, s.start + 2), s.meant, s.word ?? false]);
    expect(marked('农业科技推广转向资金的目标', '农业科技推广专项资金')).toEqual([['转向', '专项', true]]);
    expect(marked('农业科技推广专顶资金的目标', '农业科技推广专项资金')).toEqual([['专顶', '专项', false]]);
    expect(marked('农业科技推广转向支持；农业科技推广专款资金', '农业科技推广专项资金')).toEqual([]);
    expect(marked('城镇保障性安居工城专项资金', '城镇保障性安居工程专项资金')).toEqual([['工城', '工程', false]]);
    // both characters changed: a slip only as the same syllables (an input method's other writing, tones ignored),
    // marked as a word for the counts; other syllables (转换) are another word
    expect(marked('农业科技推广砖像资金的目标', '农业科技推广专项资金')).toEqual([['砖像', '专项', true]]);
    expect(marked('社区养老服务精飞项目按期完成', '社区养老服务经费项目')).toEqual([['精飞', '经费', true]]);
    expect(marked('农业科技推广转换资金的目标', '农业科技推广专项资金')).toEqual([]);
    // one character changed to the same sound (经废, 专象) is a one-character slip, no word
    expect(marked('社区养老服务经废项目按期完成', '社区养老服务经费项目')).toEqual([['经废', '经费', false]]);
    expect(marked('农业科技推广专象资金的目标', '农业科技推广专项资金')).toEqual([['专象', '专项', false]]);
    // the last suffix word's sound with both characters changed may start a phrase ("自今年起", zi jin): no slip
    expect(slips('就业补助子今规范使用；就业补助自今年起实施')).toEqual([]);
    // a stem too short to be a name of its own ("培训资全" could be any phrase)
    expect(slips('培训资全', '培训资金')).toEqual([]);
    // without the dictionary nothing is read as a slip
    expect(findSuffixSlips('就业补助资全', '就业补助资金', { cut: seg.cut })).toEqual([]);
  });
  it('tell a whole word apart from a slip inside a word', () => {
    expect(apartByWholeWord('农村供水保障工程管护', '农村供水保障工程建设', seg)).toBe(true);
    expect(apartByWholeWord('农村供水保章工程建设', '农村供水保障工程建设', seg)).toBe(false);
    expect(apartByWholeWord('城区道路照明维修', '城区道路照明维护', seg)).toBe(false);
  });
});

describe('value × scale', () => {
  it('gives every amount in 元 and every rate as a fraction', () => {
    expect(scaleOf('万元').toString()).toBe('10000');
    expect(scaleOf('元').toString()).toBe('1');
    expect(scaleOf('万人次').toString()).toBe('10000');
    const [wan, yuan, pct] = findQuantities('预算1.2万元，支出12000元，执行率90%');
    expect(baseValue(wan).eq(baseValue(yuan))).toBe(true);
    expect(baseValue(pct).toString()).toBe('0.9');
    expect(baseValue({ value: new Decimal(3) }).toString()).toBe('3');
  });
});

describe('places', () => {
  it('reads the places a title opens with, their parts, and the place before a name', () => {
    expect(openingPlaces('天柱县高酿镇村级公益事业')).toBe('天柱县高酿镇');
    expect(openingPlaces('村级公益事业')).toBeNull();
    expect(placeParts('天柱县高酿镇')).toEqual(['天柱县', '高酿镇']);
    expect(placeParts('阿拉善盟额济纳旗')).toEqual(['阿拉善盟', '额济纳旗']);
    expect(isPlaces('泰安市')).toBe(true);
    expect(isPlaces('湖南省长沙市')).toBe(true);
    expect(isPlaces('综上，泰安市')).toBe(false);
    // "综上，渡马镇" before "2023年村级公益事业…项目": the township, after punctuation or another place
    expect(placeBefore('综上，渡马镇')).toBe('渡马镇');
    expect(placeBefore('综上，天柱县渡马镇')).toBe('渡马镇');
    expect(placeBefore('综上所述')).toBeNull();
  });
});
