import { describe, expect, it } from 'vitest';
import { listMarkerLength } from '../../src/structure/numbering.js';

describe('listMarkerLength', () => {
  it.each([
    ['1）完成维修', 2],
    ['12）完成维修', 3],
    ['a）完成维修', 2],
    ['  一）完成验收', 4],
    ['十二）完成验收', 3],
  ])('%s opens with a list marker of %i characters', (text, n) => expect(listMarkerLength(text)).toBe(n));

  it.each(['完成维修1）项', '（1）完成维修', '1、完成维修', '123）完成', 'ab）完成'])('%s opens with none', (text) =>
    expect(listMarkerLength(text)).toBe(0),
  );
});
