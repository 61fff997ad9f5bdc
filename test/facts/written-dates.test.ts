// The dates the fact store holds (src/facts/identity/written-dates.ts): each with the year it falls in, read once for
// text/impossible-date.
import { describe, expect, it } from 'vitest';
import { Facts } from '../../src/facts/store.js';
import { docFromText } from '../helpers.js';

const dates = (body: string) =>
  new Facts(docFromText(`青原市2024年度农村公路养护项目绩效评价报告\n\n一、概况\n\n${body}\n`), {}).dates
    .filter((d) => d.place.role === 'body')
    .map((d) => [d.place.text.slice(d.start, d.end), d.inYear]);

describe('written dates', () => {
  it('fall in their own year, else in the last year the text gives before them', () => {
    expect(dates('于2024年2月19日至2月30日施工，2023-05-06验收。')).toEqual([
      ['2024年2月19日', 2024],
      ['2月30日', 2024],
      ['2023-05-06', 2023],
    ]);
  });
  it('take no year from a document number or a count of years, nor from text after them', () => {
    expect(dates('依据湘财绩〔2023〕5号，服务期15年，于2月30日前完成，2025年验收。')).toEqual([['2月30日', null]]);
  });
});
