// Whose figure is it, within one project: a city's or county's share ("（三）朔州市" and the sentences
// under it, "太原市四年累计分得专项资金2,673.00万元，支出…"), or one sub-programme's ("非遗工坊建设四年累计
// 预算8,700.00万元，支出…", the name a row of the funding table gives). Such a figure is that part's, and
// is compared with the same part's statements only, never with the project's whole.
import type { Document } from '../../model/document.js';
import type { IdentityBasics } from './identity.js';
import { sentenceAmong, sentencesOf } from '../lang/boundaries.js';
import { sampledBefore } from '../lang/samples.js';
import { UNIT_OPENING } from '../lang/money-parts.js';
import { looksLikeUnit } from './units.js';
import { isDepartmentWide } from './identity.js';
import { endsAsProjectName } from '../lang/project-names.js';
import { numberedPartOpening } from '../lang/numbered-parts.js';
import { cnNumeralValue } from '../../structure/numbering.js';
import { AUTONOMOUS_PLACE } from '../lang/places.js';

/** A bare place name: "朔州市", "灵丘县", "城关镇", "长白朝鲜族自治县". */
const PLACE = new RegExp(
  `^(?:${AUTONOMOUS_PLACE}|[\\u4e00-\\u9fff]{1,6}?(?:省|自治区|市|自治州|州|盟|地区|县|区|旗|镇|乡|街道))$`,
);
/** A sentence that opens with a place: "太原市四年累计分得…". */
const PLACE_OPENING = new RegExp(
  `^(?:[（(][一二三四五六七八九十\\d]+[)）])?(${AUTONOMOUS_PLACE}|[\\u4e00-\\u9fff]{1,6}?(?:市|自治州|州|盟|地区|县|区|旗|镇|乡))(?=[\\u4e00-\\u9fff])`,
);
/**
 * Words a place name may be followed by that show it is no subject: "市县小计", "区域", "县级"; and openings that
 * only look like one ("中央财政城镇保障性安居工程…", "其中县级配套资金…": a source, not a place).
 */
const NOT_A_PLACE =
  /^(?:中央|其中|市县|县区|区县|市级|县级|区级|省级|各市|各县|全市|全县|全省|全区|本市|本县|该市|该县|地区)/;

/** The heading of a department's programmes ("（三）项目支出自评结果"), whose sibling sections are one programme each. */
const PROGRAMMES_HEADING = /项目支出/;
/** Headings that name an aspect, not a programme: "预算执行情况", "产出指标", "项目资金" alone. */
const NOT_A_PROGRAMME = /(?:情况|指标|结果|分析|管理|目标|问题|措施|建议|^项目|^[^\u4e00-\u9fff])/;

/**
 * The parts a sentence lists and counts: "经费包括公用经费补助资金、家庭经济困难学生生活补助资金、校舍安全保障长效
 * 机制资金、免费教科书资金四项", "项目分为A、B和C三个子项目". Group 1 the list, group 2 its count.
 */
const LISTED_PARTS =
  /(?:包括|包含|分为|涵盖|由)((?:[\u4e00-\u9fff]{2,24}[、，和及与]){1,9}[\u4e00-\u9fff]{2,24}?)等?([一二三四五六七八九十两\d]{1,2})(?:项|个|类|部分)/g;

/** The breaks between a sentence's clauses ("；" ends a sentence here): "…如下：运河区下达资金…". */
const CLAUSE_BREAK = new Set(['，', '：']);
/** A listed item that names money of its own: "校舍安全保障长效机制资金", "困难学生生活补助", "农村公路建设项目". */
const MONEY_PART = /^[\u4e00-\u9fff]{2,20}(?:资金|经费|补助|补贴|奖补|项目|工程)$/;
/** A listed item that is a layer or a year, not a part with figures of its own ("中央、省级…资金"). */
const NOT_A_PART_NAME = /^(?:中央|省级|市级|县级|区级|本级|上级)|^(?:19|20)\d{2}年/;

/** A year as a row's label: "2024年", "2023年度". */
const YEAR_LABEL = /^(?:19|20)\d{2}年度?$/;

/** Cells that name a column or row of figures, not a part: kinds, totals, sources, years, units. */
const NOT_A_PART =
  /资金|预算|支出|执行|到位|结余|合计|小计|总计|金额|年度|年份|项目|单位|序号|名称|指标|分值|得分|比例|率|数|财政|中央|省级|市级|县级|来源|类别|备注|情况/;

/**
 * The names the tables give their columns or rows of figures: "年度 | 传承人补助 | 非遗工坊建设 | …" names
 * the sub-programmes a sentence may open with ("非遗工坊建设四年累计预算8,700.00万元").
 */
export function tableHeadingNames(doc: Document): string[] {
  const out: string[] = [];
  for (const t of doc.tables) {
    if (t.rows < 3 || t.reading.confidence !== 'good') continue;
    for (let c = 0; c < t.cols; c++) {
      const head = t.cells[t.grid[0][c]];
      if (head.col !== c) continue;
      const name = head.text.replace(/\s/g, '').replace(/[(（][^)）]*[)）]$/, '');
      if (!/^[\u4e00-\u9fff]{3,10}$/.test(name) || NOT_A_PART.test(name)) continue;
      // a column of amounts under it
      const body = Array.from({ length: t.rows - 1 }, (_, r) =>
        t.cells[t.grid[r + 1][c]].text.replace(/[\s,]/g, ''),
      ).filter(Boolean);
      if (body.length >= 2 && body.filter((x) => /^\d+(?:\.\d+)?$/.test(x)).length * 3 >= body.length * 2)
        out.push(name);
    }
  }
  return out;
}

/**
 * The parts the report lists by name and counts ("X包括A、B、C、D四项"): each names a part a clause may open with
 * ("公用经费补助资金到位75,752.48万元，支出…"). A list whose count does not match its items is not read.
 */
export function listedParts(doc: Document): string[] {
  const out: string[] = [];
  for (const b of doc.blocks) {
    if (b.kind !== 'paragraph') continue;
    for (const m of b.text.matchAll(LISTED_PARTS)) {
      const n = /\d/.test(m[2]) ? Number(m[2]) : cnNumeralValue(m[2].replace('两', '二'));
      // "A、B和C": the last item may follow 和 / 及 / 与
      const items = m[1].split(/[、，]|(?<=[\u4e00-\u9fff]{2})(?:和|及|与)(?=[\u4e00-\u9fff]{2})/);
      // parts of the money, not the indicators a system lists ("二级指标包括项目立项、绩效目标…12个")
      if (items.length !== n || items.some((x) => !MONEY_PART.test(x) || NOT_A_PART_NAME.test(x))) continue;
      out.push(...items);
    }
  }
  return out;
}

export interface PartScopes {
  /** The part a figure at `block` (offset `at` of a paragraph) belongs to, or null for the project's own. */
  of(block: number, at?: number): string | null;
  /** The place whose section holds `block` (a paragraph or a table): "place:太原市", or null. */
  placeOf(block: number): string | null;
  /**
   * The unit a paragraph is about when it opens with that unit's name ("2.沛县动物疫病预防控制中心。…本年支出
   * 1,158.47万元"): "unit:沛县动物疫病预防控制中心", or null. The programmes it names in it are what it carries.
   */
  unitOf(block: number): string | null;
  /**
   * The programme a department's report gives a section of its own ("1.沛县2024年度高标准农田建设项目" under
   * "（三）项目支出自评结果"), for a paragraph or a table in it: "programme:沛县2024年度高标准农田建设项目", or null.
   */
  programmeOf(block: number): string | null;
}

/**
 * The project's parts, for every fact that asks whose a figure is (funding, targets): those its tables
 * name, as columns of figures or (`rowLabels`, from the funding tables) as rows; the report's own place
 * is the one its title, cover or name gives.
 */
export function projectParts(doc: Document, identity: IdentityBasics, rowLabels: readonly string[]): PartScopes {
  return partScopes(doc, [...rowLabels, ...tableHeadingNames(doc), ...listedParts(doc)], ownText(doc, identity));
}

/** The text naming the report's own subject: its title, cover and name. */
export function ownText(doc: Document, identity: IdentityBasics): string {
  return [doc.title ?? '', ...doc.cover.map((c) => c.value), identity.projectName ?? ''].join('|');
}

/**
 * In a department's report, the programme whose section holds a paragraph or a table: "1.沛县2024年度高标准农田建设
 * 项目" under "（三）项目支出自评结果" restates that programme's budget, execution and score, never the department's
 * (also where no 自评表 was read); a table under "（三）城乡社区综合服务设施建设项目 > 2.资金投入及使用情况" (its 24
 * 社区, its 合计) is that programme's. `own`: the text naming the report's own subject, never a programme.
 */
export function programmeSections(doc: Document, own: string): (block: number) => string | null {
  const departmentWide = isDepartmentWide(doc);
  const mine = own.replace(/\s/g, '');
  return (block) => {
    const b = doc.blocks[block];
    if (!departmentWide || (b.kind !== 'paragraph' && b.kind !== 'table')) return null;
    for (let s = b.sectionId; s !== null; s = doc.sections[s].parent) {
      const { title, parent } = doc.sections[s];
      const name = title.replace(/\s/g, '');
      if (name.length < 4 || NOT_A_PROGRAMME.test(name) || mine.includes(name)) continue;
      const siblings = doc.sections.filter((x) => x.parent === parent).length;
      const listed = parent !== null && siblings >= 2 && PROGRAMMES_HEADING.test(doc.sections[parent].title);
      if (endsAsProjectName(name) || listed) return `programme:${name}`;
    }
    return null;
  };
}

/**
 * `partLabels`: the names of the project's parts that its funding tables give as row labels
 * (sub-programmes, items); `own`: the text naming the report's own place (title, cover).
 */
export function partScopes(doc: Document, partLabels: readonly string[], own: string): PartScopes {
  const notOwn = (place: string) => !own.includes(place) && !NOT_A_PLACE.test(place);
  const sectionPlaces = new Map<number | null, string | null>();
  const sectionPlace = (block: number): string | null => {
    const b = doc.blocks[block];
    if (sectionPlaces.has(b.sectionId)) return sectionPlaces.get(b.sectionId)!;
    const found = placeOfSection(b.sectionId);
    sectionPlaces.set(b.sectionId, found);
    return found;
  };
  const placeOfSection = (id: number | null): string | null => {
    for (let s = id; s !== null; s = doc.sections[s].parent) {
      const title = doc.sections[s].title.replace(/(?:资金使用情况|情况)$/, '');
      if (PLACE.test(title) && notOwn(title)) return title;
    }
    return null;
  };
  // a year that labels a row ("2024年 | 7,400.00") is no part: "截至2024年12月31日，项目累计支出…" is the project's
  const labels = [...new Set(partLabels.filter((l) => l.length >= 3 && !YEAR_LABEL.test(l)))].sort(
    (a, b) => b.length - a.length,
  );
  // asked once per figure: each block's sentences and each sentence's answer are worked out once
  const sentences = new Map<number, Array<[number, number]>>();
  const openings = new Map<string, Array<[number, string]>>();
  const opening = (text: string, s: number): string | null => {
    const head = text.slice(s, s + 40);
    // "分标段看，一标段（县城主城区）新建管网30.512km…提升泵站2座": a lot's (子项目's, 片区's, 批次's) own figures,
    // unless the report is that part's own ("…工程施工一标段绩效评价报告"); "二片区" numbers a part, it names no place
    const numbered = numberedPartOpening(head);
    if (numbered) return own.includes(numbered.name) ? null : `part:${numbered.key}`;
    const m = PLACE_OPENING.exec(head);
    if (m && notOwn(m[1])) return `place:${m[1]}`;
    // "非遗宣传展示累计预算2,600.00万元" under a table that names the part 宣传展示: a word or two before the name
    const lead = /^[\u4e00-\u9fff]{0,3}/.exec(text.slice(s, s + 3))![0];
    for (let k = 0; k <= lead.length; k++) {
      const label = labels.find((l) => text.startsWith(l, s + k));
      if (label) return `part:${label}`;
    }
    // "沧州市城乡义务教育补助经费中的校舍安全保障长效机制资金到位…": the whole's part named as its subject
    const of = /^[^，；：。]{2,30}?中的/.exec(text.slice(s, s + 40));
    const label = of && labels.find((l) => text.startsWith(l, s + of[0].length));
    return label ? `part:${label}` : null;
  };
  // the report's own department ("沛县农业农村局") speaks of the whole; a place's section is that place's
  const aUnit = (name: string) => looksLikeUnit(name) && !own.replace(/\s/g, '').includes(name) && !PLACE.test(name);
  const unitOf = (block: number): string | null => {
    const b = doc.blocks[block];
    if (b.kind !== 'paragraph') return null;
    const m = UNIT_OPENING.exec(b.text);
    const name = m?.[1].replace(/\s/g, '');
    // a unit's name alone makes no paragraph of its figures
    if (m && name && aUnit(name) && m[0].length < b.text.trim().length) return `unit:${name}`;
    // "（二）沛县动物疫病预防控制中心" as a heading: the paragraphs under it are that unit's
    for (let s = b.sectionId; s !== null; s = doc.sections[s].parent) {
      const title = doc.sections[s].title.replace(/\s/g, '');
      if (aUnit(title)) return `unit:${title}`;
    }
    return null;
  };
  const programmeOf = programmeSections(doc, own);
  return {
    placeOf(block) {
      const place = sectionPlace(block);
      return place ? `place:${place}` : null;
    },
    unitOf,
    programmeOf,
    of(block, at = 0) {
      const b = doc.blocks[block];
      if (b.kind !== 'paragraph') return null;
      const unit = unitOf(block);
      if (unit) return unit;
      let ranges = sentences.get(block);
      if (!ranges) sentences.set(block, (ranges = sentencesOf(b.text)));
      const whose = subjectOf(b.text, ranges, block, at);
      // "评价组现场抽查了…3个子项目，抽查投资465.77万元，…已支付455.00万元": the sample's figures, a part of
      // whatever the sentence is about, never that whole's
      const [start] = sentenceAmong(ranges, at) ?? [0];
      // the sample is named near its figures: a window keeps this linear in a sentence of any length
      return sampledBefore(b.text, start, at) ? `sample:${whose ?? 'own'}` : whose;
    },
  };

  function subjectOf(text: string, ranges: Array<[number, number]>, block: number, at: number): string | null {
    const place = sectionPlace(block);
    if (place) return `place:${place}`;
    const [start, end] = sentenceAmong(ranges, at) ?? [0, text.length];
    // the clauses of the sentence up to the figure: the last that opens with a part's name is its
    // subject ("从分子项目看，非遗工坊建设四年累计预算8,700.00万元，支出8,399.77万元"); each sentence's
    // openings are found once, then looked up
    const key = `${block}:${start}`;
    let opened = openings.get(key);
    if (!opened) {
      opened = [];
      for (let c = start; c < end; ) {
        const who = opening(text, c);
        if (who) opened.push([c, who]);
        let next = c;
        while (next < end && !CLAUSE_BREAK.has(text[next])) next++;
        if (next >= end) break;
        c = next + 1;
      }
      openings.set(key, opened);
    }
    let subject: string | null = null;
    let a = 0;
    let z = opened.length - 1;
    while (a <= z) {
      const mid = (a + z) >> 1;
      if (opened[mid][0] <= at) (subject = opened[mid][1]), (a = mid + 1);
      else z = mid - 1;
    }
    return subject;
  }
}
