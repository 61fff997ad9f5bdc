// End to end on reports no rule author wrote against: fixtures/corpus/ holds four
// reports from other counties, templates and tools, each with contradictions we
// injected by hand and listed in expected.json. Every expected contradiction must
// be reported at its place (recall), and nothing else may be reported (precision)
// beyond a short allow-list whose entries each say why.
import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.js';
import { checkDocument } from '../../src/engine/check-document.js';
import type { Document } from '../../src/model/document.js';
import { fixture, readFixture } from '../helpers.js';
import type { Finding, Location } from '../../src/model/result.js';
import {
  AREAS,
  describeFinding,
  found,
  inArea,
  locatedAt,
  norm,
  readManifest,
  reportFiles,
  seenElsewhere,
  unexpectedFindings,
  unusedAllowed,
} from './corpus-match.js';

const dir = fixture('corpus');
const manifest = readManifest(dir);
const { entries, expectations, allowed } = manifest;
const files = reportFiles(dir);

async function findingsOf(file: string): Promise<{ doc: Document; findings: Finding[] }> {
  const doc = await readFixture(fixture('corpus', file));
  return { doc, findings: checkDocument(doc, { rules: allRules, ruleConfig: {}, settings: {}, lang: 'zh-CN' }) };
}

/** All text of a document, paragraphs and cells, normalized as the quotes are. */
function allText(doc: Document): string {
  return norm(
    doc.blocks.map((b) => (b.kind === 'paragraph' ? b.raw : b.cells.map((c) => c.raw).join('\n'))).join('\n'),
  );
}

describe('placing a finding at a quote', () => {
  const loc = (text: string, excerpt: string): Location => ({
    text,
    excerpt,
    page: null,
    line: null,
    paragraph: 0,
    table: null,
    section: null,
  });
  it('accepts a span inside the quote or around it, across full-width forms and spaces', () => {
    expect(locatedAt(loc('18.5', '（共20分，得18.5分）'), '（二）过程指标（共20分，得18.5分）')).toBe(true);
    expect(locatedAt(loc('根据评分标准，养护里程指标共扣2分，得8分。', ''), '养护里程指标共扣2分，得8分')).toBe(true);
    expect(locatedAt(loc('2022 年 12 月 31 日', '截至 2022 年 12 月 31 日，全县'), '截至2022年12月31日')).toBe(true);
    // a radical a PDF writes for the ideograph (U+2EA0 for 民), which NFKC leaves as it is
    expect(locatedAt(loc('鸡西市⺠政局', '鸡西市⺠政局将在编制'), '鸡西市民政局')).toBe(true);
  });
  it('does not place a short span by its characters alone', () => {
    expect(
      locatedAt(
        loc('5', '产出时效 | 资金拨付及时率 | 5 | 100% | 100% | 5'),
        '高血压患者规范管理率58.3%，基本完成年度目标，得5分',
      ),
    ).toBe(false);
    expect(
      locatedAt(
        loc('5', '产出质量 | 高血压患者规范管理率 | 5 | ≥62% | 58.3% | 5'),
        '高血压患者规范管理率58.3%，基本完成年度目标，得5分',
      ),
    ).toBe(true);
    expect(locatedAt(loc('优', '…评价等级为“优”。'), '评价等级为“优”')).toBe(true);
    expect(locatedAt(loc('优', '得分等级 | 优'), '评价等级为“优”')).toBe(false);
    expect(locatedAt(loc('3087', '实际支出3,087万元'), '3078')).toBe(false);
  });
});

describe('the corpus manifest', () => {
  it('names only files that exist, covers every file, and uses known areas', () => {
    expect(expectations.length).toBeGreaterThan(0);
    for (const e of entries) expect(files, `expected.json names ${e.file}`).toContain(e.file);
    for (const f of files)
      expect(
        expectations.some((e) => e.file === f),
        `${f} has expectations`,
      ).toBe(true);
    for (const e of expectations) expect(AREAS, `${e.file}: ${e.quote}`).toContain(e.ruleArea);
    for (const e of expectations)
      if (e.known_miss) expect(e.reason, `known_miss needs a reason: ${e.quote}`).toBeTruthy();
    for (const a of allowed) expect(a.reason, `allowed finding needs a reason: ${a.quote}`).toBeTruthy();
  });

  it.each(files)('every quote is text of %s as the parser reads it', async (file) => {
    const text = allText(await readFixture(fixture('corpus', file)));
    for (const e of entries.filter((x) => x.file === file)) expect(text, e.quote).toContain(norm(e.quote));
  });
});

describe('reportlint on the corpus', async () => {
  const results = new Map<string, Finding[]>();
  for (const f of files) results.set(f, (await findingsOf(f)).findings);

  it('has rules to run', () => {
    expect(allRules.length).toBeGreaterThan(0);
  });

  it('finds at least half of all injected contradictions, known misses counted as missed', () => {
    const met = expectations.filter((e) => found(results.get(e.file)!, e));
    const missed = expectations.filter((e) => !found(results.get(e.file)!, e));
    console.log(
      `[corpus] recall ${met.length}/${expectations.length}\n` +
        missed
          .map((e) => {
            const near = seenElsewhere(results.get(e.file)!, e).map(describeFinding);
            return `  MISS ${e.file} ${e.ruleArea}: “${e.quote}”${e.known_miss ? ' (known_miss)' : ''}${near.length ? `\n       seen only as: ${near.join('; ')}` : ''}`;
          })
          .join('\n'),
    );
    // hits at the right place that say something else: logged for the rule authors, not failed
    const odd: string[] = [];
    for (const e of expectations) {
      const at = results.get(e.file)!.filter((f) => locatedAt(f.locations[0], e.quote));
      for (const f of at) {
        if (!inArea(f, e.ruleArea))
          odd.push(`  OTHER AREA ${e.file} “${e.quote}” (${e.ruleArea}): ${describeFinding(f)}`);
        else if (
          e.expectedValue &&
          !norm(f.expected ?? '')
            .replace(/,/g, '')
            .includes(norm(e.expectedValue))
        )
          odd.push(`  WRONG VALUE ${e.file} “${e.quote}” should imply ${e.expectedValue}: ${describeFinding(f)}`);
      }
    }
    if (odd.length)
      console.log(`[corpus] at an expected place, but from another area or with another value:\n${odd.join('\n')}`);
    const nowMet = met.filter((e) => e.known_miss);
    if (nowMet.length)
      console.log(
        `[corpus] marked known_miss but now found: ${nowMet.map((e) => `${e.file} “${e.quote}”`).join(', ')}`,
      );
    expect(met.length * 2).toBeGreaterThanOrEqual(expectations.length);
  });

  describe.each(files)('%s', (file) => {
    const mine = expectations.filter((e) => e.file === file);

    for (const e of mine) {
      // a known miss is skipped here (expected.json says why) but still counts as missed in the floor above
      (e.known_miss ? it.skip : it)(`reports ${e.ruleArea}: ${e.quote}`, () => {
        const findings = results.get(file)!;
        const near = seenElsewhere(findings, e).map(describeFinding);
        expect(found(findings, e), `${e.note}${near.length ? `\nseen only as: ${near.join('\n  ')}` : ''}`).toBe(true);
      });
    }

    it('reports nothing else', () => {
      const findings = results.get(file)!;
      const extra = unexpectedFindings(findings, file, manifest);
      const unused = unusedAllowed(findings, file, manifest);
      if (unused.length)
        console.log(
          `[corpus] allow-list entries no longer needed in ${file}: ${unused.map((a) => `${a.ruleId} “${a.quote}”`).join(', ')}`,
        );
      if (extra.length)
        console.log(`[corpus] false positives in ${file}:\n  ${extra.map(describeFinding).join('\n  ')}`);
      expect(extra.map(describeFinding)).toEqual([]);
    });
  });
});

// Control copies: a corpus report with every injected contradiction reverted (made by the same
// build script with --clean). Whatever reportlint says about them is a false finding.
describe('the corpus controls', async () => {
  const controls = reportFiles(fixture('corpus-clean'));
  it('exist', () => {
    expect(controls.length).toBeGreaterThan(0);
  });
  for (const file of controls) {
    it(`${file}: no finding`, async () => {
      const doc = await readFixture(fixture('corpus-clean', file));
      const findings = checkDocument(doc, { rules: allRules, ruleConfig: {}, settings: {}, lang: 'zh-CN' });
      expect(findings.map(describeFinding)).toEqual([]);
    });
  }
});
