import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { reporters } from '../../src/reporters/index.js';
import { loadResult, zhOpts } from './fixture.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const SCHEMA = join(REPO, 'schema/report.schema.json');
const CHECKER = join(REPO, 'schema/check-output.mjs');

describe('json reporter', () => {
  const out = reporters.json(loadResult(), zhOpts);
  const parsed = JSON.parse(out);

  it('validates against the contract schema (ajv, draft 2020-12)', () => {
    const ajv = new Ajv2020.default({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')));
    expect(validate(parsed), JSON.stringify(validate.errors)).toBe(true);
  });

  it('passes the shared contract checker', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rl-json-'));
    const file = join(dir, 'out.json');
    writeFileSync(file, out);
    const said = execFileSync(process.execPath, [CHECKER, file], { encoding: 'utf8' });
    expect(said).toContain('contract ok: 4 files, 2 errors, 2 warnings, 1 infos');
  });

  it('keeps the contract key order whatever order the input had', () => {
    expect(Object.keys(parsed)).toEqual(['schemaVersion', 'tool', 'summary', 'files']);
    expect(Object.keys(parsed.files[2])).toEqual(['path', 'format', 'status', 'error', 'findings']);
    expect(Object.keys(parsed.files[0])).toEqual(['path', 'format', 'status', 'document', 'findings']);
    // the fixture lists actual before expected in this finding
    expect(Object.keys(parsed.files[0].findings[2])).toEqual([
      'ruleId',
      'severity',
      'message',
      'expected',
      'actual',
      'locations',
    ]);
    expect(Object.keys(parsed.files[0].findings[0].locations[0])).toEqual([
      'text',
      'excerpt',
      'page',
      'line',
      'paragraph',
      'table',
      'section',
    ]);
  });

  it('omits expected/actual when a finding has none, and keeps all data', () => {
    const txt = parsed.files[3].findings[0];
    expect('expected' in txt).toBe(false);
    expect('actual' in txt).toBe(false);
    expect(parsed).toEqual(loadResult());
  });

  it("writes a finding's messageId after its ruleId (an added field the contract allows)", () => {
    const r = loadResult();
    r.files[0].findings[2].messageId = 'sum';
    const again = JSON.parse(reporters.json(r, zhOpts));
    expect(Object.keys(again.files[0].findings[2])).toEqual([
      'ruleId',
      'messageId',
      'severity',
      'message',
      'expected',
      'actual',
      'locations',
    ]);
    expect(again.files[0].findings[2].messageId).toBe('sum');
    const ajv = new Ajv2020.default({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')));
    expect(validate(again), JSON.stringify(validate.errors)).toBe(true);
  });

  it('fills missing optional location fields with null', () => {
    const r = loadResult();
    const loc = r.files[3].findings[0].locations[0] as unknown as Record<string, unknown>;
    delete loc.table;
    delete loc.section;
    const again = JSON.parse(reporters.json(r, zhOpts));
    expect(again.files[3].findings[0].locations[0].table).toBeNull();
    expect(again.files[3].findings[0].locations[0].section).toBeNull();
  });
});
