// Helpers for a make-spec.mjs that writes a report-spec from its data (Q's and R's): the lines of the spec, its
// injections and its tables, so that a new report's generator holds only the report's own text and figures.
// Each call of `authoring()` is one spec: its lines, injections and table count are its own (no module state).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const BREAK = '<!-- pagebreak -->';

/** One table cell: a string, or { t, rs, cs } for a text spanning rs rows and cs columns. */
export const cell = (c, tag) => {
  const o = typeof c === 'object' ? c : { t: String(c) };
  return `<${tag}${o.rs > 1 ? ` rowspan="${o.rs}"` : ''}${o.cs > 1 ? ` colspan="${o.cs}"` : ''}>${o.t}</${tag}>`;
};

/** An HTML table of the spec format: header rows, body rows, `data-split` (pieces of N rows) and `data-widths`. */
export function table(head, body, { split = 0, widths } = {}) {
  const attrs = (split ? ` data-split="${split}"` : '') + (widths ? ` data-widths="${widths.join(',')}"` : '');
  return [
    `<table${attrs}>`,
    ...head.map((r) => '<tr class="head">' + r.map((c) => cell(c, 'th')).join('') + '</tr>'),
    ...body.map((r) => '<tr>' + r.map((c) => cell(c, 'td')).join('') + '</tr>'),
    '</table>',
  ].join('\n');
}

/** A spec being written: `out` its lines, `injections` one entry of expected.json each, `tableNo` the captions so far. */
export function authoring() {
  const out = [];
  const injections = [];
  let tableNo = 0;
  return {
    out,
    injections,
    get tableNo() {
      return tableNo;
    },
    P: (...lines) => out.push(...lines),
    H: (level, text) => out.push('#'.repeat(level) + ' ' + text),
    /** "表N title", N counted across the spec. */
    caption: (title) => `<p class="center">表${++tableNo} ${title}</p>`,
    /** {{clean|dirty}} in the text; its entry records the quote a rule must find (`byForm`: one form's overrides). */
    inj(id, area, clean, dirty, note, expectedValue, quote = dirty, byForm = undefined) {
      injections.push({ id, area, quote, note, expectedValue, ...(byForm ? { byForm } : {}) });
      return `{{${clean}|${dirty}}}`;
    },
    /** Writes DIR/NAME.spec.md: the front matter (name, title, the injections in id order) and the lines. */
    write(dir, name, title, noun = 'numbered tables') {
      injections.sort((a, b) => a.id - b.id);
      const meta = {
        name,
        title,
        injections: injections.map(({ area, quote, note, expectedValue, byForm }) => ({
          area,
          quote,
          note,
          expectedValue,
          ...(byForm ? { byForm } : {}),
        })),
      };
      writeFileSync(join(dir, `${name}.spec.md`), `---\n${JSON.stringify(meta, null, 2)}\n---\n${out.join('\n')}\n`);
      console.log(`${name}.spec.md: ${out.length} lines, ${injections.length} injections, ${tableNo} ${noun}`);
    },
  };
}
