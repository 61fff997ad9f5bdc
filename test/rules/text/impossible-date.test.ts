import { expect, it } from 'vitest';
import impossibleDate from '../../../rules/text/impossible-date.js';
import { readFixture, runRule, SEED, SEED_FORMATS } from '../../helpers.js';
import { ruleTester } from '../../rule-tester.js';

export const cases = ruleTester(
  impossibleDate,
  {
    // real dates and durations
    base: '于2024年2月29日、12月31日完成，历时13个月，2024.1.1开工。\n',
    valid: [
      {
        // 2024 is a leap year however its year is written
        name: 'a 29 February of a leap year written in Chinese numerals',
        text: '报告日期：二〇二四年二月二十九日。\n',
      },
      {
        // mutool writes a narrow cell's date on two lines: "2022-08-0" is cut, not day 0
        name: "a date a narrow table cell wrapped after its day's first digit",
        text: '表2 债券发行情况\n\n发行日期\n\n2022-08-0\n\n5\n\n2023-03-0\n\n9\n',
      },
    ],
    invalid: [
      {
        // the same "0" with text after it on its line is the day written
        name: 'a day 0 inside a line',
        text: '债券于2022-08-0发行，期限10年。\n',
        errors: [{ messageId: 'day', actual: '2022-08-0', expected: '8月31日' }],
      },
      {
        // the month's last day as expected, February's in the year the text gives (2024: 29), none for a month that does not exist
        name: 'days and months that do not exist',
        text: '于2023年2月29日、11月31日、2024年13月和二月三十日完成，2024-04-31验收。\n',
        errors: [
          { messageId: 'day', actual: '2023年2月29日', expected: '2月28日' },
          { messageId: 'day', actual: '11月31日', expected: '11月30日' },
          { messageId: 'month', actual: '2024年13月', expected: undefined },
          { messageId: 'day', actual: '二月三十日', expected: '2月29日' },
          { messageId: 'day', actual: '2024-04-31', expected: '4月30日' },
        ],
      },
      {
        // a document number's year gives no year to the date after it, nor does a count of years ("服务期15年"):
        // February's last day is then not known
        name: 'a 30 February after a document number and a count of years',
        text: '依据湘财绩〔2023〕5号，服务期15年，于2月30日前完成。\n',
        errors: [{ messageId: 'day', actual: '2月30日', expected: undefined }],
      },
      {
        // a report's closing date in Chinese numerals: its year is read as the lexicon reads years (lang/years.ts), so
        // 2023 has no 29 February, and the 30 February after a 2024 date has 29 days for its expected last day
        name: 'a date whose year is written in Chinese numerals or two digits',
        text: '报告日期：二〇二三年二月二十九日。现场核查于二〇二四年二月十九日至二月三十日进行，23年2月29日补充资料。\n',
        errors: [
          { messageId: 'day', actual: '二〇二三年二月二十九日', expected: '2月28日' },
          { messageId: 'day', actual: '二月三十日', expected: '2月29日' },
          { messageId: 'day', actual: '23年2月29日', expected: '2月28日' },
        ],
      },
    ],
  },
  () => {
    it.each(SEED_FORMATS)('the seed (%s) has no impossible date', async (format) => {
      expect(runRule(impossibleDate, await readFixture(SEED[format]))).toEqual([]);
    });
  },
);
