import { describe, expect, it } from 'vitest';
import wrongYear from '../../../rules/identity/wrong-year.js';
import { summarizeIdentity } from '../../../src/facts/identity/identity.js';
import { datesOtherYears } from '../../../src/facts/lang/other-year.js';
import { docFromText, readFixture, runRule, SEED, SEED_FORMATS, squash } from '../../helpers.js';
import { ruleTester } from '../../rule-tester.js';
import { departmentWithForms, other, span, works, YEARS } from './inline.js';

// the span in brackets after the name
const bracketed = (body: string) =>
  `山西省非遗保护传承专项资金（2021—2024年）财政重点绩效评价报告\n\n一、项目基本情况\n\n${body}`;
// a whole unit's report over a span of years, the unit no government body
const HOSPITAL = (body: string) =>
  `重庆市綦江区人民医院2022—2024年度单位整体支出绩效评价报告\n\n一、基本情况\n\n${body}\n`;
// a 2023 report presenting a table captioned with a year (U: 表8 2022年度各县…资金下达及支出情况)
const PRESENTS = (caption: string) =>
  [
    '# 沧州市2023年度城乡义务教育补助经费绩效评价报告',
    '',
    '# 一、基本情况',
    '',
    '2022年度各县（市、区）资金下达和支出情况见表8（2022年度资金全部到位，执行率为实际支出÷下达资金）。',
    '',
    caption,
    '',
    '| 县（市、区） | 下达资金（万元） | 实际支出（万元） |',
    '| --- | --- | --- |',
    '| 运河区 | 5,120.30 | 4,880.12 |',
    '',
  ].join('\n');
// a 2023 report saying what it evaluated (U's opening): own place, a year, the own name between 对 and 开展了…评价
const EVALUATES = (sentence: string) =>
  `# 沧州市2023年度城乡义务教育补助经费政策绩效评价报告\n\n# 一、基本情况\n\n${sentence}\n`;
const OPENING = (year: string) =>
  `受沧州市财政局委托，对沧州市${year}年度城乡义务教育补助经费（以下简称“义务教育补助经费”）开展了政策绩效评价。`;
// a 2024 transfer fund over 旗县 with money carried over from 2023 (Y)
const CARRIED = (body: string) =>
  `乌兰察布市2024年城镇保障性安居工程专项资金政策绩效评价报告\n\n一、基本情况\n\n${body}\n`;
const DEPARTMENT = (body: string) =>
  `# 江华县市场监督管理局2024年度部门整体支出绩效评价报告\n\n**评价期间：** 2024年1月1日至2024年12月31日\n\n## 一、评价工作开展情况\n\n${body}\n`;

export const cases = ruleTester(
  wrongYear,
  {
    base: other(
      '一、概况\n\n对2022年城区道路照明维护项目进行绩效评价。截至2022年12月31日，累计支出48万元。2022年度预算安排50万元。',
    ),
    valid: [
      {
        name: 'the evaluated year where the report says what it evaluated, beside its own later writing (2024 notice, number, plans)',
        text: EVALUATES(
          `根据《沧州市财政局关于开展2024年市级财政重点绩效评价工作的通知》（沧财绩〔2024〕8号）要求，${OPENING('2023')}2024年度将进一步完善资金分配办法。`,
        ),
        format: 'md',
      },
      {
        name: 'a later year dating the own name outside the slot of what is evaluated (advice for next year)',
        text: EVALUATES('建议在分配沧州市2024年度城乡义务教育补助经费时，充分运用本次评价结果。'),
        format: 'md',
      },
      {
        name: 'a later year before another fund where the report says what it evaluated is not the own name dated',
        text: EVALUATES('对沧州市2024年度学前教育发展资金（以下简称“学前资金”）开展了政策绩效评价的情况另行报告。'),
        format: 'md',
      },
      {
        name: 'a later year without the own place before it (no title shape)',
        text: EVALUATES('对2024年度城乡义务教育补助经费开展了绩效评价。'),
        format: 'md',
      },
      {
        name: 'a comparison whose clause holds an amount with a thousands comma',
        text: other('一、概况\n\n与2021年度预算1,180.00万元相比增加170.00万元。'),
      },
      {
        name: 'last year given for comparison in the same sentence',
        text: other(
          '一、概况\n\n2021年度项目预算执行率为83.16%，2022年度较上年提高5.34个百分点。与上年相比，该项目2021年度资金绩效评价得分为87.65分。',
        ),
      },
      {
        name: 'document numbers, titles, comparisons, spans, background or later years',
        text: other(
          '一、概况\n\n根据《南康区城市照明专项规划（2020-2025年）》和《关于印发2021年绩效管理办法的通知》（康财绩〔2021〕3号），较2021年新增路灯200盏，与2020年相比能耗下降。2021年，全区启动智慧照明试点。报告于2023年3月1日完成，2023年将继续实施。',
        ),
      },
      {
        name: "a programme's span: the years inside it, the right span, a baseline before it, a year said to be out of scope",
        text: span(
          YEARS,
          '本次评价期间为2021年至2024年。2020年度项目资金不在本次评价范围。截至2019年12月31日，全省农村自来水普及率为80%。',
        ),
      },
      {
        name: 'a period written with dates that is the span in brackets after the name',
        text: bracketed('评价期间为2021年1月1日至2024年12月31日，评价范围包括省本级。'),
      },
      {
        name: 'a sentence presenting a table captioned with last year ("见表8" under "表8 2022年度…") states that year',
        text: PRESENTS('表8 2022年度各县（市、区）资金下达及支出情况'),
        format: 'md',
      },
      {
        name: "a whole unit's report over a span: its own period, and each year's figures of it",
        text: HOSPITAL(
          '本次评价时段为2022年1月1日至2024年12月31日。2022年度预算执行率99.08%，2023年度预算执行率98.81%。',
        ),
      },
      {
        name: "last year's score set against this year's (\"…，本年提高1.75分\") in a department's report with its programmes' forms",
        text: departmentWithForms(),
      },
      {
        name: 'a year before a verb dates the event, not the project: 于2021年启动X项目前期工作',
        text: '元谋县2022—2024年农产品冷链物流园区建设项目财政重点绩效评价报告\n\n一、项目概况\n\n项目于2021年启动元谋县农产品冷链物流园区建设项目前期工作，2022年开工建设。',
      },
      {
        name: "a department's 项目支出 of last year: a spending category beside 基本支出, not the project",
        text: '沛县农业农村局2024年度部门整体支出绩效自评报告\n\n一、部门概况\n\n2024年度项目支出5,812.38万元，2023年度项目支出5,012.51万元。',
      },
      {
        // Y: "2023年结转资金" beside the 2024 fund, in 一（二）, 二（一）'s next clause "不纳入评分", 八（二）
        name: 'a year directly before 结转 / 结余 / 结存: money carried over from that year, not the fund dated wrong',
        text: CARRIED(
          '此外，各旗县市区年初有2023年结转资金1,580.47万元，已于2024年使用。2023年结转资金的使用情况作为背景资料，不纳入评分。2022年度结余资金已全部收回，2023年末结存资金12.50万元。',
        ),
      },
    ],
    invalid: [
      {
        // Y #8: the year inside the fund's own name; a 结余 after the name is no year's carry-over
        name: "an earlier year inside the fund's own name, before a 结转 or not",
        text: CARRIED(
          '评价组认为，乌兰察布市2022年城镇保障性安居工程专项资金政策目标明确。全市2023年城镇保障性安居工程专项资金结余资金已清理。',
        ),
        errors: [
          { messageId: 'wrongYear', actual: '2022年', expected: '2024年' },
          { messageId: 'wrongYear', actual: '2023年', expected: '2024年' },
        ],
      },
      {
        // X #7: a construction project's own name ends in 工程; place + year + name, the year before the project
        name: 'an earlier year inside a …工程 own name (place, year, name), beside the 可研 dated before the build years',
        text: works(
          '2022年11月，平远县发展和改革局批复项目可行性研究报告。\n\n六、评价结论\n\n评价组认为，平远县2021年农村供水保障及管网改造工程立项依据充分。',
        ),
        errors: [{ messageId: 'wrongYear', actual: '2021年', at: '2021年' }],
      },
      {
        name: 'a later year where the report says what it evaluated (对<own place><year>年度<own name>…开展了…评价)',
        text: EVALUATES(OPENING('2024')),
        format: 'md',
        errors: [{ messageId: 'wrongYear', actual: '2024年', expected: '2023年', at: '2024年度' }],
      },
      {
        name: 'an earlier year dating the project or a cut-off date',
        replace: [
          ['对2022年城区', '对2021年城区'],
          ['截至2022年12月31日', '截至2021年12月31日'],
          ['2022年度预算安排', '2021年度预算安排'],
        ],
        errors: [
          { messageId: 'wrongYear', actual: '2021年', expected: '2022年' },
          { messageId: 'wrongYear', actual: '2021年' },
          { messageId: 'wrongYear', actual: '2021年' },
        ],
      },
      {
        // issue 11 item 6: settings.year is the evaluated year identity hands the rule
        name: 'the config dates the report 2023: its title and the years dating the project are 2022',
        settings: { year: 2023 },
        errors: [
          { messageId: 'wrongYear', at: '2022年', excerpt: '城区道路照明维护项目绩效评价报告', expected: '2023年' },
          { messageId: 'wrongYear', at: '2022年', excerpt: '对2022年城区', expected: '2023年' },
          { messageId: 'wrongYear', at: '2022年', excerpt: '截至2022年12月31日', expected: '2023年' },
          { messageId: 'wrongYear', at: '2022年', excerpt: '2022年度预算安排', expected: '2023年' },
        ],
      },
      {
        name: "the year that opens the project's name on the cover; the year most sources give is the right one",
        text: '石阡县2023年度乡村道路养护项目绩效评价报告\n\n项目名称：2022年度乡村道路养护项目\n\n项目单位：石阡县交通运输局\n\n一、概况\n\n2023年度乡村道路养护项目预算50万元。',
        errors: [{ messageId: 'wrongYear', actual: '2022年', expected: '2023年', at: '2022年' }],
      },
      {
        name: 'a cut-off date written in Chinese numerals',
        text: other('一、概况\n\n截至二〇二一年十二月三十一日，项目资金已全部拨付。'),
        errors: [{ messageId: 'wrongYear', at: '二〇二一年', actual: '2021年' }],
      },
      {
        name: 'the project dated a year early, no comparison in the sentence',
        text: other('一、概况\n\n对2021年度城区道路照明维护项目资金开展评价。'),
        errors: [{ messageId: 'wrongYear' }],
      },
      {
        name: "a department-wide report's object dated a year early, not its comparison with that year",
        text: DEPARTMENT(
          '评价对象为江华县市场监督管理局2023年度部门整体支出，范围包括局机关的全部支出。全年决算总额较2023年度部门整体支出决算下降5.2%。',
        ),
        format: 'md',
        errors: [
          { messageId: 'wrongYear', actual: '2023年', expected: '2024年', at: '2023年度', excerpt: '评价对象为' },
        ],
      },
      {
        name: "a one-character county's department titles the report: its year is known, a scope dated a year early is wrong",
        text: '沛县农业农村局2024年度部门整体支出绩效自评报告\n\n一、自评工作\n\n自评范围为本级及所属6个单位2022年度的全部收支。2023年度部门收支总额8,011.56万元。',
        errors: [{ messageId: 'wrongYear', actual: '2022年', expected: '2024年', at: '2022年度' }],
      },
      {
        name: "a programme's span: another span stated as the evaluated period, and a year before the span that dates the project",
        text: span(YEARS, '本次评价期间为2021年至2023年。本项目2019年度预算安排2500万元。'),
        errors: [
          { messageId: 'wrongYear', actual: '2021年至2023年', expected: '2021—2024年' },
          { messageId: 'wrongYear', actual: '2019年', expected: '2021—2024年' },
        ],
      },
      {
        name: "a programme's span: a stale cut-off date about the project's money",
        text: span(YEARS.replace('截至2024年12月31日', '截至2020年12月31日')),
        errors: [{ messageId: 'wrongYear', actual: '2020年' }],
      },
      {
        name: 'a period written with dates that is not the span in brackets after the name',
        text: bracketed('评价期间为2021年1月1日至2023年12月31日，评价范围包括省本级。'),
        errors: [{ messageId: 'wrongYear', actual: '2021年1月1日至2023年12月31日' }],
      },
      {
        name: 'a year dating the fund in a sentence presenting a table whose caption names another year',
        text: PRESENTS('表8 2023年度各县（市、区）资金下达及支出情况'),
        format: 'md',
        errors: [{ messageId: 'wrongYear', actual: '2022年', expected: '2023年', at: '2022年度' }],
      },
      {
        name: "a whole unit's report over a span: a 评价时段 that ends a year short of it",
        text: HOSPITAL('本次评价时段为2022年1月1日至2023年12月31日，评价对象为医院全部收支。'),
        errors: [{ messageId: 'wrongYear', actual: '2022年1月1日至2023年12月31日', expected: '2022—2024年' }],
      },
      {
        name: "a whole unit's report over a span: a 评价期间 that starts a year before it",
        text: HOSPITAL('评价期间为2021年1月1日至2024年12月31日。'),
        errors: [{ messageId: 'wrongYear', actual: '2021年1月1日至2024年12月31日', expected: '2022—2024年' }],
      },
      {
        name: "a department's report with its programmes' forms still dates a stale year",
        text: departmentWithForms('2023年度部门整体支出绩效目标全部完成。'),
        errors: [{ messageId: 'wrongYear', at: '2023年度' }],
      },
    ],
  },
  () => {
    // the evaluated span wrong-year compares with (src/facts/identity/identity.ts, src/facts/lang/years.ts)
    describe('the evaluated span', () => {
      it('is the title’s span when the report names no single year', () => {
        expect(summarizeIdentity(docFromText(span(YEARS)), {}).evaluated).toEqual({ from: 2021, to: 2024 });
        expect(
          summarizeIdentity(docFromText('某县2023年度农村饮水安全项目绩效评价报告\n\n一、概况'), {}).evaluated,
        ).toEqual({ from: 2023, to: 2023 });
      });
      it('dates a clause by one of its years as that year’s part, but not by a cut-off date or a span that holds it', () => {
        const e = { from: 2021, to: 2024 };
        const dated = (s: string) => datesOtherYears(s, 0, s.length, e);
        expect(dated('2022年度预算3000万元')).toBe(true);
        expect(dated('截至2024年12月31日，项目累计支出11400万元')).toBe(false);
        expect(dated('2021—2024年，省财政累计安排项目资金12000万元')).toBe(false);
        expect(datesOtherYears('2022年度预算3000万元', 0, 12, { from: 2022, to: 2022 })).toBe(false);
      });
      it('is read from the name’s bracket', () => {
        expect(summarizeIdentity(docFromText(bracketed('概况。')), {}).evaluated).toEqual({ from: 2021, to: 2024 });
      });
    });
    it.each(SEED_FORMATS)('the seed (%s) dates the evaluated project 2023 once', async (format) => {
      const f = runRule(wrongYear, await readFixture(SEED[format]));
      // "选择2023年决战工业昂起工作经费项目项目进行绩效评价"; not 赣财绩〔2022〕5号
      expect(f.map((x) => [squash(x.locations[0].text), x.expected])).toEqual([['2023年', '2024年']]);
      expect(squash(f[0].locations[0].excerpt)).toContain('选择2023年决战');
    });
  },
);
