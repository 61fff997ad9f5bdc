import { describe, expect, it } from 'vitest';
import { docFromText, fixture, readFixture, runRule, SEED, SEED_FORMATS, squash } from '../../helpers.js';
import foreignProject from '../../../rules/identity/foreign-project.js';
import nameVariant from '../../../rules/identity/name-variant.js';
import wrongYear from '../../../rules/identity/wrong-year.js';
import unitMismatch from '../../../rules/identity/unit-mismatch.js';
import { identityRules } from '../../../rules/identity/index.js';
import { otherDoc } from './inline.js';

const texts = (f: ReturnType<typeof runRule>) => f.map((x) => squash(x.locations[0].text));

describe('identity/foreign-project', () => {
  it('fires on another project where the own name belongs', () => {
    const f = runRule(foreignProject, otherDoc('三、评价结论\n\n综合各项指标，乡镇卫生院设备购置补助资金项目评价得分91分，评价等级为“优”。'));
    expect(texts(f)).toEqual(['乡镇卫生院设备购置补助资金项目']);
    expect(f[0].expected).toBe('城区道路照明维护项目');
  });
  it('fires on an attachment title naming another project', () => {
    const f = runRule(foreignProject, otherDoc('附件：农村公路养护工程专项资金部门评价表\n\n见下表。'));
    expect(texts(f)).toEqual(['农村公路养护工程专项资金']);
  });
  it('does not fire on other projects named as background, nor on settings.knownNames', () => {
    const body = '一、项目概况\n\n本项目与城区绿化提升项目同步实施，共享施工队伍。\n\n综合各项指标，城区道路照明维护项目评价得分91分。';
    expect(runRule(foreignProject, otherDoc(body))).toEqual([]);
    const withSlot = '三、结论\n\n城区绿化提升项目评价得分90分。';
    expect(runRule(foreignProject, otherDoc(withSlot))).toHaveLength(1);
    expect(runRule(foreignProject, otherDoc(withSlot), { settings: { knownNames: ['城区绿化提升项目'] } })).toEqual([]);
  });
  it('fires where the evaluated object is named: 评价对象为X, X项目2023年度自评得分', () => {
    expect(texts(runRule(foreignProject, otherDoc('一、概况\n\n本次评价对象为农村义务教育学生营养改善计划专项资金，评价范围包括资金投入。')))).toEqual(['农村义务教育学生营养改善计划专项资金']);
    expect(texts(runRule(foreignProject, otherDoc('三、结论\n\n综上所述，城乡居民医疗救助资金项目2023年度自评得分95分。')))).toEqual(['城乡居民医疗救助资金项目']);
  });
  it('fires in the sentence on the use of the results: 作为X以后年度预算申报的依据', () => {
    expect(texts(runRule(foreignProject, otherDoc('六、自评结果应用\n\n自评结果将作为文物保护专项资金项目以后年度预算申报的重要依据。')))).toEqual(['文物保护专项资金项目']);
  });
  it('fires on the project said to have met its year\'s targets: X项目年度绩效目标基本实现', () => {
    expect(texts(runRule(foreignProject, otherDoc('四、主要绩效\n\n通过项目实施，林业有害生物防治项目年度绩效目标基本实现，群众满意度明显提升。')))).toEqual(['林业有害生物防治项目']);
    expect(runRule(foreignProject, otherDoc('四、主要绩效\n\n通过项目实施，城区道路照明维护项目年度绩效目标基本实现。'))).toEqual([]);
  });
  it("fires on the own project's name under another township, named nowhere else", () => {
    const doc = (place: string) =>
      docFromText(`天柱县高酿镇2023年村级公益事业一事一议财政奖补项目绩效自评报告\n\n一、项目概况\n\n高酿镇实施一事一议财政奖补项目12个。\n\n七、自评结论\n\n综上，${place}2023年村级公益事业一事一议财政奖补项目决策科学、管理规范。\n`);
    const f = runRule(foreignProject, doc('渡马镇'));
    expect(f.map((x) => [squash(x.locations[0].text), x.expected, x.actual])).toEqual([['渡马镇2023年村级公益事业一事一议财政奖补项目', '天柱县高酿镇', '渡马镇']]);
    expect(runRule(foreignProject, doc('高酿镇'))).toEqual([]);
    expect(runRule(foreignProject, doc('天柱县高酿镇'))).toEqual([]);
  });
  it('does not take a firm whose name holds 项目 for a project', () => {
    expect(runRule(foreignProject, otherDoc('一、概况\n\n评价机构：湖北楚衡项目管理咨询有限公司', '项目名称：城区道路照明维护项目\n评价机构：湖北楚衡项目管理咨询有限公司'))).toEqual([]);
  });
  it('does not fire on the own name in those places, nor on "计划资金"', () => {
    expect(runRule(foreignProject, otherDoc('一、概况\n\n本次评价对象为城区道路照明维护项目，计划资金50万元。\n\n综上所述，城区道路照明维护项目2023年度自评得分95分。'))).toEqual([]);
  });
});

describe('identity/foreign-project on a department-wide report', () => {
  // 部门整体支出 is no project: the department's programmes it names are its own, not leftovers
  const md =
    '# 江华县市场监督管理局2024年度部门整体支出绩效评价报告\n\n**部门名称：** 江华县市场监督管理局\n\n## 一、绩效评价指标分析\n\n### （一）投入指标\n\n' +
    '1. **A2-3 重点支出安排率。** 食品安全抽检、特种设备安全监察和综合执法办案三项重点项目预算467.30万元，占项目支出预算684.37万元的68.28%。该指标权重4分，扣除1分后得3分。\n';
  it('does not fire on the programmes of the department', () => {
    expect(runRule(foreignProject, docFromText(md, 'md'))).toEqual([]);
  });
});

describe('identity/name-variant', () => {
  it('fires on a typo with the right name as expected', () => {
    const f = runRule(nameVariant, otherDoc('一、概况\n\n为客观评价城区道路照明维修项目的效益情况，开展问卷调查。'));
    expect(texts(f)).toEqual(['城区道路照明维修项目']);
    expect(f[0].expected).toBe('城区道路照明维护项目');
    expect(f[0].message).toContain('疑为');
  });
  it('fires on a stale name where the own name belongs', () => {
    const f = runRule(nameVariant, otherDoc('一、概况\n\n选择城区道路亮化改造项目进行绩效评价。'));
    expect(texts(f)).toEqual(['城区道路亮化改造项目']);
  });
  it('accepts the name with a unit or year prefix, another tail or an abbreviation', () => {
    const body =
      '一、概况\n\n南康区城管局2022年城区道路照明维护资金共使用48万元。对南康区城市管理局城区道路照明维护项目进行绩效评价。22年城区道路照明维护经费到位及时，城区照明维护项目按期完成。';
    expect(runRule(nameVariant, otherDoc(body))).toEqual([]);
  });
});

describe('identity/wrong-year', () => {
  it('fires on an earlier year dating the project or a cut-off date', () => {
    const f = runRule(wrongYear, otherDoc('一、概况\n\n对2021年城区道路照明维护项目进行绩效评价。截至2021年12月31日，累计支出48万元。2021年度预算安排50万元。'));
    expect(f.map((x) => x.actual)).toEqual(['2021年', '2021年', '2021年']);
    expect(f[0].expected).toBe('2022年');
  });
  it("fires on the year that opens the project's name on the cover, and takes the year most sources give", () => {
    const doc = docFromText('石阡县2023年度乡村道路养护项目绩效评价报告\n\n项目名称：2022年度乡村道路养护项目\n\n项目单位：石阡县交通运输局\n\n一、概况\n\n2023年度乡村道路养护项目预算50万元。');
    const f = runRule(wrongYear, doc);
    expect(f.map((x) => [x.actual, x.expected, x.locations[0].paragraph])).toEqual([['2022年', '2023年', 1]]);
  });
  it('does not fire on a comparison whose clause holds an amount with a thousands comma', () => {
    expect(runRule(wrongYear, otherDoc('一、概况\n\n与2021年度预算1,180.00万元相比增加170.00万元。'))).toEqual([]);
  });
  it('fires on a cut-off date written in Chinese numerals', () => {
    const f = runRule(wrongYear, otherDoc('一、概况\n\n截至二〇二一年十二月三十一日，项目资金已全部拨付。'));
    expect(f.map((x) => [squash(x.locations[0].text), x.actual])).toEqual([['二〇二一年', '2021年']]);
  });
  it('does not fire on last year given for comparison in the same sentence', () => {
    const body = '一、概况\n\n2021年度项目预算执行率为83.16%，2022年度较上年提高5.34个百分点。与上年相比，该项目2021年度资金绩效评价得分为87.65分。';
    expect(runRule(wrongYear, otherDoc(body))).toEqual([]);
    expect(runRule(wrongYear, otherDoc('一、概况\n\n对2021年度城区道路照明维护项目资金开展评价。'))).toHaveLength(1);
  });
  it("fires on a department-wide report's object dated a year early, not on its comparison with that year", () => {
    const doc = docFromText(
      '# 江华县市场监督管理局2024年度部门整体支出绩效评价报告\n\n**评价期间：** 2024年1月1日至2024年12月31日\n\n## 一、评价工作开展情况\n\n评价对象为江华县市场监督管理局2023年度部门整体支出，范围包括局机关的全部支出。全年决算总额较2023年度部门整体支出决算下降5.2%。\n',
      'md',
    );
    const f = runRule(wrongYear, doc);
    expect(f.map((x) => [x.actual, x.expected, squash(x.locations[0].text)])).toEqual([['2023年', '2024年', '2023年度']]);
    expect(f[0].locations[0].excerpt).toContain('评价对象为');
  });
  it('does not fire on document numbers, titles, comparisons, spans, background or later years', () => {
    const body =
      '一、概况\n\n根据《南康区城市照明专项规划（2020-2025年）》和《关于印发2021年绩效管理办法的通知》（康财绩〔2021〕3号），较2021年新增路灯200盏，与2020年相比能耗下降。2021年，全区启动智慧照明试点。报告于2023年3月1日完成，2023年将继续实施。';
    expect(runRule(wrongYear, otherDoc(body))).toEqual([]);
  });
});

describe('identity/unit-mismatch', () => {
  it('fires on the field that disagrees with the others', () => {
    const doc = otherDoc('一、概况\n\n本项目主管部门为南康区财政局，由南康区城管局负责监督。\n\n附件：评价表\n\n主管部门\t南康区城市管理局\t项目实施单位\t南康区路灯管理所');
    const f = runRule(unitMismatch, doc);
    expect(texts(f)).toEqual(['南康区财政局']);
    expect(f[0].expected).toBe('南康区城管局');
  });
  it('treats abbreviations and region prefixes as the same unit, plus settings.unitAliases', () => {
    const doc = otherDoc('附件：评价表\n\n主管部门\t城市管理局\t项目实施单位\t路灯管理所');
    expect(runRule(unitMismatch, doc)).toEqual([]);
    const aliased = otherDoc('附件：评价表\n\n主管部门\t南康区城管局\t项目实施单位\t南康区照明中心');
    expect(runRule(unitMismatch, aliased)).toHaveLength(1);
    expect(runRule(unitMismatch, aliased, { settings: { unitAliases: { 照明中心: '路灯管理所' } } })).toEqual([]);
  });

  it('fires on a commissioning unit in the text other than the cover\'s 委托单位', () => {
    const cover = '项目名称：城区道路照明维护项目\n委托单位：南康区财政局\n评价机构：赣州某会计师事务所有限公司';
    const f = runRule(unitMismatch, otherDoc('一、评价工作开展情况\n\n受信丰县财政局委托，我公司组成评价组开展评价。南康区财政局对评价工作进行了指导。', cover));
    expect(f.map((x) => [squash(x.locations[0].text), x.expected])).toEqual([['信丰县财政局', '南康区财政局']]);
    expect(runRule(unitMismatch, otherDoc('一、评价工作开展情况\n\n受南康区财政局委托，我公司组成评价组开展评价。', cover))).toEqual([]);
  });

  // a self-evaluation signed by a unit named nowhere else: another department's template
  const selfEval = (signature: string, type = '部门整体支出绩效评价（部门自评）') =>
    docFromText(
      `# 江华县市场监督管理局2024年度部门整体支出绩效评价报告\n\n**部门名称：** 江华县市场监督管理局\n\n**主管部门：** 江华县人民政府\n\n**评价类型：** ${type}\n\n## 一、评价结论\n\n经评价，总分为92.5分。\n\n${signature}\n\n2025年3月20日\n`,
      'md',
    );
  it('fires on the signature of a self-evaluation that names another unit', () => {
    const f = runRule(unitMismatch, selfEval('评价单位（盖章）：江华县民政局'));
    expect(f.map((x) => [squash(x.locations[0].text), x.expected])).toEqual([['江华县民政局', '江华县市场监督管理局']]);
    expect(f[0].message).toBe('本报告为自评，评价单位应为被评价单位“江华县市场监督管理局”，此处为“江华县民政局”');
  });
  it('does not fire on a self-evaluation signed by itself or its supervisor, nor on an evaluation by another unit', () => {
    expect(runRule(unitMismatch, selfEval('评价单位（盖章）：江华县市场监管局'))).toEqual([]);
    expect(runRule(unitMismatch, selfEval('评价单位（盖章）：江华县人民政府'))).toEqual([]);
    expect(runRule(unitMismatch, selfEval('评价单位（盖章）：江华县财政局', '部门整体支出绩效评价（财政评价）'))).toEqual([]);
  });
});

describe.each(SEED_FORMATS)('the seed (%s)', (format) => {
  const get = async (rule: Parameters<typeof runRule>[0]) => runRule(rule, await readFixture(SEED[format]));
  it('names the other project in the contents and the conclusion', async () => {
    const f = await get(foreignProject);
    // 目录 "附件：基本公共卫生服务补助资金项目部门评价表"; 结论 "基本公共卫生服务补助资金项目评价得分98分"
    expect(texts(f)).toEqual(['基本公共卫生服务补助资金项目', '基本公共卫生服务补助资金项目']);
    expect(f.map((x) => squash(x.locations[0].excerpt))).toEqual([
      expect.stringContaining('附件：基本公共卫生服务补助资金项目部门评价表'),
      expect.stringContaining('基本公共卫生服务补助资金项目评价得分98分'),
    ]);
  });
  it('has last year\'s name three times, 工资经费 once and 经费资金项目 once', async () => {
    const f = await get(nameVariant);
    expect(f.map((x) => [squash(x.locations[0].text), x.expected])).toEqual([
      ['决战工业昂起工作经费项目', '工业倍增升级工作经费项目'], // 项目时间： 2024年决战工业昂起工作经费项目
      ['决战工业昂起工作经费项目', '工业倍增升级工作经费项目'], // 选择2023年决战工业昂起工作经费项目项目进行绩效评价
      ['决战工业昂起工作经费项目', '工业倍增升级工作经费项目'], // 实施工信局决战工业昂起工作经费项目绩效评价工作
      ['工业倍增升级工作经费资金项目', '工业倍增升级工作经费项目'], // 详见附件：工信局2024年工业倍增升级工作经费资金项目部门评价表
      ['工业倍增升级工资经费项目', '工业倍增升级工作经费项目'], // 为客观评价工业倍增升级工资经费项目效益情况
    ]);
    expect(squash(f[1].locations[0].excerpt)).toContain('选择2023年决战工业昂起');
    expect(squash(f[2].locations[0].excerpt)).toContain('实施工信局决战工业昂起');
  });
  it('dates the evaluated project 2023 once', async () => {
    const f = await get(wrongYear);
    // "选择2023年决战工业昂起工作经费项目项目进行绩效评价"; not 赣财绩〔2022〕5号
    expect(f.map((x) => [squash(x.locations[0].text), x.expected])).toEqual([['2023年', '2024年']]);
    expect(squash(f[0].locations[0].excerpt)).toContain('选择2023年决战');
  });
  it('has 主管部门 财政局 in the attachment against 工信局 on the cover', async () => {
    const f = await get(unitMismatch);
    expect(f.map((x) => [squash(x.locations[0].text), x.expected])).toEqual([['财政局', '工信局']]);
    expect(f[0].locations[0].table).not.toBeNull();
  });
});

describe('reports where nothing is wrong', () => {
  const cases = [
    ...SEED_FORMATS.map((f) => fixture('corrected', `seed-corrected.${f}`)),
    fixture('other', 'other-report.txt'),
  ];
  it.each(cases)('%s gives no identity finding', async (path) => {
    expect(runRule(identityRules, await readFixture(path))).toEqual([]);
  });
});

describe('identity/foreign-project: what is no other project', () => {
  it('does not take each one’s money (各设区市资金), or a sub-programme named again and again, for a leftover', () => {
    expect(runRule(foreignProject, otherDoc('五、各设区市资金使用情况\n\n各设区市资金使用情况良好。'))).toEqual([]);
    const sub = '三、子项目\n\n评价组成员张三负责路灯节能改造项目评价工作。路灯节能改造项目完成改造。路灯节能改造项目验收合格。路灯节能改造项目资金到位。';
    expect(runRule(foreignProject, otherDoc(sub))).toEqual([]);
  });
  it('still reports another project named once where the own belongs, also before 后续年度预算', () => {
    expect(runRule(foreignProject, otherDoc('三、评价组织\n\n评价组成员张三负责路灯节能改造项目评价工作。')).map((x) => x.actual)).toEqual(['路灯节能改造项目']);
    const f = runRule(foreignProject, otherDoc('四、建议\n\n建议在乡镇卫生院设备购置补助资金后续年度预算申报中运用评价结果。'));
    expect(f.map((x) => x.actual)).toEqual(['乡镇卫生院设备购置补助资金']);
  });
});
