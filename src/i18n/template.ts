// The one template filler: a message's `{name}` placeholders filled from its data (rule messages, file
// errors, notes, the command line's own messages). A name the data lacks stays as written, so a missing
// value shows in the output instead of vanishing.

export function fillTemplate(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in data ? String(data[k]) : m));
}
