// Dev aid: prints the section tree, TOC, cover and tables of a file (tsx scripts/dump-structure.ts FILE).
import { readDocument } from '../src/parsers/index.js';

const path = process.argv[2];
const doc = await readDocument(path, { maxBytes: 50 * 1024 * 1024 });
console.log('title:', doc.title);
console.log('cover:', doc.cover.map((c) => `${c.key}=${c.value}`).join(' | '));
console.log('toc:', doc.toc?.entries.map((e) => `${e.numbering}${e.title}@${e.page}`).join('\n  '));
for (const s of doc.sections)
  console.log(
    '  '.repeat(s.level - 1) + `${s.numbering}${s.title}${s.runIn ? ' [run-in]' : ''} (#${s.block}-${s.lastBlock})`,
  );
for (const t of doc.tables) {
  console.log(`table ${t.tableIndex}: ${t.rows}x${t.cols}`);
  for (let r = 0; r < t.rows; r++)
    console.log(
      '  ' +
        t.grid[r]
          .map((id) => {
            const c = t.cells[id];
            const tag = c.row === r ? '' : '^';
            return tag + c.text.slice(0, 10) + (c.rowSpan > 1 && c.row === r ? `[r${c.rowSpan}]` : '');
          })
          .join(' | '),
    );
}
