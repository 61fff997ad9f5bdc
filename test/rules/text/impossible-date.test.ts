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
    ],
  },
  () => {
    it.each(SEED_FORMATS)('the seed (%s) has no impossible date', async (format) => {
      expect(runRule(impossibleDate, await readFixture(SEED[format]))).toEqual([]);
    });
  },
);
