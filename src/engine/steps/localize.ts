// A report's message in the finding's language: the rule's template for its messageId, its placeholders
// filled from the data, domain words written through the glossary (a rule passes terms, not translations).
import { inLanguage } from '../../i18n/glossary.js';
import { fillTemplate } from '../../i18n/template.js';
import type { MessageValue, RuleMeta } from '../../model/rule.js';
import type { Lang } from '../../model/settings.js';

export function localize(meta: RuleMeta, messageId: string, data: Record<string, MessageValue>, lang: Lang): string {
  const template = meta.messages[messageId];
  if (!template) throw new Error(`rule ${meta.id}: unknown messageId ${messageId}`);
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(data)) values[k] = inLanguage(v, lang);
  return fillTemplate(template[lang], values);
}
