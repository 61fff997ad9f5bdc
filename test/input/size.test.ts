import { describe, expect, it } from 'vitest';
import { formatSize, parseSize } from '../../src/input/size.js';

describe('parseSize / formatSize', () => {
  it('reads bytes and binary units', () => {
    expect(parseSize('2048')).toBe(2048);
    expect(parseSize('50MB')).toBe(50 * 1024 * 1024);
    expect(parseSize('1.5k')).toBe(1536);
    expect(parseSize(' 2 gb ')).toBe(2 * 1024 ** 3);
    expect(parseSize(100)).toBe(100);
  });
  it('refuses what is not a size', () => {
    expect(parseSize('lots')).toBeNull();
    expect(parseSize('10 parsecs')).toBeNull();
    expect(parseSize('0')).toBeNull();
    expect(parseSize(-5)).toBeNull();
  });
  it('prints sizes people read', () => {
    expect(formatSize(999)).toBe('999 B');
    expect(formatSize(1536)).toBe('1.5 KB');
    expect(formatSize(50 * 1024 * 1024)).toBe('50 MB');
  });
});
