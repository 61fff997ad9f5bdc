// The contents rules together on whole reports where nothing is wrong.
import { expect, it } from 'vitest';
import { tocRules } from '../../../rules/toc/index.js';
import { fixture, readFixture, runRule, SEED_FORMATS } from '../../helpers.js';

const quiet = [
  ...SEED_FORMATS.map((f) => fixture('corrected', `seed-corrected.${f}`)),
  fixture('other', 'other-report.txt'),
];
it.each(quiet)('%s gives no contents finding', async (path) => {
  expect(runRule(tocRules, await readFixture(path))).toEqual([]);
});
