// Whether a .txt is laid out by page (`pdftotext -layout`), told before the reader of such
// text (layout-text.ts) is loaded: that reader shares the PDF parser's page layout, which
// loads pdfjs, and a plain .txt run must not pay for it (test/cli/loading.test.ts).

/**
 * Laid out by page, not typed: pages end in form feeds, lines hold column gaps (three spaces or more between
 * words) and no tabs (copied Word tables are tab-separated; text-table.ts reads those).
 */
export function isLaidOutText(text: string): boolean {
  const pages = text.split('\f').filter((p) => p.trim() !== '');
  if (pages.length < 2) return false;
  const lines = text.split(/\r\n|\r|\n|\f/).filter((l) => l.trim() !== '');
  const tabbed = lines.filter((l) => l.includes('\t')).length;
  const gapped = lines.filter((l) => /\S {3,}\S/.test(l)).length;
  return tabbed <= lines.length * 0.01 && gapped >= Math.max(3, lines.length * 0.03);
}
