// Stated figures are typed as such (issue 13, item 6): a fact whose figure was read narrows to Stated<F>,
// and the score consensus hands out only those, so the rules reading it need no `q!`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Consensus } from '../../src/facts/indicators/consensus.js';
import { extractIndicators } from '../../src/facts/indicators/indicators.js';
import { isStated, parseQuantity, type Stated } from '../../src/facts/lang/numbers.js';
import { docFromText } from '../helpers.js';

describe('stated figures', () => {
  it('are the facts whose figure was read', () => {
    const read = { label: '预算', q: parseQuantity('100万元') };
    const empty = { label: '结余', q: null };
    expect(isStated(read)).toBe(true);
    expect(isStated(empty)).toBe(false);
    const stated: Stated<typeof read>[] = [read, empty].filter(isStated);
    expect(stated.map((f) => f.q.value.toString())).toEqual(['100']);
  });

  it('are all the consensus gives: a 等级 row (no figure) never reaches a verdict', () => {
    const doc = docFromText(
      [
        '二、评价结论',
        '各指标得分见下表。',
        '指标名称\t分值\t得分\t等级',
        '决策\t20\t18\t优',
        '过程\t20\t17\t良',
        '产出\t60\t55\t优',
        '合计\t100\t90\t优',
      ].join('\n\n'),
    );
    const consensus = new Consensus(extractIndicators(doc, {}));
    const figures = [0, 1, 2, 3].flatMap((n) => [...consensus.figures(n, '分值'), ...consensus.figures(n, '得分')]);
    expect(figures.length).toBeGreaterThan(0);
    expect(figures.every((f) => f.q !== null && f.kind !== '等级')).toBe(true);
    const verdict = consensus.verdict(0, '得分');
    expect(verdict?.reference[0].q.value.toString()).toBe('90');
  });
});

/** Every .ts file under `dir`, as a path from the package root. */
const tsFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );

describe('reading stated figures', () => {
  it('needs no `q!` in a rule or a fact: the facts type what they read (attachment rows, funds rows, row restatements)', () => {
    const asserted = [...tsFiles('rules'), ...tsFiles('src')].flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .flatMap((line, i) => (/\bq!/.test(line.replace(/\/\/.*|\/\*.*|^\s*\*.*/, '')) ? [`${f}:${i + 1}`] : [])),
    );
    expect(asserted).toEqual([]);
  });
});
