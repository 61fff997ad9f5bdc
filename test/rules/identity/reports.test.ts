// The identity rules together on whole reports where nothing is wrong.
import { expect, it } from 'vitest';
import { identityRules } from '../../../rules/identity/index.js';
import { fixture, readFixture, runRule, SEED_FORMATS } from '../../helpers.js';

const quiet = [
  ...SEED_FORMATS.map((f) => fixture('corrected', `seed-corrected.${f}`)),
  fixture('other', 'other-report.txt'),
];
it.each(quiet)('%s gives no identity finding', async (path) => {
  expect(runRule(identityRules, await readFixture(path))).toEqual([]);
});
