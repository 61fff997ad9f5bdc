import { describe, expect, it } from 'vitest';
import { docFromText, fixture, readFixture, runRule, SEED, SEED_FORMATS, squash } from '../../helpers.js';
import labelMismatch from '../../../rules/text/label-mismatch.js';
import duplicateWord from '../../../rules/text/duplicate-word.js';
import brackets from '../../../rules/text/brackets.js';
import placeholder from '../../../rules/text/placeholder.js';
import impossibleDate from '../../../rules/text/impossible-date.js';
import { textRules } from '../../../rules/text/index.js';

const texts = (f: ReturnType<typeof runRule>) => f.map((x) => squash(x.locations[0].text));

describe('text/label-mismatch', () => {
  const doc = (third: string) =>
    docFromText(`一、指标分析\n\n（一）产出\n\n1、数量指标\n\n完成40公里。经核查，数量指标共扣1分，得分9分。\n\n2、时效指标\n\n按期完成。经核查，${third}指标共扣0分，得分10分。\n`);
  it('fires when the label is the previous section\'s', () => {
    const f = runRule(labelMismatch, doc('数量'));
    expect(texts(f)).toEqual(['数量指标']);
    expect(f[0].expected).toBe('时效指标');
  });
  it('does not fire on the section\'s own label, a parent\'s, or a generic one', () => {
    expect(runRule(labelMismatch, doc('时效'))).toEqual([]);
    expect(runRule(labelMismatch, doc('产出'))).toEqual([]);
    expect(runRule(labelMismatch, doc('该项'))).toEqual([]);
  });
  // the attachment's table puts 产出质量 under 产出指标: naming it in 产出指标's section is no leftover
  const withTable = (sentence: string) =>
    docFromText(
      `一、指标分析\n\n（一）产出指标\n\n${sentence}\n\n（二）效益指标\n\n效益良好。\n\n附表\n\n一级指标\t二级指标\t分值\t得分\n产出指标\t产出数量\t10\t10\n\t产出质量\t8\t6\n效益指标\t社会效益\t10\t10\n\t满意度\t10\t9\n`,
    );
  it("does not fire on a sub-indicator of the section's own indicator", () => {
    expect(runRule(labelMismatch, withTable('产出质量指标分值8分，扣2分，得6分。'))).toEqual([]);
  });
  it('fires on a sub-indicator of another section', () => {
    expect(texts(runRule(labelMismatch, withTable('满意度指标得9分。')))).toEqual(['满意度指标']);
  });
});

describe('text/duplicate-word', () => {
  it('fires on doubled words and X的X', () => {
    const f = runRule(duplicateWord, docFromText('开展维修维修工作，对供水项目项目进行评价，形成具体的具体措施。\n'));
    expect(texts(f)).toEqual(['维修维修', '项目项目', '具体的具体']);
  });
  it('does not fire on reduplication the language allows', () => {
    expect(runRule(duplicateWord, docFromText('我们常常研究研究，做到人人知晓，天天巡查，个个落实，一个一个地看看。\n'))).toEqual([]);
  });
  it("does not take a name's tail and the next term's head for X的X (…项目的项目支出绩效自评表)", () => {
    expect(runRule(duplicateWord, docFromText('竞技体育后备人才培养项目的项目支出绩效自评表设置三级指标8个，该部门的部门整体支出执行率95.56%。\n'))).toEqual([]);
    // a head noun doubled around 的 at a clause's end is still written twice
    expect(texts(runRule(duplicateWord, docFromText('按要求管理项目的项目，形成具体的具体措施。\n')))).toEqual(['项目的项目', '具体的具体']);
  });
});

describe('text/brackets', () => {
  it('fires on unpaired and misordered marks', () => {
    const f = runRule(brackets, docFromText('根据关于绩效管理的通知》要求，“按期完成。\n\n资金（万元】合计。\n'));
    expect(f.map((x) => x.message)).toEqual(['“》”前缺少对应的“《”', '““”没有对应的“””', '“】”前缺少对应的“【”', '“（”没有对应的“）”']);
  });
  it('does not fire on paired marks, list markers or a pair split over two paragraphs', () => {
    expect(runRule(brackets, docFromText('根据《通知》（康财〔2021〕3号）和“三比三看”。\n\n1）完成维修。\n'))).toEqual([]);
    expect(runRule(brackets, docFromText('推动同益（二期\n\n）等项目达产。\n'))).toEqual([]);
  });
});

describe('text/placeholder', () => {
  it('fires on xx, ××, ___, 某某 and 【请填写】', () => {
    const f = runRule(placeholder, docFromText('XX县水利局于2023年xx月完成，金额××万元，负责人___，某某公司。【请填写单位名称】\n'));
    expect(f.map((x) => x.actual)).toEqual(['XX', 'xx', '××', '___', '某某', '【请填写单位名称】']);
  });
  it('does not fire inside words or URLs', () => {
    expect(runRule(placeholder, docFromText('采购Xbox和XXL型号，详见http://xx.gov.cn/xx 与 xxx@example.com。\n'))).toEqual([]);
  });
});

describe('text/impossible-date', () => {
  it('fires on days and months that do not exist', () => {
    const f = runRule(impossibleDate, docFromText('于2023年2月29日、11月31日、2024年13月和二月三十日完成，2024-04-31验收。\n'));
    expect(f.map((x) => x.actual)).toEqual(['2023年2月29日', '11月31日', '2024年13月', '二月三十日', '2024-04-31']);
    // the month's last day as expected, February's in the year the text gives (2024: 29), none for a month that does not exist
    expect(f.map((x) => x.expected ?? null)).toEqual(['2月28日', '11月30日', null, '2月29日', '4月30日']);
  });
  it('does not fire on real dates or durations', () => {
    expect(runRule(impossibleDate, docFromText('于2024年2月29日、12月31日完成，历时13个月，2024.1.1开工。\n'))).toEqual([]);
  });
});

describe.each(SEED_FORMATS)('the seed (%s)', (format) => {
  const get = async (rule: Parameters<typeof runRule>[0]) => runRule(rule, await readFixture(SEED[format]));
  it('closes 产出时效 and 产出成本 with 产出质量', async () => {
    const f = await get(labelMismatch);
    // "资金拨付及时率达95%以上。根据评分标准，产出质量指标共扣0分" / "资金使用率100%。根据评分标准，产出质量指标共扣0分"
    expect(f.map((x) => [squash(x.locations[0].text), x.expected])).toEqual([
      ['产出质量指标', '产出时效指标'],
      ['产出质量指标', '产出成本指标'],
    ]);
  });
  it('doubles 项目, 建设 and 具体', async () => {
    // "工作经费项目项目进行", "创智谷建设建设", "具体的具体指标"
    expect(texts(await get(duplicateWord))).toEqual(['项目项目', '建设建设', '具体的具体']);
  });
  it('misses the 《 of 信丰县财政局关于做好绩效管理工作的通知》', async () => {
    const f = await get(brackets);
    expect(f).toHaveLength(1);
    expect(squash(f[0].locations[0].text)).toContain('工作的通知》');
  });
  it('leaves xx in the 总分 row', async () => {
    const f = await get(placeholder);
    expect(f.map((x) => x.actual)).toEqual(['xx']);
    expect(f[0].locations[0].table).not.toBeNull();
  });
  it('has no impossible date', async () => {
    expect(await get(impossibleDate)).toEqual([]);
  });
});

describe('reports where nothing is wrong', () => {
  const cases = [...SEED_FORMATS.map((f) => fixture('corrected', `seed-corrected.${f}`)), fixture('other', 'other-report.txt')];
  it.each(cases)('%s gives no text finding', async (path) => {
    expect(runRule(textRules, await readFixture(path))).toEqual([]);
  });
});
