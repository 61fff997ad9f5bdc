import { describe, expect, it } from 'vitest';
import { docFromText, readFixture, SEED, SEED_FORMATS, fixture } from '../helpers.js';
import { identify, identityBasics, summarizeIdentity } from '../../src/facts/identity/identity.js';
import { findYears, inDocumentNumber } from '../../src/facts/lang/years.js';
import { findUnits, sameUnit } from '../../src/facts/identity/units.js';
import { isComparison } from '../../src/facts/lang/other-year.js';
import { cleanProjectName, projectCoreOf } from '../../src/facts/identity/project-name.js';

describe('identity facts', () => {
  it.each(SEED_FORMATS)('reads the seed (%s): name from the title, 2024, the cover units', async (format) => {
    const id = identify(await readFixture(SEED[format]), {});
    expect(id.projectName).toBe('工业倍增升级工作经费项目');
    expect(id.year).toBe(2024);
    expect(id.units).toMatchObject({ 主管部门: '工信局', 项目单位: '工信局', 评价单位: '信丰县工业和信息化局' });
    expect(id.mentions.projects.some((m) => m.name === '基本公共卫生服务补助资金项目')).toBe(true);
  });
  it("shares one place object per paragraph between a project's mention and the year that opens its name", () => {
    // identity/wrong-year knows "2023年X项目" dates the project by that place and the year's offset
    const id = identify(
      docFromText(
        '2022年度城区道路照明维护项目绩效评价报告\n\n一、概况\n\n对2021年度城区道路照明维护项目资金开展评价。',
      ),
      {},
    );
    const dated = id.mentions.projects.filter((m) => m.yearPrefix?.value === 2021);
    expect(dated).toHaveLength(1);
    const year = id.mentions.years.find((y) => y.value === 2021)!;
    expect(year.place).toBe(dated[0].place);
    expect(year.start).toBe(dated[0].yearPrefix!.start);
  });
  it('reads the other report: 2023, its own name', async () => {
    const s = summarizeIdentity(await readFixture(fixture('other', 'other-report.txt')), {});
    expect(s).toEqual({ projectName: '农村饮水安全工程维修养护资金', year: 2023, evaluated: { from: 2023, to: 2023 } });
  });
  it('lets settings override', async () => {
    expect(summarizeIdentity(await readFixture(SEED.txt), { projectName: 'X项目', year: 2030 })).toEqual({
      projectName: 'X项目',
      year: 2030,
      evaluated: { from: 2030, to: 2030 },
    });
  });
  it('cleans names from titles', () => {
    expect(cleanProjectName('信丰县工信局2024年度工业倍增升级工作经费项目部门评价报告')).toMatchObject({
      name: '工业倍增升级工作经费项目',
      year: 2024,
    });
    expect(cleanProjectName('关于2023年农村饮水工程维修资金绩效评价的报告')).toMatchObject({
      name: '农村饮水工程维修资金',
      year: 2023,
    });
    // a place before the year is no part of the name
    expect(cleanProjectName('石阡县2023年度财政衔接推进乡村振兴补助资金项目绩效评价报告')).toMatchObject({
      name: '财政衔接推进乡村振兴补助资金项目',
      year: 2023,
    });
    // 政策 (和专项资金) right before 绩效评价报告 names the kind of evaluation (U); a policy's name keeps 政策
    expect(cleanProjectName('沧州市2023年度城乡义务教育补助经费政策绩效评价报告')).toMatchObject({
      name: '城乡义务教育补助经费',
      year: 2023,
      place: '沧州市',
    });
    expect(cleanProjectName('2023年度城乡义务教育补助经费政策和专项资金绩效评价报告')).toMatchObject({
      name: '城乡义务教育补助经费',
    });
    expect(cleanProjectName('某县2023年度政策性农业保险保费补贴项目绩效评价报告')).toMatchObject({
      name: '政策性农业保险保费补贴项目',
    });
    // 专项资金 / 资金 right before 绩效评价报告 stay with the name
    expect(cleanProjectName('2022年度学生资助专项资金绩效评价报告')).toMatchObject({
      name: '学生资助专项资金',
      year: 2022,
    });
    expect(cleanProjectName('2023年度乡村道路养护资金绩效评价报告')).toMatchObject({
      name: '乡村道路养护资金',
      year: 2023,
    });
    // a programme's span is no part of the name; "（2024年度资金）" says which year's money; "财政重点" is the kind of evaluation
    expect(cleanProjectName('虞城县2022—2024年老旧小区改造项目（2024年度资金）')).toMatchObject({
      name: '老旧小区改造项目',
      year: 2024,
      span: { from: 2022, to: 2024 },
    });
    expect(cleanProjectName('2024年度财政重点绩效评价报告')).toBeNull();
    // a whole unit's report: any institution before the year or span, which is the evaluated period
    expect(cleanProjectName('重庆市綦江区人民医院2022—2024年度单位整体支出绩效评价报告')).toEqual({
      name: '单位整体',
      year: null,
      span: { from: 2022, to: 2024 },
      place: null,
    });
    expect(cleanProjectName('重庆市綦江区人民医院2024年度单位整体支出绩效评价报告')).toMatchObject({
      year: 2024,
      span: null,
    });
    expect(cleanProjectName('重庆市綦江区人民医院2024—2022年度单位整体支出绩效评价报告')).toBeNull();
    // a note after the report words (a PDF's subtitle line joined to the title): what the report holds, or its draft
    expect(
      cleanProjectName('滨川市青原区民政局2024年度部门整体支出绩效自评报告（含部门整体支出绩效自评表）'),
    ).toMatchObject({
      name: '部门整体',
      year: 2024,
    });
    expect(cleanProjectName('松阳县2023年度乡村道路养护资金绩效评价报告（送审稿）')).toMatchObject({
      name: '乡村道路养护资金',
      year: 2023,
    });
    // a bracket in the name's middle, or one with a year, is not such a note
    expect(cleanProjectName('2023年度乡村道路（农村公路）养护资金绩效评价报告')).toMatchObject({
      name: '乡村道路（农村公路）养护资金',
    });
    expect(cleanProjectName('虞城县2022—2024年老旧小区改造项目（')).toMatchObject({
      name: '老旧小区改造项目',
      year: null,
    });
    // a county and a township before the year: the project's place, kept apart
    expect(cleanProjectName('天柱县高酿镇2023年村级公益事业一事一议财政奖补项目绩效自评报告')).toMatchObject({
      name: '村级公益事业一事一议财政奖补项目',
      year: 2023,
      place: '天柱县高酿镇',
    });
    expect(cleanProjectName('舒城县2022—2024年农村供水保障工程建设项目财政重点绩效评价报告')).toMatchObject({
      name: '农村供水保障工程建设项目',
      span: { from: 2022, to: 2024 },
      place: '舒城县',
    });
    // the year after the name (the county before it stays: names are compared by their core, without it)
    expect(cleanProjectName('平武县森林草原防灭火能力提升项目2024年度绩效自评报告')).toMatchObject({
      name: '平武县森林草原防灭火能力提升项目',
      year: 2024,
      place: null,
    });
  });
  it('reads a one-character county before a unit in a title, not a determiner', () => {
    expect(cleanProjectName('沛县农业农村局2024年度部门整体支出绩效自评报告')).toMatchObject({
      name: '部门整体',
      year: 2024,
    });
    expect(findUnits('沛县农业农村局').map((u) => u.text)).toEqual(['沛县农业农村局']);
    expect(findUnits('2.滑县财政局').map((u) => u.text)).toEqual(['滑县财政局']);
    expect(findUnits('本县财政局').map((u) => u.text)).toEqual(['财政局']);
    expect(findUnits('全市农业农村局').map((u) => u.text)).toEqual(['农业农村局']);
  });
  it("takes no list's column header 项目名称 for the report's name", () => {
    const list =
      '沛县农业农村局2024年度部门整体支出绩效自评报告\n\n一、概况\n\n| 项目名称 | 实施单位 | 年初预算 | 2023年执行 |\n| --- | --- | --- | --- |\n| 动物防疫补助经费 | 动物疫病预防控制中心 | 386.00 | 372.90 |\n| 基层农技推广补助项目 | 农业技术推广中心 | 180.00 | 176.20 |\n';
    // two lists (表13 and 附件7) outvote the title when their header counts as a field
    expect(
      identityBasics(docFromText(`${list}\n二、附件\n\n${list.split('一、概况\n\n')[1]}`, 'md'), {}),
    ).toMatchObject({
      projectName: '部门整体',
      year: 2024,
    });
  });
  it("takes 确保X专项债券本息按期偿还 as the own project's slot, a verb before a name as no part of it", () => {
    const doc = docFromText(
      '元谋县2022—2024年农产品冷链物流园区建设项目财政重点绩效评价报告\n\n一、概况\n\n于2021年启动元谋县农产品冷链物流园区建设项目前期工作。确保元谋县城乡供水一体化建设项目专项债券本息按期偿还。元谋县城乡供水一体化建设项目专项债券本息按期偿还。\n',
    );
    const ms = identify(doc, {}).mentions.projects.filter((m) => m.place.role === 'body');
    expect(ms.map((m) => [m.name, m.yearPrefix?.value ?? null, m.slot])).toEqual([
      ['元谋县农产品冷链物流园区建设项目', null, false],
      ['元谋县城乡供水一体化建设项目', null, true],
      ['元谋县城乡供水一体化建设项目', null, false],
    ]);
  });
  it("knows the project's place the title writes before its year, also when the config names the project", () => {
    const doc = docFromText(
      '舒城县2022—2024年农村供水保障工程建设项目财政重点绩效评价报告\n\n一、项目概况\n\n正文。\n',
    );
    expect(identityBasics(doc, {})).toMatchObject({ projectCore: '农村供水保障工程建设', projectPlace: '舒城县' });
    expect(identityBasics(doc, { projectName: '农村供水保障工程建设项目' }).projectPlace).toBe('舒城县');
    expect(identityBasics(doc, { projectName: '安徽省舒城县2022年农村供水保障工程建设项目' }).projectPlace).toBe(
      '安徽省舒城县',
    );
    expect(identityBasics(docFromText('农村供水保障工程建设项目绩效评价报告\n\n正文。\n'), {}).projectPlace).toBeNull();
    // the cover's field wins the name, the title still gives the place
    const covered = docFromText(
      '元谋县2022—2024年农产品冷链物流园区建设项目财政重点绩效评价报告\n\n项目名称：元谋县农产品冷链物流园区建设项目\n\n一、概况\n\n正文。\n',
    );
    expect(identityBasics(covered, {})).toMatchObject({
      projectName: '元谋县农产品冷链物流园区建设项目',
      projectPlace: '元谋县',
    });
  });
  it('knows where the project is: the place its name keeps apart, else the places its title opens with', () => {
    const where = (title: string, settings = {}) =>
      identityBasics(docFromText(`${title}\n\n一、概况\n\n正文。\n`), settings);
    // a unit or the name itself after the place: no place of the name, the title's still
    expect(where('平江县卫生健康局2023年度基本公共卫生服务项目绩效自评报告')).toMatchObject({
      projectPlace: null,
      ownPlace: '平江县',
    });
    expect(where('平武县森林草原防灭火能力提升项目2024年度绩效自评报告').ownPlace).toBe('平武县');
    expect(where('天柱县高酿镇2023年村级公益事业一事一议财政奖补项目绩效自评报告').ownPlace).toBe('天柱县高酿镇');
    // a place right after the title's opening year is the name's, and still where the fund is (Z's "2024年度鞍山市…")
    expect(where('2022年度蓬溪县学生资助专项资金绩效评价报告')).toMatchObject({
      projectPlace: null,
      ownPlace: '蓬溪县',
    });
    expect(where('2021—2023年度蓬溪县学生资助专项资金绩效评价报告').ownPlace).toBe('蓬溪县');
    expect(where('2022年度学生资助专项资金绩效评价报告').ownPlace).toBeNull();
    // the config's name and its place first (issue 11, item 6)
    expect(
      where('天柱县高酿镇2023年村级公益事业一事一议财政奖补项目绩效自评报告', {
        projectName: '渡马镇2023年村级公益事业一事一议财政奖补项目',
      }).ownPlace,
    ).toBe('渡马镇');
    // the cover's name gives the place a title without one lacks
    const covered = docFromText(
      '2024年草原生态保护补助奖励项目绩效自评报告\n\n项目名称：祁连县2024年草原生态保护补助奖励项目\n\n一、概况\n\n正文。\n',
    );
    expect(identify(covered, {}).ownPlace).toBe('祁连县');
  });
  it("gives a written name's comparable core in one place (the config's knownNames, a form's programme, a rule's scope)", () => {
    expect(projectCoreOf('泰安市2024年度竞技体育后备人才培养项目')).toBe('竞技体育后备人才培养');
    expect(projectCoreOf('城区绿化提升项目')).toBe('城区绿化提升');
    expect(
      identify(docFromText('2022年度城区道路照明维护项目绩效评价报告\n\n正文。\n'), {
        knownNames: ['2021年度城区绿化提升项目'],
      }).knownCores,
    ).toEqual(new Set(['城区绿化提升']));
  });
  it('finds years in every form and knows document numbers and comparisons', () => {
    const t = '2024年度、24年、二〇二四年，赣财绩〔2022〕5号，较2023年增长';
    const ys = findYears(t);
    expect(ys.map((y) => y.value)).toEqual([2024, 2024, 2024, 2022, 2023]);
    expect(inDocumentNumber(t, ys[3])).toBe(true);
    expect(isComparison(t, ys[4])).toBe(true);
    expect(findYears('以5年为周期，近10年来').length).toBe(0);
  });
  it('compares units through abbreviations and region prefixes', () => {
    expect(sameUnit('工信局', '信丰县工业和信息化局')).toBe(true);
    expect(sameUnit('信丰县工信局', '信丰县工业和信息化局')).toBe(true);
    expect(sameUnit('南康区城市管理局', '城管局')).toBe(true);
    expect(sameUnit('财政局', '工信局')).toBe(false);
    expect(sameUnit('信丰县财政局', '安远县财政局')).toBe(false);
  });
});
