import type { RuleMeta } from '../model/rule.js';
import type { Lang } from '../model/settings.js';

export interface ReporterOptions {
  lang: Lang;
  /** ANSI colour in the text format; the CLI sets it from the TTY. Other formats ignore it. */
  color: boolean;
  /** Metadata of every rule that ran (SARIF rules[]). */
  rules: RuleMeta[];
}
