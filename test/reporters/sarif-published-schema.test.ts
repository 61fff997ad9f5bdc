// The same SARIF output checked against the schema as published (byte for byte:
// SARIF 2.1.0-rtm.5, draft-04, as shipped in @microsoft/jest-sarif's lib/schemas),
// beside the transcribed OASIS copy sarif.test.ts uses.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AjvDraft04 from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { reporters } from '../../src/reporters/index.js';
import { loadResult, zhOpts } from './fixture.js';

const schema = JSON.parse(
  readFileSync(fileURLToPath(new URL('../fixtures-schema/sarif-2.1.0-rtm.5.json', import.meta.url)), 'utf8'),
);
// unicodeRegExp off: the published schema's language pattern is not valid under the u flag
const validate = new AjvDraft04({
  strict: false,
  allErrors: true,
  validateFormats: false,
  unicodeRegExp: false,
}).compile(schema);

describe('sarif reporter against the published 2.1.0 schema', () => {
  const log = JSON.parse(reporters.sarif(loadResult(), zhOpts));

  it('validates', () => {
    expect(validate(log), JSON.stringify(validate.errors, null, 1)).toBe(true);
  });

  it('rejects a broken log (the check can fail)', () => {
    const broken = structuredClone(log);
    broken.runs[0].results[0].locations = 'nowhere';
    expect(validate(broken)).toBe(false);
  });
});
