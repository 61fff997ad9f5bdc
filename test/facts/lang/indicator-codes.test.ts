// Indicator codes (src/facts/lang/indicator-codes.ts): which cells are codes and which code lies under which.
import { describe, expect, it } from 'vitest';
import { CELL_CODE, codeExtends } from '../../../src/facts/lang/indicator-codes.js';

describe('indicator codes', () => {
  it('read a code with a dash after its digits as a cell code (A1-1), not a dash alone or a dotted letter code', () => {
    for (const c of ['A', 'A1', 'A101', 'A1-1', 'D3-2', 'A1-2-3', '1', '1.2.3']) expect(CELL_CODE.test(c)).toBe(true);
    for (const c of ['A-1', 'A1-', 'A2-3B', '编码', '1-2', 'AB']) expect(CELL_CODE.test(c)).toBe(false);
  });
  it('nest A ⊃ A1 ⊃ A1-1 (and A ⊃ A1-1 when the A1 row is left out)', () => {
    expect(codeExtends('A1', 'A')).toBe(true);
    expect(codeExtends('A1-1', 'A1')).toBe(true);
    expect(codeExtends('A1-1', 'A')).toBe(true);
    expect(codeExtends('A1-2-1', 'A1-2')).toBe(true);
  });
  it('never put a code under a sibling or another letter', () => {
    // A1-12 is A1-1's sibling, A2-1 is under A2, B1-1 under B
    expect(codeExtends('A1-12', 'A1-1')).toBe(false);
    expect(codeExtends('A2-1', 'A1')).toBe(false);
    expect(codeExtends('B1-1', 'A')).toBe(false);
    expect(codeExtends('A1-1', 'A1-1')).toBe(false);
  });
  it('keep the older shapes: A ⊃ A101, 1.2 ⊃ 1.2.3, and 1 is not the parent of 10', () => {
    expect(codeExtends('A101', 'A')).toBe(true);
    expect(codeExtends('A101', 'A1')).toBe(true);
    expect(codeExtends('1.2.3', '1.2')).toBe(true);
    expect(codeExtends('10', '1')).toBe(false);
  });
});
