// What the docx package cannot be told, done to its package afterwards:
// - "styles": the spec's style sheet is the whole of styles.xml (the package puts its own English-id styles, a
//   default "Normal" among them, beside any it is given);
// - "rsids": each paragraph and run carries the revision session that made it (w:rsidR, w:rsidRDefault), cycling
//   through the spec's sessions, and settings.xml lists them. Revision ids are noise the docx parser must strip
//   (src/parsers/docx.ts, REVISION_IDS).
import JSZip from 'jszip';

export async function wordLike(buf, { styles, rsids }) {
  const zip = await JSZip.loadAsync(buf);
  if (styles) zip.file('word/styles.xml', styles);
  if (!rsids) return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  const path = 'word/document.xml';
  let i = 0;
  const next = () => rsids[i++ % rsids.length];
  const xml = (await zip.file(path).async('string')).replace(/<w:(p|r)(?=[ >/])/g, (m, tag) =>
    tag === 'p' ? `<w:p w:rsidR="${next()}" w:rsidRDefault="${rsids[0]}"` : `<w:r w:rsidR="${next()}"`,
  );
  zip.file(path, xml);
  const settings = await zip.file('word/settings.xml').async('string');
  const list = `<w:rsids><w:rsidRoot w:val="${rsids[0]}"/>${[...rsids]
    .sort()
    .map((r) => `<w:rsid w:val="${r}"/>`)
    .join('')}</w:rsids>`;
  zip.file('word/settings.xml', settings.replace('</w:settings>', `${list}</w:settings>`));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
