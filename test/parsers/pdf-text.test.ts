import { describe, expect, it } from 'vitest';
import { groupLines, toRuns } from '../../src/parsers/pdf-text.js';

// Items as pdfjs gives them for a line LibreOffice drew from "综合得分93分，等级为“优”。其中：决策指标满分20分":
// the CJK font's runs leave a space where the quote marks go; a Latin font draws the marks (and spaces over the
// CJK glyphs) on its own, listed before the runs they sit in.
const at = (str: string, x: number, width: number) => ({ str, transform: [12, 0, 0, 12, x, 681.2], width, height: 12 });
const line = [
  at('合得分', 168.1, 36),
  at(' ', 204.1, 2.4),
  at('93', 206.5, 15.2),
  at(' ', 221.7, 62.5),
  at('“', 284.2, 6.1),
  at(' ', 290.3, 12),
  at('”', 302.3, 6.1),
  at('分，', 224.2, 24),
  at('等', 248.2, 12),
  at('级', 260.2, 12),
  at('为', 272.2, 12),
  at(' ', 284.2, 6.1),
  at('优 。其中：决策指标', 290.3, 114.1),
  at('满', 404.4, 12),
  at('分', 416.4, 12),
];
const viewport = [1, 0, 0, -1, 0, 842];

describe('pdf text runs', () => {
  it('puts a mark drawn in another font back into the space its run left for it', () => {
    const [l] = groupLines(toRuns(line, viewport));
    expect(l.text).toBe('合得分 93 分，等级为“优”。其中：决策指标满分');
  });

  it('keeps a space that no mark fills, and a mark that sits in no run', () => {
    const [l] = groupLines(toRuns([at('得分 为', 100, 42), at('“', 150, 6), at('优', 156, 12)], viewport));
    expect(l.text).toBe('得分 为“优');
  });
});
