import { expect, it } from 'vitest';
import foreignProject from '../../../rules/identity/foreign-project.js';
import { summarizeIdentity } from '../../../src/facts/identity/identity.js';
import { docFromText, readFixture, runRule, SEED, SEED_FORMATS, squash } from '../../helpers.js';
import { ruleTester } from '../../rule-tester.js';
import { DEPARTMENT_MD, departmentWithForms, other, works } from './inline.js';

const township = (place: string) =>
  `天柱县高酿镇2023年村级公益事业一事一议财政奖补项目绩效自评报告\n\n一、项目概况\n\n高酿镇实施一事一议财政奖补项目12个。\n\n七、自评结论\n\n综上，${place}2023年村级公益事业一事一议财政奖补项目决策科学、管理规范。\n`;
/** A city's fund, evaluated with its counties (松阳县, 柏平县 written again and again), a suggestion given. */
const cityFund = (suggestion: string, title = '青原市2024年农村公路养护专项资金政策绩效评价报告') =>
  `${title}\n\n一、基本情况\n\n青原市农村公路养护专项资金下达松阳县、柏平县两地。松阳县到位资金300.00万元，柏平县到位资金200.00万元。松阳县、柏平县均已完成养护任务。\n\n七、意见建议\n\n${suggestion}\n`;
/** A county's bond project: its cover names the project with its county, the title the span. */
const bond = (sentence: string) =>
  `元谋县2022—2024年农产品冷链物流园区建设项目（地方政府专项债券）财政重点绩效评价报告\n\n项目名称：元谋县农产品冷链物流园区建设项目\n\n一、项目概况\n\n${sentence}\n`;
/** U: a city's fund evaluated as a policy, a suggestion of its 七 given. */
const duty = (sentence: string) =>
  `沧州市2023年度城乡义务教育补助经费政策绩效评价报告\n\n一、基本情况\n\n沧州市城乡义务教育补助经费由各县统筹使用。\n\n七、意见建议\n\n${sentence}\n`;
const SLOT = '三、结论\n\n城区绿化提升项目评价得分90分。';
/** A county's fund over two years, its conclusion given the body's sentence. */
const fund = (conclusion: string) =>
  `鹿寨县2023—2024年就业补助资金财政重点绩效评价报告\n\n一、项目概况\n\n鹿寨县就业补助资金两年共安排2,840.00万元。\n\n三、评价结论\n\n${conclusion}\n`;

/** A city bureau's own report (W), its improvements given. */
const bureau = (improvements: string) =>
  `长丰市民政局2024年度部门整体支出绩效自评报告\n\n编报单位：长丰市民政局\n\n一、部门概况\n\n长丰市民政局是市政府工作部门，内设科室8个。\n\n二、存在的问题\n\n长丰市民政局项目前期论证不足。\n\n三、改进措施和建议\n\n${improvements}\n`;

export const cases = ruleTester(
  foreignProject,
  {
    base: other('三、评价结论\n\n综合各项指标，城区道路照明维护项目评价得分91分，评价等级为“优”。'),
    valid: [
      {
        // X (group A): the unit's name holds 项目 ("…项目建设管理中心" on the cover and in the body), a template names
        // a kind of project (政府投资建设项目), and 工程 is also a common noun (工程量, 管网工程, 工程监理)
        name: "a construction project's unit, a kind of project and 工程 as a common noun",
        text: works(
          '项目由平远县城乡供水项目建设管理中心组织实施，平远县水务项目办公室配合。评价组按照我公司政府投资建设项目绩效评价模板开展评价。\n\n六、评价结论\n\n评价组认为，完成管网工程建设的标段工程量与设计一致，工程监理到位，注册造价工程师审核了结算。',
        ),
      },
      {
        // W #8's guard: another bureau, another city's bureau whose sentence promises nothing, the own bureau
        name: "a bureau's improvements: its own commitment, another kind of bureau's, another city's named without one",
        text: bureau(
          '（一）提高预算编制质量。长丰市民政局将细化项目实施计划。（二）加强协同。长丰市财政局将加快资金拨付。平川市民政局的做法值得借鉴，我局将学习平川市民政局经验。',
        ),
      },
      {
        name: "another city's bureau committing outside the improvements (a sentence of the facts)",
        text: bureau('（一）提高预算编制质量。我局将细化项目实施计划。').replace(
          '长丰市民政局是市政府工作部门',
          '平川市民政局将于2025年来访交流，长丰市民政局是市政府工作部门',
        ),
      },
      {
        name: "a duty after 确保: the own fund, a list, another city's fund, and another fund without 确保",
        text: duty(
          '确保沧州市城乡义务教育补助经费当年形成实物工作量。确保沧州市学前教育发展资金、城乡义务教育补助经费当年形成实物工作量。确保邢台市学前教育发展资金当年形成实物工作量。沧州市学前教育发展资金当年形成实物工作量。',
        ),
      },
      {
        // U: with 政策 off the title's name, the opening names the own fund after the own city (沧州市, whose 州
        // was taken for a place's end: "对沧州市" read as another place)
        name: "a policy evaluation's opening: the own city, the evaluated year and the fund's name",
        text: '沧州市2023年度城乡义务教育补助经费政策绩效评价报告\n\n一、基本情况\n\n受沧州市财政局委托，对沧州市2023年度城乡义务教育补助经费（以下简称“补助经费”）开展了政策绩效评价。\n',
      },
      {
        name: "the own project's bonds after 确保, another's in a list or without 确保, a verb before the own name",
        text: bond(
          '于2021年启动元谋县农产品冷链物流园区建设项目前期工作。确保元谋县农产品冷链物流园区建设项目专项债券本息按期偿还。确保元谋县城乡供水一体化建设项目、元谋县农产品冷链物流园区建设项目专项债券本息按期偿还。元谋县城乡供水一体化建设项目专项债券本息按期偿还。',
        ),
      },
      {
        name: 'other projects named as background',
        text: other(
          '一、项目概况\n\n本项目与城区绿化提升项目同步实施，共享施工队伍。\n\n综合各项指标，城区道路照明维护项目评价得分91分。',
        ),
      },
      {
        name: 'a name listed in settings.knownNames',
        text: other(SLOT),
        settings: { knownNames: ['城区绿化提升项目'] },
      },
      {
        name: "the own project said to have met its year's targets",
        text: other('四、主要绩效\n\n通过项目实施，城区道路照明维护项目年度绩效目标基本实现。'),
      },
      { name: "the own project's name under its own township", text: township('高酿镇') },
      { name: "the own project's name under its own county and township", text: township('天柱县高酿镇') },
      {
        // issue 11 item 6: the config's name and its place reach identity.ownPlace and the report's own naming
        name: 'the township the config names the project under is its own',
        text: township('渡马镇'),
        settings: { projectName: '渡马镇2023年村级公益事业一事一议财政奖补项目' },
      },
      {
        name: 'the own fund under the own city, its counties, a firm of a county, and a place read two ways (和平市)',
        text: cityFund(
          '建议市财政局对青原市2024年农村公路养护专项资金结余资金进行清理。对松阳县2024年农村公路养护专项资金加强监管。柏平县农村公路养护专项资金管理规范。松阳县路达农村公路养护专项资金管理有限公司承担养护。建议对和平市2024年农村公路养护专项资金开展复核。',
        ),
      },
      {
        name: "the own fund after 对 and 对象为 under the own city, in the evaluation team's sentence",
        text: cityFund(
          '受青原市财政局委托，组成评价组，对青原市农村公路养护专项资金开展评价。本次评价对象为青原市农村公路养护专项资金。',
        ),
      },
      {
        name: "the own fund under the own city, the title's place after its year",
        text: cityFund(
          '（二）养护跟踪不足。青原市农村公路养护专项资金对养护补助以一次性拨付为主。',
          '2024年度青原市农村公路养护专项资金绩效评价报告',
        ),
      },
      {
        name: 'a firm whose name holds 项目 is no project',
        text: other(
          '一、概况\n\n评价机构：湖北楚衡项目管理咨询有限公司',
          '项目名称：城区道路照明维护项目\n评价机构：湖北楚衡项目管理咨询有限公司',
        ),
      },
      {
        name: 'the own name in those places, and "计划资金"',
        text: other(
          '一、概况\n\n本次评价对象为城区道路照明维护项目，计划资金50万元。\n\n综上所述，城区道路照明维护项目2023年度自评得分95分。',
        ),
      },
      {
        name: 'the programmes a department-wide report names are its own (部门整体支出 is no project)',
        text: DEPARTMENT_MD,
        format: 'md',
      },
      {
        // identity.departmentWide: a unit's whole spending (单位整体) as a department's (部门整体)
        name: "the programmes a unit's whole-spending report names are its own (单位整体支出 is no project)",
        text: '重庆市綦江区人民医院2024年度单位整体支出绩效自评报告\n\n一、基本情况\n\n本院实施医疗设备购置项目等3个项目。\n\n三、自评结论\n\n综上，医疗设备购置项目自评得分95分。\n',
      },
      {
        name: "each one's money (各设区市资金) is no project",
        text: other('五、各设区市资金使用情况\n\n各设区市资金使用情况良好。'),
      },
      {
        name: 'a sub-programme named again and again is no leftover',
        text: other(
          '三、子项目\n\n评价组成员张三负责路灯节能改造项目评价工作。路灯节能改造项目完成改造。路灯节能改造项目验收合格。路灯节能改造项目资金到位。',
        ),
      },
      {
        name: "a department's report: the forms' 项目名称 name its programmes, not the report's object",
        text: departmentWithForms(),
      },
      {
        name: "a fund the report calls another of its kind ('同类X资金预算…') is no leftover",
        text: other(
          '一、项目概况\n\n2021年度，全县安排同类农村饮水安全巩固提升资金预算3,650.00万元，实际支出3,412.75万元。',
        ),
      },
      {
        name: "another project named with amounts of its own in a programme's section is another project",
        text: departmentWithForms(undefined, '临沂市2024年度青少年校园足球推广项目全年预算120.00万元，另行评价。'),
      },
      {
        name: 'a slip inside the own name, the mention keeping the county the title writes before its year, is no other project',
        text: '舒城县2024年供水保障项目绩效评价报告\n\n一、评价对象\n\n本次评价对象为舒城县供水保章项目。\n',
      },
      ...(
        [
          ['the own name', '评价组认为，鹿寨县就业补助资金2023—2024年度资金投入及时。'],
          ['a list of funds', '综上，鹿寨县职业教育发展专项资金、鹿寨县就业补助资金均按规定使用。'],
          ['a comparison', '总体来看，鹿寨县职业教育发展专项资金与本项目相比执行较慢。'],
          ['a predecessor dated before the name', '综上，2021年度鹿寨县职业教育发展专项资金执行率较低。'],
          ['a predecessor dated after the name', '评价组认为，鹿寨县职业教育发展专项资金2021年度已结束。'],
          ['a document title', '综上，《鹿寨县职业教育发展专项资金管理办法》已修订。'],
          ["another county's fund", '评价组认为，融安县职业教育发展专项资金的做法值得借鉴。'],
        ] as const
      ).map(([what, conclusion]) => ({
        name: `after the conclusion's opener, no other project's slot: ${what}`,
        text: fund(conclusion),
      })),
    ],
    invalid: [
      {
        // X #8's family, in a slot: another county's …工程 as the evaluated subject
        name: "another county's …工程 where the own project's score stands",
        text: works('六、评价结论\n\n蕉岭县城区雨污分流排涝工程评价得分87.26分。'),
        errors: [{ messageId: 'foreign', at: '蕉岭县城区雨污分流排涝工程' }],
      },
      {
        // W #8: another city's bureau of the own kind as the subject of the department's own commitment
        name: "a bureau's improvements: another city's 民政局 commits where the own bureau belongs",
        text: bureau('（一）提高预算编制质量。平川市民政局将在编制2026年度部门预算时细化项目实施计划。'),
        errors: [{ messageId: 'unit', at: '平川市民政局', expected: '长丰市民政局', actual: '平川市民政局' }],
      },
      {
        // U #9: the evaluated fund's duty (确保X当年形成实物工作量) names another fund: a leftover
        name: "another fund where a verb of obligation lays the report's duty on its subject: 确保X当年形成实物工作量",
        text: duty('按工程进度及时拨付资金，确保沧州市学前教育发展资金当年形成实物工作量。'),
        errors: [{ messageId: 'foreign', at: '沧州市学前教育发展资金', expected: '城乡义务教育补助经费' }],
      },
      {
        name: "another project whose bonds the report's own income repays: 确保X专项债券本息按期偿还",
        text: bond('按月将项目收入归集至偿债资金专户，确保元谋县城乡供水一体化建设项目专项债券本息按期偿还。'),
        errors: [
          { messageId: 'foreign', at: '元谋县城乡供水一体化建设项目', expected: '元谋县农产品冷链物流园区建设项目' },
        ],
      },
      {
        name: 'another programme as the subject of the conclusion: 评价组认为，X2023—2024年度…',
        text: fund('评价组认为，鹿寨县职业教育发展专项资金2023—2024年度资金投入及时，补贴标准执行规范。'),
        errors: [{ messageId: 'foreign', at: '鹿寨县职业教育发展专项资金', expected: '就业补助资金' }],
      },
      {
        name: 'the same after 综上 or 总体来看, with no year',
        text: fund('综上，职业教育发展专项资金管理规范。总体来看，农村劳动力转移培训项目实施效果明显。'),
        errors: [
          { messageId: 'foreign', at: '职业教育发展专项资金' },
          { messageId: 'foreign', at: '农村劳动力转移培训项目' },
        ],
      },
      {
        name: 'another project where the own name belongs',
        replace: [
          '综合各项指标，城区道路照明维护项目评价得分91分',
          '综合各项指标，乡镇卫生院设备购置补助资金项目评价得分91分',
        ],
        errors: [{ messageId: 'foreign', at: '乡镇卫生院设备购置补助资金项目', expected: '城区道路照明维护项目' }],
      },
      {
        name: 'an attachment title naming another project',
        text: other('附件：农村公路养护工程专项资金部门评价表\n\n见下表。'),
        errors: [{ messageId: 'foreign', at: '农村公路养护工程专项资金' }],
      },
      {
        name: 'another project in the slot of the evaluated one, not in settings.knownNames',
        text: other(SLOT),
        errors: [{ messageId: 'foreign', at: '城区绿化提升项目' }],
      },
      {
        name: 'where the evaluated object is named: 评价对象为X',
        text: other('一、概况\n\n本次评价对象为农村义务教育学生营养改善计划专项资金，评价范围包括资金投入。'),
        errors: [{ messageId: 'foreign', at: '农村义务教育学生营养改善计划专项资金' }],
      },
      {
        name: 'where the evaluated object is named: X项目2023年度自评得分',
        text: other('三、结论\n\n综上所述，城乡居民医疗救助资金项目2023年度自评得分95分。'),
        errors: [{ messageId: 'foreign', at: '城乡居民医疗救助资金项目' }],
      },
      {
        name: 'in the sentence on the use of the results: 作为X以后年度预算申报的依据',
        text: other('六、自评结果应用\n\n自评结果将作为文物保护专项资金项目以后年度预算申报的重要依据。'),
        errors: [{ messageId: 'foreign', at: '文物保护专项资金项目' }],
      },
      {
        name: "the project said to have met its year's targets: X项目年度绩效目标基本实现",
        text: other('四、主要绩效\n\n通过项目实施，林业有害生物防治项目年度绩效目标基本实现，群众满意度明显提升。'),
        errors: [{ messageId: 'foreign', at: '林业有害生物防治项目' }],
      },
      {
        name: "the own project's name under another township, named nowhere else",
        text: township('渡马镇'),
        errors: [
          {
            messageId: 'otherPlace',
            at: '渡马镇2023年村级公益事业一事一议财政奖补项目',
            expected: '天柱县高酿镇',
            actual: '渡马镇',
          },
        ],
      },
      {
        name: "the own project's name under another county, the report's own given by the cover's name (no place in the title)",
        text: '2024年草原生态保护补助奖励项目绩效自评报告\n\n项目名称：祁连县2024年草原生态保护补助奖励项目\n\n一、项目概况\n\n祁连县草原面积大。\n\n七、自评结论\n\n综上，门源县2024年草原生态保护补助奖励项目决策科学。\n',
        errors: [
          { messageId: 'otherPlace', at: '门源县2024年草原生态保护补助奖励项目', expected: '祁连县', actual: '门源县' },
        ],
      },
      {
        // Y #7's shape: the place after 对, the year between it and the fund's name
        name: 'the own fund under another city after 对, named nowhere else',
        text: cityFund('建议市住房和城乡建设局会同市财政局对滨川市2024年农村公路养护专项资金结余资金进行清理。'),
        errors: [
          {
            messageId: 'otherPlace',
            at: '滨川市2024年农村公路养护专项资金',
            expected: '青原市',
            actual: '滨川市',
          },
        ],
      },
      {
        // Z #8's shape: the title's place after its year, another city opening the name in a run-in paragraph
        name: "the own fund under another city opening its name, the title's place after its year",
        text: cityFund(
          '（二）养护跟踪不足。滨川市农村公路养护专项资金对养护补助以一次性拨付为主。',
          '2024年度青原市农村公路养护专项资金绩效评价报告',
        ),
        errors: [{ messageId: 'otherPlace', at: '滨川市农村公路养护专项资金', expected: '青原市', actual: '滨川市' }],
      },
      {
        // the own name opens with a word that reads as a place (城镇): the place before the year decides
        name: "another city's fund of an own name that opens with 城镇, the place after 对",
        text: cityFund(
          '建议对滨川市2024年城镇燃气改造专项资金结余资金进行清理。',
          '青原市2024年城镇燃气改造专项资金政策绩效评价报告',
        ).replace(/农村公路养护/g, '城镇燃气改造'),
        errors: [
          { messageId: 'otherPlace', at: '滨川市2024年城镇燃气改造专项资金', expected: '青原市', actual: '滨川市' },
        ],
      },
      {
        name: 'another project named once where the own belongs',
        text: other('三、评价组织\n\n评价组成员张三负责路灯节能改造项目评价工作。'),
        errors: [{ messageId: 'foreign', actual: '路灯节能改造项目' }],
      },
      {
        name: 'another project before 后续年度预算',
        text: other('四、建议\n\n建议在乡镇卫生院设备购置补助资金后续年度预算申报中运用评价结果。'),
        errors: [{ messageId: 'foreign', actual: '乡镇卫生院设备购置补助资金' }],
      },
      {
        name: "another project's name opening a sentence that states the programme's own amounts, in its section",
        text: departmentWithForms(
          undefined,
          '临沂市2024年度青少年校园足球推广项目全年预算680.00万元，全年执行652.80万元。',
        ),
        errors: [
          {
            messageId: 'programme',
            at: '2024年度青少年校园足球推广项目',
            expected: '临沂市2024年度健身设施建设补助项目',
          },
        ],
      },
    ],
  },
  () => {
    it("a department's report with its programmes' forms is about the department", () => {
      expect(summarizeIdentity(docFromText(departmentWithForms()), {})).toEqual({
        projectName: '部门整体',
        year: 2024,
        evaluated: { from: 2024, to: 2024 },
      });
    });
    it.each(SEED_FORMATS)(
      'the seed (%s) names the other project in the contents and the conclusion',
      async (format) => {
        const f = runRule(foreignProject, await readFixture(SEED[format]));
        // 目录 "附件：基本公共卫生服务补助资金项目部门评价表"; 结论 "基本公共卫生服务补助资金项目评价得分98分"
        expect(f.map((x) => squash(x.locations[0].text))).toEqual([
          '基本公共卫生服务补助资金项目',
          '基本公共卫生服务补助资金项目',
        ]);
        expect(f.map((x) => squash(x.locations[0].excerpt))).toEqual([
          expect.stringContaining('附件：基本公共卫生服务补助资金项目部门评价表'),
          expect.stringContaining('基本公共卫生服务补助资金项目评价得分98分'),
        ]);
      },
    );
  },
);
