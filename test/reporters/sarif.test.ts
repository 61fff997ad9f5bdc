import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import { FINGERPRINT_KEY, reporters } from '../../src/reporters/index.js';
import { pathToUri } from '../../src/reporters/sarif.js';
import type { RunResult } from '../../src/model/result.js';
import { RULES, loadResult, zhOpts } from './fixture.js';

const SCHEMA = JSON.parse(
  readFileSync(fileURLToPath(new URL('../fixtures-schema/sarif-schema-2.1.0.json', import.meta.url)), 'utf8'),
);
// draft-07; formats (uri, uri-reference) are checked separately below since ajv-formats is not installed
const ajv = new Ajv.default({ strict: false, allErrors: true, validateFormats: false });
const validate = ajv.compile(SCHEMA);

const sarifOf = (r: RunResult): Sarif.Log => JSON.parse(reporters.sarif(r, zhOpts));
const fp = (res: Sarif.Result) => res.partialFingerprints![FINGERPRINT_KEY];

describe('sarif reporter', () => {
  const log = sarifOf(loadResult());
  const run = log.runs[0];
  const results = run.results!;

  it('is valid against the SARIF 2.1.0 schema', () => {
    expect(validate(log), JSON.stringify(validate.errors, null, 1)).toBe(true);
    expect(log.version).toBe('2.1.0');
  });

  it('is valid against SARIF 2.1.0 with Errata 01: every region has a start, or there is no region', () => {
    // Errata 01 (sarif-schema-2.1.0.json as revised in 2023) requires startLine, charOffset or byteOffset in a region
    const errata = structuredClone(SCHEMA) as { definitions: { region: Record<string, unknown> } };
    errata.definitions.region.anyOf = [
      { required: ['startLine'] },
      { required: ['charOffset'] },
      { required: ['byteOffset'] },
    ];
    const strict = new Ajv.default({ strict: false, allErrors: true, validateFormats: false }).compile(errata);
    expect(strict(log), JSON.stringify(strict.errors, null, 1)).toBe(true);
    const regions = run
      .results!.flatMap((r) => [...(r.locations ?? []), ...(r.relatedLocations ?? [])])
      .map((l) => l.physicalLocation?.region);
    expect(regions.filter(Boolean).length).toBeGreaterThan(0); // the txt finding still has one
    // and the stricter schema does reject a region without a start
    const broken = structuredClone(log);
    broken.runs[0].results![4].locations![0].physicalLocation!.region = { snippet: { text: 'x' } };
    expect(strict(broken)).toBe(false);
  });

  it('the schema check can fail (a result without a message is rejected)', () => {
    const broken = structuredClone(log) as unknown as { runs: Array<{ results: Array<Record<string, unknown>> }> };
    delete broken.runs[0].results[0].message;
    expect(validate(broken)).toBe(false);
    const badLevel = structuredClone(log) as unknown as { runs: Array<{ results: Array<Record<string, unknown>> }> };
    badLevel.runs[0].results[2].level = 'info'; // SARIF says "note"
    expect(validate(badLevel)).toBe(false);
  });

  it('describes the tool and every rule, with ruleIndex pointing at the right descriptor', () => {
    const driver = run.tool.driver;
    expect(driver.name).toBe('reportlint');
    expect(driver.version).toBe('0.1.0');
    const rules = driver.rules!;
    expect(rules.slice(0, 3).map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    expect(rules[0].shortDescription?.text).toBe('分项得分之和应等于合计');
    expect(rules[0].defaultConfiguration?.level).toBe('error');
    expect(rules[1].defaultConfiguration?.level).toBe('warning');
    // the two rules without meta still get a descriptor
    expect(rules.map((r) => r.id)).toEqual(expect.arrayContaining(['style/punctuation', 'date/evaluated-year']));
    expect(rules).toHaveLength(5);
    for (const res of results) expect(rules[res.ruleIndex!].id).toBe(res.ruleId);
  });

  it('has one result per finding with mapped levels', () => {
    expect(results).toHaveLength(5);
    expect(results.map((r) => r.level)).toEqual(['error', 'warning', 'note', 'error', 'warning']);
    expect(results[0].message.text).toContain('决策指标得分为 18 分');
  });

  it('puts the first location in locations[0] and the others in relatedLocations with ids and messages', () => {
    const pct = results[3];
    expect(pct.locations).toHaveLength(1);
    expect(pct.locations![0].physicalLocation?.properties?.snippet).toBe('98.00%');
    expect(pct.relatedLocations).toHaveLength(2);
    expect(pct.relatedLocations!.map((l) => l.id)).toEqual([1, 2]);
    expect(pct.relatedLocations![1].message?.text).toContain('95.00%');
    expect(results[0].relatedLocations).toHaveLength(1);
    expect(results[1].relatedLocations).toBeUndefined();
  });

  it('gives startLine only where a line is a line of the file (txt), and pages as properties/logical locations', () => {
    const txt = results[4].locations![0];
    expect(txt.physicalLocation?.region?.startLine).toBe(7);
    expect(txt.physicalLocation?.region?.snippet?.text).toBeTruthy();
    const pdf = results[3].locations![0];
    // a region needs a start (Errata 01): a PDF location has none in the file, so no region
    expect(pdf.physicalLocation?.region).toBeUndefined();
    expect(pdf.physicalLocation?.properties).toMatchObject({ page: 3, lineOnPage: 12 });
    expect(pdf.logicalLocations?.map((l) => l.fullyQualifiedName)).toContain('page[3]/line[12]');
  });

  it('names sections and table cells as logical locations', () => {
    const cell = results[0].locations![0];
    const names = cell.logicalLocations!.map((l) => l.fullyQualifiedName);
    expect(names).toContain('四、绩效评价指标分析 > （一）项目决策情况');
    expect(names).toContain('table[1]/row[4]/col[2]');
    const sec = cell.logicalLocations!.find((l) => l.kind === 'section')!;
    expect(sec.name).toBe('（一）项目决策情况');
  });

  it('turns the path as given into a relative URI reference (encoded) or a file: URI', () => {
    const uris = results.map((r) => r.locations![0].physicalLocation!.artifactLocation!.uri!);
    expect(decodeURIComponent(uris[0])).toBe('reports/县农业局2024年项目绩效评价报告.docx');
    expect(uris[3]).toBe('scans/%E4%B9%99%E5%8E%BF%20%E6%8A%A5%E5%91%8A%231.pdf');
    expect(uris[4]).toBe('notes.txt');
    for (const u of uris) {
      expect(u).toMatch(/^[A-Za-z0-9\-._~%!$&'()*+,;=:@/]+$/); // RFC 3986 characters only
      expect(new URL(u, 'file:///base/').href.startsWith('file:///base/')).toBe(true); // relative
    }
    expect(pathToUri('/srv/报告.pdf')).toBe('file:///srv/%E6%8A%A5%E5%91%8A.pdf');
    expect(pathToUri('C:\\报告\\a b.docx')).toBe('file:///C:/%E6%8A%A5%E5%91%8A/a%20b.docx');
  });

  it('reports failed files as tool execution notifications and marks the run unsuccessful', () => {
    const inv = run.invocations![0];
    expect(inv.executionSuccessful).toBe(false);
    expect(inv.toolExecutionNotifications).toHaveLength(1);
    const n = inv.toolExecutionNotifications![0];
    expect(n.level).toBe('error');
    expect(n.message.text).toContain('E_CORRUPT');
    expect(decodeURIComponent(n.locations![0].physicalLocation!.artifactLocation!.uri!)).toBe('bad/损坏.docx');
    const ok = loadResult();
    ok.files = ok.files.filter((f) => f.status === 'ok');
    expect(sarifOf(ok).runs[0].invocations![0].executionSuccessful).toBe(true);
  });

  describe('partialFingerprints', () => {
    it('are stable when line, page and paragraph numbers move', () => {
      const moved = loadResult();
      for (const f of moved.files)
        for (const x of f.findings)
          for (const l of x.locations) {
            if (l.line != null) l.line += 40;
            if (l.page != null) l.page += 2;
            if (l.paragraph != null) l.paragraph += 15;
          }
      moved.files[1].path = 'elsewhere/乙县 报告#1.pdf'; // the title, not the folder, identifies the document
      const again = sarifOf(moved).runs[0].results!;
      expect(again.map(fp)).toEqual(results.map(fp));
    });

    it('change when the excerpt, the rule or the document changes', () => {
      const edited = loadResult();
      edited.files[1].findings[0].locations[0].excerpt = '预算执行率为98.00%，较上年下降';
      expect(fp(sarifOf(edited).runs[0].results![3])).not.toBe(fp(results[3]));
      const other = loadResult();
      other.files[1].findings[0].ruleId = 'number/other';
      expect(fp(sarifOf(other).runs[0].results![3])).not.toBe(fp(results[3]));
      const otherDoc = loadResult();
      otherDoc.files[1].document!.title = '丙县项目支出绩效评价报告';
      expect(fp(sarifOf(otherDoc).runs[0].results![3])).not.toBe(fp(results[3]));
    });

    it('ignore whitespace and width differences in the excerpt (a re-extracted PDF)', () => {
      const respaced = loadResult();
      respaced.files[1].findings[0].locations[0].excerpt = '预算执行率为 98.00% ，较上年提高';
      expect(fp(sarifOf(respaced).runs[0].results![3])).toBe(fp(results[3]));
    });

    it('are sha256 hex digests, distinct across these findings', () => {
      for (const r of results) expect(fp(r)).toMatch(/^[0-9a-f]{64}$/);
      expect(new Set(results.map(fp)).size).toBe(results.length);
    });
  });
});
