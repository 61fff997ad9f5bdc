import { expect, it } from 'vitest';
import nameVariant from '../../../rules/identity/name-variant.js';
import { readFixture, runRule, SEED, SEED_FORMATS, squash } from '../../helpers.js';
import { ruleTester } from '../../rule-tester.js';
import { departmentWithForms, other, works } from './inline.js';

/** A county's programme: the title writes the county before the years, the name's core leaves it out. */
const county = (body: string, place = '舒城县') =>
  `${place}2022—2024年农村供水保障工程建设项目财政重点绩效评价报告\n\n一、项目概况\n\n${body}\n`;
const SLIP = '落实村级管水员报酬，为舒城县农村供水保章工程建设项目后续运行管护提供资金保障。';
/** A county's fund over two years: the name's core (就业) is short, its tail (补助资金) long. */
/** A city's fund titled "YYYY年度<city><name>": the own name, the city kept, written three times in the body. */
const cityFund = (body: string) =>
  `2024年度青原市农业科技推广专项资金绩效评价报告\n\n一、基本情况\n\n青原市农业科技推广专项资金用于良种示范。青原市农业科技推广专项资金共安排800.00万元。\n\n二、问题\n\n青原市农业科技推广专项资金拨付及时。${body}\n`;
/** A unit's whole-spending report: the cover names the evaluated unit, the body writes its name again. */
const unit = (body: string, kind = '单位整体支出') =>
  `重庆市某区人民医院2022—2024年度${kind}绩效评价报告\n\n被评价单位：重庆市某区人民医院\n\n一、基本情况\n\n重庆市某区人民医院是公益二类事业单位。\n\n二、意见和建议\n\n${body}\n`;
/** A city's fund evaluated as a policy (U): 政策 in the title, the city before its year, the city's 州 mid-name. */
const policy = (body: string) =>
  `沧州市2023年度城乡义务教育补助经费政策绩效评价报告\n\n一、基本情况\n\n沧州市城乡义务教育补助经费由各县统筹使用。\n\n二、问题\n\n${body}\n`;
/** A bureau's own report (民政局), the cover writing its name. */
const bureau = (body: string) =>
  `长丰市民政局2024年度部门整体支出绩效自评报告\n\n部门名称：长丰市民政局\n\n一、基本情况\n\n长丰市民政局是市政府工作部门。\n\n二、自评工作\n\n${body}\n`;
const fund = (body: string) => `鹿寨县2023—2024年就业补助资金财政重点绩效评价报告\n\n一、项目概况\n\n${body}\n`;

export const cases = ruleTester(
  nameVariant,
  {
    base: other('一、概况\n\n为客观评价城区道路照明维护项目的效益情况，开展问卷调查。'),
    valid: [
      {
        name: 'the name with a unit or year prefix, another tail or an abbreviation',
        text: other(
          '一、概况\n\n南康区城管局2022年城区道路照明维护资金共使用48万元。对南康区城市管理局城区道路照明维护项目进行绩效评价。22年城区道路照明维护经费到位及时，城区照明维护项目按期完成。',
        ),
      },
      {
        name: 'a name a whole word apart that the report writes the same way again (with or without the county) is another subject',
        text: county(
          '舒城县农村供水保障工程管护项目由各乡镇实施。农村供水保障工程管护资金由县级安排。舒城县农村供水保障工程建设项目按期完工。',
        ),
      },
      {
        name: 'real words after the own name are no slip in its suffix (资金管理办法, 资料, 资格, 基金, 资方)',
        text: fund(
          '按照《鹿寨县就业补助资金管理办法》执行。就业补助资料齐全，就业补助资格审核严格，就业补助基金另行核算，就业补助资方明确。',
        ),
      },
      {
        // the slipped phrase written twice is a phrase of the report's own, not a slip
        name: 'a real word in an earlier suffix word (转向 for 专项), where the slipped name recurs',
        text: cityFund('青原市农业科技推广转向资金密集型产业。青原市农业科技推广转向资金密集型产业的步伐加快。'),
      },
      {
        // another entity: the same-sound writing recurs identically, as a name of its own would
        name: 'a same-sound writing of an earlier suffix word (砖像 for 专项) written twice',
        text: cityFund('青原市农业科技推广砖像资金另行核算。青原市农业科技推广砖像资金由乡镇管理。'),
      },
      {
        name: 'an earlier suffix word changed to other syllables (转换 for 专项, zhuanhuan), written once',
        text: cityFund('青原市农业科技推广转换资金的绩效目标以数量指标为主。'),
      },
      {
        name: 'an earlier suffix word changed where the rest of the name does not follow (转向支持, 专用资金 alone)',
        text: cityFund('青原市农业科技推广转向支持品种改良。'),
      },
      {
        name: "a department's report: its programmes named as their forms write them, and with the year or county left out",
        text: departmentWithForms(
          undefined,
          '健身设施建设补助项目全年预算680.00万元。临沂市竞技体育后备人才培养项目全年执行。',
        ),
      },
      {
        // another institution one character apart (法院 is a word), another district's
        name: "the evaluated unit beside other units one character apart: 人民法院, another district's",
        text: unit('重庆市某区人民法院、重庆市某县人民医院、重庆市某区人民医院二分院协同开展义诊。'),
      },
      {
        name: 'a policy evaluation names its fund with and without its city and as a policy: its own name',
        text: policy('对沧州市城乡义务教育补助经费政策开展评价，城乡义务教育补助经费按时下达。'),
      },
      {
        name: "a project's report names its unit: a unit's slip is not checked there",
        text: unit('重庆市某区人民医阮应结合考核指标设置指标。', '危重孕产妇救治中心建设项目'),
      },
      {
        // W: 财政 / 民政 are two words, each a bureau of its own; the notice's issuer in 《…》, and outside it
        name: "another bureau of the unit's city (财政局 beside 民政局) is another unit, not a slip",
        text: bureau(
          '根据《长丰市财政局关于开展2024年度市级预算绩效自评工作的通知》，我局开展自评。长丰市财政局下达资金。',
        ),
      },
      {
        name: "a unit inside 《…》 is the document's issuer (民宗局, its word unknown), not the report's own misnamed",
        text: bureau('按照《长丰市民宗局关于做好2024年度宗教场所补助工作的通知》，我局配合开展工作。'),
      },
    ],
    invalid: [
      {
        // X #9: 管网 → 官网 inside a name ending in 工程, its conjunction 及 kept inside the name
        name: 'a slip inside a …工程 own name joined by 及',
        text: works('八、存在问题\n\n平远县农村供水保障及官网改造工程共发生变更签证12项。'),
        errors: [
          { messageId: 'typo', at: '平远县农村供水保障及官网改造工程', expected: '平远县农村供水保障及管网改造工程' },
        ],
      },
      {
        name: "a bureau's own name with a character slipped (民攻局)",
        text: bureau('长丰市民攻局将在编制下一年度预算时加强论证。'),
        errors: [{ messageId: 'typo', at: '长丰市民攻局', expected: '长丰市民政局' }],
      },
      {
        // V #10: 院 → 阮 in the evaluated hospital's name, in a body sentence and in a heading the reader takes
        name: "a unit's whole-spending report: a one-character slip of the evaluated unit's own name",
        text: unit('（四）完善绩效目标，重庆市某区人民医阮应结合公立医院绩效考核指标设置指标。'),
        errors: [{ messageId: 'typo', at: '重庆市某区人民医阮', expected: '重庆市某区人民医院' }],
      },
      {
        // U #10: the name was read with 政策, and 沧州市 came off as 沧州, leaving 市 on the slipped name
        name: "a slip in a policy evaluation's fund name, written with its city (沧州市: 州 mid-place)",
        text: policy('截至2023年底，沧州市城乡义务教肓补助经费中的结转资金3,700.88万元。'),
        errors: [{ messageId: 'typo', at: '沧州市城乡义务教肓补助经费', expected: '沧州市城乡义务教育补助经费' }],
      },
      {
        name: "a department's report: a slip inside one of its programmes' names (as its form writes it)",
        text: departmentWithForms(
          undefined,
          '临沂市2024年度健身设施建没补助项目全年预算680.00万元，全年执行652.80万元。',
        ),
        errors: [{ messageId: 'typo', at: '健身设施建没补助项目', expected: '健身设施建设补助项目' }],
      },
      {
        name: "a slip in the name's suffix word ends the mention early: 就业补助资全 for 就业补助资金",
        text: fund('建立动态补岗机制，为鹿寨县就业补助资全规范使用提供制度保障。'),
        errors: [{ messageId: 'typo', at: '鹿寨县就业补助资全', expected: '鹿寨县就业补助资金' }],
      },
      {
        // Z #9's shape: 专项 → 转向 (the same sound, an IME slip), a real word, before the rest of the name (资金)
        name: 'a slip in the second-to-last suffix word, a real word, written once while the own name recurs',
        text: cityFund('（四）绩效目标设置不够完善。青原市农业科技推广转向资金的绩效目标以数量指标为主。'),
        errors: [{ messageId: 'typo', at: '青原市农业科技推广转向资金', expected: '青原市农业科技推广专项资金' }],
      },
      {
        // any writing of the syllables the input method offers, not a list of them: zhuanxiang, tones ignored
        name: 'both characters of an earlier suffix word slipped to the same sound (砖像 for 专项), written once',
        text: cityFund('青原市农业科技推广砖像资金的绩效目标以数量指标为主。'),
        errors: [{ messageId: 'typo', at: '青原市农业科技推广砖像资金', expected: '青原市农业科技推广专项资金' }],
      },
      {
        name: 'a slip in an earlier suffix word that is no word (专顶 for 专项)',
        text: cityFund('青原市农业科技推广专顶资金的绩效目标以数量指标为主。'),
        errors: [{ messageId: 'typo', at: '青原市农业科技推广专顶资金', expected: '青原市农业科技推广专项资金' }],
      },
      {
        name: 'a one-character slip inside the name, the mention keeping the county the title writes before its years',
        text: county(SLIP),
        errors: [
          { messageId: 'typo', at: '舒城县农村供水保章工程建设项目', expected: '舒城县农村供水保障工程建设项目' },
        ],
      },
      {
        name: 'the same when the title writes the province too',
        text: county(SLIP, '安徽省舒城县'),
        errors: [{ messageId: 'typo', expected: '舒城县农村供水保障工程建设项目' }],
      },
      {
        name: 'a name a whole word apart written once, in a sentence: a slip',
        text: county('舒城县农村供水保障工程管护项目按期完工。'),
        errors: [{ messageId: 'typo', expected: '舒城县农村供水保障工程建设项目' }],
      },
      {
        name: 'a typo, with the right name as expected',
        replace: ['城区道路照明维护项目的效益', '城区道路照明维修项目的效益'],
        errors: [{ messageId: 'typo', at: '城区道路照明维修项目', expected: '城区道路照明维护项目' }],
      },
      {
        name: 'a stale name where the own name belongs',
        text: other('一、概况\n\n选择城区道路亮化改造项目进行绩效评价。'),
        errors: [{ messageId: 'variant', at: '城区道路亮化改造项目' }],
      },
    ],
  },
  () => {
    it.each(SEED_FORMATS)(
      "the seed (%s) has last year's name three times, 工资经费 once and 经费资金项目 once",
      async (format) => {
        const f = runRule(nameVariant, await readFixture(SEED[format]));
        expect(f.map((x) => [squash(x.locations[0].text), x.expected])).toEqual([
          ['决战工业昂起工作经费项目', '工业倍增升级工作经费项目'], // 项目时间： 2024年决战工业昂起工作经费项目
          ['决战工业昂起工作经费项目', '工业倍增升级工作经费项目'], // 选择2023年决战工业昂起工作经费项目项目进行绩效评价
          ['决战工业昂起工作经费项目', '工业倍增升级工作经费项目'], // 实施工信局决战工业昂起工作经费项目绩效评价工作
          ['工业倍增升级工作经费资金项目', '工业倍增升级工作经费项目'], // 详见附件：工信局2024年工业倍增升级工作经费资金项目部门评价表
          ['工业倍增升级工资经费项目', '工业倍增升级工作经费项目'], // 为客观评价工业倍增升级工资经费项目效益情况
        ]);
        expect(squash(f[1].locations[0].excerpt)).toContain('选择2023年决战工业昂起');
        expect(squash(f[2].locations[0].excerpt)).toContain('实施工信局决战工业昂起');
      },
    );
  },
);
