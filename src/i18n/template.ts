// The one template filler: a message's `{name}` placeholders filled from its data (rule messages, file
// errors, notes, the command line's own messages). A name the data lacks stays as written, so a missing
// value shows in the output instead of vanishing.

/** A value in a message's data: a path or a number as it is, or a phrase in both languages. */
export type DetailValue = string | number | { 'zh-CN': string; en: string };

export function fillTemplate(
  template: string,
  data: Record<string, DetailValue> = {},
  lang: 'zh-CN' | 'en' = 'en',
): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => {
    if (!(k in data)) return m;
    const v = data[k];
    return typeof v === 'object' ? v[lang] : String(v);
  });
}
