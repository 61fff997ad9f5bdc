// The markdown dialects corpus reports reach us in, each as the tool that wrote it writes it (render.mjs's
// toMarkdown is the GitHub dialect). `markdownOf(blocks, { dialect })`:
//   docling  a PDF-to-markdown converter's (docling, MinerU): every heading "## ", one blank line between blocks,
//            pipe tables with a "|---|" rule under the first row, "<!-- image -->" where a picture was (N)
import { toMarkdown } from './render.mjs';

const cell = (t) => t.replace(/\n/g, ' ').replace(/\|/g, '\\|');

function docling(blocks) {
  const out = [];
  for (const b of blocks) {
    // a converter cannot tell heading levels apart: every heading is "## "
    if (b.type === 'heading') out.push('## ' + b.text);
    else if (b.type === 'para') out.push(b.text);
    else if (b.type === 'image') out.push('<!-- image -->');
    else if (b.type === 'table') {
      // merged cells come out repeated or empty (as the spec writes them): every row is a row of the pipe table
      const row = (r) => '| ' + r.cells.map((c) => cell(c.text)).join(' | ') + ' |';
      const [first, ...rest] = b.rows;
      out.push([row(first), '|' + first.cells.map(() => '---|').join(''), ...rest.map(row)].join('\n'));
    }
  }
  return out.join('\n\n') + '\n';
}

/** Blocks → markdown in a dialect ('gfm': render.mjs's toMarkdown). */
export function markdownOf(blocks, { dialect = 'gfm' } = {}) {
  if (dialect === 'docling') return docling(blocks);
  if (dialect === 'gfm') return toMarkdown(blocks);
  throw new Error(`markdown: no dialect ${dialect}`);
}
