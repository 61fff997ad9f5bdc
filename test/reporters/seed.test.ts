// Every format on the real sample report, checked by properties only (the findings
// come from whatever rules exist): contract and SARIF validity, one entry per finding.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import Ajv2020 from 'ajv/dist/2020.js';
import { DomUtils, parseDocument } from 'htmlparser2';
import type * as Sarif from 'sarif';
import { beforeAll, describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.js';
import { checkDocument, summarizeDocument } from '../../src/engine/check-document.js';
import { readDocument } from '../../src/parsers/index.js';
import { reporters, type ReporterOptions } from '../../src/reporters/index.js';
import type { RunResult } from '../../src/model/result.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const opts: ReporterOptions = { lang: 'zh-CN', color: false, rules: allRules.map((r) => r.meta) };

let result: RunResult;
let findingCount = 0;

beforeAll(async () => {
  const path = 'fixtures/seed/seed.txt';
  const doc = await readDocument(join(REPO, path), { maxBytes: 0 });
  const findings = checkDocument(doc, { rules: allRules, ruleConfig: {}, settings: {}, lang: 'zh-CN' });
  const n = (s: string) => findings.filter((f) => f.severity === s).length;
  findingCount = findings.length;
  result = {
    schemaVersion: 1,
    tool: { name: 'reportlint', version: '0.1.0' },
    summary: { files: 1, failedFiles: 0, errors: n('error'), warnings: n('warning'), infos: n('info') },
    files: [{ path, format: doc.format, status: 'ok', document: summarizeDocument(doc, {}), findings }],
  };
});

describe('reporters on the seed report', () => {
  it('json: passes the contract schema and checker', () => {
    const out = reporters.json(result, opts);
    const ajv = new Ajv2020.default({ strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync(join(REPO, 'schema/report.schema.json'), 'utf8')));
    expect(validate(JSON.parse(out)), JSON.stringify(validate.errors)).toBe(true);
    const file = join(mkdtempSync(join(tmpdir(), 'rl-seed-')), 'out.json');
    writeFileSync(file, out);
    expect(execFileSync(process.execPath, [join(REPO, 'schema/check-output.mjs'), file], { encoding: 'utf8' })).toMatch(
      /^contract ok/,
    );
  });

  it('sarif: valid, one result a finding, related locations for the rest', () => {
    const schema = JSON.parse(readFileSync(join(REPO, 'test/fixtures-schema/sarif-schema-2.1.0.json'), 'utf8'));
    const validate = new Ajv.default({ strict: false, validateFormats: false }).compile(schema);
    const log = JSON.parse(reporters.sarif(result, opts)) as Sarif.Log;
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const results = log.runs[0].results!;
    expect(results).toHaveLength(findingCount);
    results.forEach((r, i) => {
      const f = result.files[0].findings[i];
      expect(r.relatedLocations?.length ?? 0).toBe(f.locations.length - 1);
      expect(r.locations![0].physicalLocation!.region?.startLine).toBe(f.locations[0].line ?? undefined);
    });
  });

  it('csv, html and text: one entry a finding', () => {
    const csv = reporters.csv(result, opts);
    // rows end with CRLF; line breaks inside quoted cells are bare LF
    expect(csv.split('\r\n').length - 1).toBe(findingCount + 1);
    const html = parseDocument(reporters.html(result, opts)).children;
    expect(DomUtils.findAll((e) => (e.attribs.class ?? '') === 'finding', html)).toHaveLength(findingCount);
    const text = reporters.text(result, opts);
    expect(text.split('\n').filter((l) => /^ {2}(错误|警告|提示) /.test(l))).toHaveLength(findingCount);
  });
});
