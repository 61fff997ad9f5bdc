// The inline markup of a spec line that only a Word file can show (the text renderers read it as plain text):
//
//   <b>（1）项目立项（5分，得5分）。</b>立项依据…   a bold run (a run-in heading: bold head, plain body, one paragraph)
//   一、项目基本情况<tab/>3                          a tab (a typed contents line: title, tab, page number)
//   # <num>一、</num>项目基本情况                   a number Word generates (numbering.xml): the text renderers show
//                                                  it, the .docx has the paragraph numbered instead (word.mjs)
//
// Pieces: [{ text, bold?, tab?, num? }], in order.

const TOKEN = /<b>|<\/b>|<tab\/>|<num>(.*?)<\/num>/g;

/** A line's inline markup → its pieces. */
export function inlinePieces(source) {
  const out = [];
  let bold = false;
  let last = 0;
  const text = (s) => {
    if (s) out.push(bold ? { text: s, bold } : { text: s });
  };
  for (const m of source.matchAll(TOKEN)) {
    text(source.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[0] === '<b>') bold = true;
    else if (m[0] === '</b>') bold = false;
    else if (m[0] === '<tab/>') out.push({ tab: true });
    else out.push({ num: m[1] });
  }
  text(source.slice(last));
  return out;
}

/** The text a line reads as (a tab where the markup puts one). */
export const plainText = (source) =>
  inlinePieces(source)
    .map((p) => (p.tab ? '\t' : (p.num ?? p.text)))
    .join('');
