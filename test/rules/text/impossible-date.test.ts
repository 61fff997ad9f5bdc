import { expect, it } from 'vitest';
import impossibleDate from '../../../rules/text/impossible-date.js';
import { readFixture, runRule, SEED, SEED_FORMATS } from '../../helpers.js';
import { ruleTester } from '../../rule-tester.js';

export const cases = ruleTester(
  impossibleDate,
  {
    // real dates and durations
    base: '于2024年2月29日、12月31日完成，历时13个月，2024.1.1开工。\n',
    valid: [],
    invalid: [
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
