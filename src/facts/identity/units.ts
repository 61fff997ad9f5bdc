// Unit (organization) names: the usual abbreviations of county/city departments,
// a canonical form to compare them, and the unit mentions in a text.

/** Common abbreviation → full name (without region prefix). Users add their own via settings.unitAliases. */
export const UNIT_ABBREVIATIONS: Record<string, string> = {
  工信局: '工业和信息化局',
  工信委: '工业和信息化委员会',
  发改委: '发展和改革委员会',
  发改局: '发展和改革局',
  人社局: '人力资源和社会保障局',
  住建局: '住房和城乡建设局',
  卫健委: '卫生健康委员会',
  卫健局: '卫生健康局',
  教体局: '教育体育局',
  教科体局: '教育科技体育局',
  农业局: '农业农村局',
  农农局: '农业农村局',
  自然资源局: '自然资源局',
  自资局: '自然资源局',
  国土局: '国土资源局',
  环保局: '环境保护局',
  生态局: '生态环境局',
  市监局: '市场监督管理局',
  市场监管局: '市场监督管理局',
  文广新旅局: '文化广电新闻出版旅游局',
  文旅局: '文化广电旅游局',
  应急局: '应急管理局',
  交通局: '交通运输局',
  医保局: '医疗保障局',
  退役军人局: '退役军人事务局',
  城管局: '城市管理局',
  科技局: '科学技术局',
  国资委: '国有资产监督管理委员会',
  政数局: '政务服务数据管理局',
  数据局: '政务服务数据管理局',
  乡村振兴局: '乡村振兴局',
  统计局: '统计局',
  林业局: '林业局',
  水利局: '水利局',
  民政局: '民政局',
  财政局: '财政局',
  审计局: '审计局',
  商务局: '商务局',
  司法局: '司法局',
  公安局: '公安局',
  教育局: '教育局',
  体育局: '体育局',
  妇联: '妇女联合会',
  残联: '残疾人联合会',
  科协: '科学技术协会',
  工商联: '工商业联合会',
};

/** A name that ends like an organization. */
export const UNIT_SUFFIX =
  /(?:局|委员会|委|办公室|办|中心|院|站|所|厅|处|队|政府|公司|集团|协会|联合会|学校|医院|街道|镇|乡|社)$/;

/** Administrative region prefix: 江西省, 赣州市, 信丰县, 章贡区… */
const REGION = /^(?:[\u4e00-\u9fff]{1,6}?(?:省|自治区|市|州|盟|地区|县|区|旗))+/;

/** Role of a unit field, from its label. */
export type UnitRole = '主管部门' | '项目单位' | '评价单位' | '委托单位';

export function unitRole(label: string): UnitRole | null {
  const k = label.replace(/[：:\s（）()盖章]/g, '');
  if (/^(?:项目)?主管(?:部门|单位)(?:名称)?$/.test(k)) return '主管部门';
  if (/^(?:项目(?:实施)?|实施|预算|项目建设)单位(?:名称)?$/.test(k)) return '项目单位';
  // a department-wide report names the evaluated department where a project report names its unit
  if (/^(?:部门|被评价(?:单位|部门))(?:名称)?$/.test(k)) return '项目单位';
  if (/^评价(?:单位|机构名称)$/.test(k)) return '评价单位';
  if (/^委托(?:单位|方|部门)(?:名称)?$/.test(k)) return '委托单位';
  return null;
}

export function looksLikeUnit(s: string): boolean {
  return s.length >= 2 && s.length <= 30 && /^[\u4e00-\u9fff（）]+$/.test(s) && UNIT_SUFFIX.test(s);
}

export interface CanonicalUnit {
  /** Region prefix as written (信丰县), or ''. */
  region: string;
  /** Full name without region (工业和信息化局). */
  body: string;
}

/** Expands abbreviations (built-in and the user's) and splits off the region prefix. */
export function canonicalUnit(name: string, aliases: Readonly<Record<string, string>> = {}): CanonicalUnit {
  let s = name.replace(/\s/g, '');
  if (aliases[s]) s = aliases[s];
  const table: Record<string, string> = { ...UNIT_ABBREVIATIONS, ...aliases };
  const known = (b: string) => b in table || Object.values(table).includes(b);
  // where a region may end (江西省|赣州市|信丰县…); "城市管理局" has a 市 that ends no region,
  // so the cut chosen is the first whose remainder is a known unit, else the first one
  const cuts = [...s.matchAll(/(?:省|自治区|市|州|盟|地区|县|区|旗)/g)]
    .map((m) => m.index! + m[0].length)
    .filter((c) => c >= 2 && c < s.length);
  const cut = [0, ...cuts].find((c) => known(s.slice(c))) ?? (REGION.test(s) ? (cuts[0] ?? 0) : 0);
  const body = s.slice(cut);
  return { region: s.slice(0, cut), body: table[body] ?? body };
}

/** Two unit names name the same unit: same full name, with or without a region prefix. */
export function sameUnit(a: string, b: string, aliases: Readonly<Record<string, string>> = {}): boolean {
  const ca = canonicalUnit(a, aliases);
  const cb = canonicalUnit(b, aliases);
  if (ca.body !== cb.body) return false;
  return !ca.region || !cb.region || ca.region === cb.region;
}

/**
 * A one-character county (沛县, 滑县, 叶县) opening a text or following no Han character;
 * "本县", "全市", "该区" are no place's name but the text's own.
 */
const ONE_CHARACTER_REGION = /(?<![\u4e00-\u9fff])(?![本我全该各此每其他外两一])[\u4e00-\u9fff](?:县|区|市|旗)/;

export interface UnitMention {
  text: string;
  start: number;
  end: number;
}

const KNOWN = Object.keys(UNIT_ABBREVIATIONS)
  .concat(Object.values(UNIT_ABBREVIATIONS))
  .filter((v, i, a) => a.indexOf(v) === i)
  .sort((a, b) => b.length - a.length);

/** Mentions of known units (built-in abbreviations and full names, user aliases) with any region prefix. */
export function findUnits(text: string, aliases: Readonly<Record<string, string>> = {}): UnitMention[] {
  const out: UnitMention[] = [];
  for (const m of text.matchAll(unitPattern(aliases)))
    out.push({ text: m[0], start: m.index!, end: m.index! + m[0].length });
  return out;
}

/** The pattern without aliases, and with each aliases object a config gave: built once, not per text searched. */
const NO_ALIASES: Readonly<Record<string, string>> = {};
const patterns = new WeakMap<Readonly<Record<string, string>>, RegExp>();

function unitPattern(aliases: Readonly<Record<string, string>>): RegExp {
  const key = Object.keys(aliases).length ? aliases : NO_ALIASES;
  let re = patterns.get(key);
  if (re) return re;
  const names = [...KNOWN, ...Object.keys(key), ...Object.values(key)].sort((a, b) => b.length - a.length);
  const alt = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  // region prefixes are mostly two characters + 省/市/县/区 (信丰县, 赣州市); longer ones are rare enough;
  // a one-character county (沛县, 滑县, 叶县) only where no Han character precedes it (a title, a field's
  // value, after a number "2."): inside a sentence one character before 县 may be any word's ("在沛县…")
  re = new RegExp(`(?:[\\u4e00-\\u9fff]{2}(?:省|市|县|区)|${ONE_CHARACTER_REGION.source})?(?:${alt})`, 'g');
  patterns.set(key, re);
  return re;
}
