// Property: for random documents, every finding's location text is found at
// that location in the model (the paragraph or the table cell it names).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../rules/index.js';
import { checkDocument } from '../../src/engine/check-document.js';
import type { Document } from '../../src/model/document.js';
import { docFromText, squash } from '../helpers.js';
import type { Location } from '../../src/model/result.js';

const FRAGMENTS = [
  '一、基本情况',
  '（一）项目决策情况（指标分值20分，评价得分18分）',
  '1、项目立项',
  '（1）立项依据充分性。',
  '该项指标扣1分，得分3分。',
  '根据评分标准，产出质量指标共扣0分，得分10分。',
  '项目预算57万元，实际到位50万元，资金到位率100%。',
  '共使用45万元，结余资金5万元，资金执行率90%。',
  '新增企业20家以上，实际新增18家。',
  '2023年度',
  '2024年12月31日',
  '项目项目',
  '《通知》',
  '（未闭合',
  'xx',
  '××',
  '4个一级指标',
  '评价得分98分，评价等级为“优”。',
  '目录',
  '某县某某项目',
  '工信局',
  '财政局',
  '2月30日',
  '\t',
  '98%',
  '100',
  '…',
  '①',
  '(1分)',
];

const renderLoc = (doc: Document, l: Location): string => {
  const b = doc.blocks[l.paragraph!];
  if (l.table) {
    if (b.kind !== 'table') return '';
    const id = b.grid[l.table.row]?.[l.table.col];
    return id === undefined ? '' : b.cells[id].raw;
  }
  return b.kind === 'paragraph' ? b.raw : '';
};

describe('finding locations', () => {
  it('point at text that is really there', () => {
    const line = fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 8 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 25 }), (lines) => {
        const doc = docFromText(lines.join('\n\n'));
        const findings = checkDocument(doc, { rules: allRules, ruleConfig: {}, settings: {}, lang: 'en' });
        for (const f of findings)
          for (const l of f.locations) {
            expect(l.paragraph).not.toBeNull();
            expect(squash(renderLoc(doc, l))).toContain(squash(l.text));
            expect(squash(l.excerpt)).toContain(squash(l.text));
          }
      }),
      { numRuns: 150, seed: 20261128 },
    );
  });
});
