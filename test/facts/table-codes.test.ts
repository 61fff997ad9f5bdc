// Tables by budget classification code (src/facts/funding/table-codes.ts): how their rows nest, and why a
// line named "其他…支出" is an account, not the funding source 其他 (src/facts/funding/vocabulary.ts).
import { describe, expect, it } from 'vitest';
import { codeTree } from '../../src/facts/funding/table-codes.js';
import { sourceOf } from '../../src/facts/funding/vocabulary.js';
import type { Table } from '../../src/model/document.js';
import { docFromText } from '../helpers.js';

/** The first table of a report whose body is `rows` (tab-separated), and its body rows (all but the header). */
const table = (rows: string[]) => {
  const doc = docFromText(
    ['某局2024年度部门整体支出绩效自评报告', '一、部门收支', rows.join('\n') + '\n'].join('\n\n'),
  );
  const t = doc.tables[0] as Table;
  return { t, body: Array.from({ length: t.rows - 1 }, (_, i) => i + 1) };
};
const HEAD = '科目编码\t科目名称\t决算数';
/** A tree as "row>children" for each row that opens others, and the top rows. */
const shape = (rows: string[]) => {
  const { t, body } = table([HEAD, ...rows]);
  const tree = codeTree(t, body);
  return tree && { top: tree.top, children: [...tree.children].map(([p, kids]) => `${p}>${kids.join(',')}`) };
};

describe('rows nested by classification code', () => {
  it('a 类 over its 款, each 款 over its 项 (功能分类: 3, 5, 7 digits)', () => {
    expect(
      shape([
        '208\t社会保障和就业支出\t245.26',
        '20805\t行政事业单位养老支出\t245.26',
        '2080505\t机关事业单位基本养老保险缴费支出\t171.68',
        '2080506\t机关事业单位职业年金缴费支出\t73.58',
        '213\t农林水支出\t848.74',
        '21301\t农业农村\t848.74',
        '2130101\t行政运行\t500.00',
      ]),
    ).toEqual({ top: [1, 5], children: ['1>2', '2>3,4', '5>6', '6>7'] });
  });

  it('经济分类: a 类 over its 款 (3, 5 digits)', () => {
    expect(shape(['301\t工资福利支出\t900.00', '30101\t基本工资\t600.00', '30199\t其他工资福利支出\t300.00'])).toEqual({
      top: [1],
      children: ['1>2,3'],
    });
  });

  it('no tree where nothing nests, a row has no code, a code is written twice or comes after its group closed', () => {
    expect(shape(['30101\t基本工资\t600.00', '30199\t其他工资福利支出\t300.00'])).toBeNull();
    expect(shape(['301\t工资福利支出\t900.00', '\t基本工资\t600.00', '30199\t其他工资福利支出\t300.00'])).toBeNull();
    expect(shape(['301\t工资福利支出\t900.00', '30101\t基本工资\t600.00', '30101\t基本工资\t300.00'])).toBeNull();
    expect(
      shape([
        '301\t工资福利支出\t600.00',
        '30101\t基本工资\t600.00',
        '302\t商品和服务支出\t50.00',
        '30199\t其他\t300.00',
      ]),
    ).toBeNull();
  });

  it('a column of 序号 or of years is no code', () => {
    expect(shape(['1\t农田建设\t100.00', '2\t动物防疫\t200.00'])).toBeNull();
    expect(shape(['2023\t上年\t100.00', '2024\t本年\t200.00'])).toBeNull();
  });
});

describe('the source word 其他', () => {
  it('on its own, or before 资金 / 来源, is the source', () => {
    expect(sourceOf('其他')).toBe('other');
    expect(sourceOf('其他资金')).toBe('other');
    expect(sourceOf('其中：其他资金')).toBe('other');
    expect(sourceOf('其他来源资金支出')).toBe('other');
  });

  it('at the head of an account name ("其他…支出", "其他…补助") is no source', () => {
    expect(sourceOf('其他商品和服务支出')).toBeNull();
    expect(sourceOf('其他农业农村支出')).toBeNull();
    expect(sourceOf('其他对个人和家庭的补助')).toBeNull();
    expect(sourceOf('其他交通费用')).toBeNull();
  });
});
