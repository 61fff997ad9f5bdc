// findUnits builds its pattern once per aliases object (it runs on every place of a report): one
// configuration's aliases must not reach a search under another, nor under none.
import { describe, expect, it } from 'vitest';
import { findUnits } from '../../src/facts/identity/units.js';

const text = '承办：融媒体中心、信访办；拨付：财政局。';
const found = (aliases?: Record<string, string>) => findUnits(text, aliases).map((u) => u.text);

describe('findUnits with aliases', () => {
  it('finds each configuration its own aliases, and none without', () => {
    expect(found()).toEqual(['财政局']);
    expect(found({ 融媒体中心: '广播电视台' })).toEqual(['融媒体中心', '财政局']);
    expect(found({ 信访办: '信访局' })).toEqual(['信访办', '财政局']);
    expect(found()).toEqual(['财政局']);
    expect(found({})).toEqual(['财政局']);
  });
});
