// The inline markup of a spec line that only a Word file can show (the text renderers read it as plain text):
//
//   <b>（1）项目立项（5分，得5分）。</b>立项依据…   a bold run (a run-in heading: bold head, plain body, one paragraph)
//   一、项目基本情况<tab/>3                          a tab (a typed contents line: title, tab, page number)
//   # <num>一、</num>项目基本情况                   a number Word generates (numbering.xml): the text renderers show
//                                                  it, the .docx has the paragraph numbered instead (word.mjs)
//   <del>1,180.00</del><ins>1,218.00</ins>           tracked changes: a deletion (not report text) and an insertion (is)
//   到位率96.67%<fn>到位率＝实际到位资金÷预算资金</fn>   a footnote: its reference here, its text in footnotes.xml
//   <comment text="已与市财政局核对">1,218.00</comment>  a comment over a range (comments.xml holds its text)
//   93.<split/>60                                    a run boundary where no other would be (Word's rsid splits)
//
// Pieces: [{ text, bold?, del?, ins? } | { tab } | { num } | { fn } | { commentStart } | { commentEnd } | { split }].

const TOKEN =
  /<\/?b>|<\/?del>|<\/?ins>|<tab\/>|<split\/>|<num>(.*?)<\/num>|<fn>(.*?)<\/fn>|<comment text="([^"]*)">|<\/comment>/g;

/** A line's inline markup → its pieces. */
export function inlinePieces(source) {
  const out = [];
  const on = { bold: false, del: false, ins: false };
  let last = 0;
  const text = (s) => {
    if (!s) return;
    const p = { text: s };
    for (const k of ['bold', 'del', 'ins']) if (on[k]) p[k] = true;
    out.push(p);
  };
  for (const m of source.matchAll(TOKEN)) {
    text(source.slice(last, m.index));
    last = m.index + m[0].length;
    const tag = /^<(\/?)(\w+)/.exec(m[0]);
    if (['b', 'del', 'ins'].includes(tag[2])) on[tag[2] === 'b' ? 'bold' : tag[2]] = !tag[1];
    else if (tag[2] === 'tab') out.push({ tab: true });
    else if (tag[2] === 'split') out.push({ split: true });
    else if (tag[2] === 'num') out.push({ num: m[1] });
    else if (tag[2] === 'fn') out.push({ fn: m[2] });
    else if (tag[2] === 'comment') out.push(tag[1] ? { commentEnd: true } : { commentStart: m[3] });
  }
  text(source.slice(last));
  return out;
}

/** The text a line reads as: insertions kept, deletions, footnotes and comments left out, a tab where one is. */
export const plainText = (source) =>
  inlinePieces(source)
    .map((p) => (p.tab ? '\t' : (p.num ?? (p.text !== undefined && !p.del ? p.text : ''))))
    .join('');
