// What a run is configured with: severities, the messages' language, the project's settings, and each rule's
// setting from the config file and --rule.

export type Severity = 'error' | 'warning' | 'info';
export type Lang = 'zh-CN' | 'en';

export interface Settings {
  year?: number;
  projectName?: string;
  /** Alias → canonical unit name, e.g. { "工信局": "工业和信息化局" }. */
  unitAliases?: Record<string, string>;
  /** Names of other known projects/units that are allowed to appear. */
  knownNames?: string[];
}

export interface RuleSetting {
  severity?: Severity | 'off';
  options?: Record<string, unknown>;
}
