// Finds, reads and validates reportlint.config.json, and applies --rule overrides.
// Every problem is a ConfigError naming the key, so the user can fix it in one go.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import type { RuleMeta } from '../../model/rule.js';
import { parseSize } from '../../input/size.js';
import { describeErrno } from '../../model/errors.js';
import { ConfigError, keyPath, pointerSegments } from './errors.js';
import { jsonSyntaxProblem } from './json-syntax.js';
import { SEVERITY_SETTINGS, configSchema, type SeveritySetting } from './schema.js';
import type { Lang, Settings, RuleSetting } from '../../model/settings.js';

export const CONFIG_FILE_NAME = 'reportlint.config.json';

/** What the engine takes per rule (CheckOptions.ruleConfig's values). */
export type { RuleSetting };

export interface ResolvedConfig {
  /** The file read, or null when there was none. */
  file: string | null;
  rules: Record<string, RuleSetting>;
  settings: Settings;
  maxFileSize?: number;
  lang?: Lang;
}

export const EMPTY_CONFIG: ResolvedConfig = { file: null, rules: {}, settings: {} };

/** The nearest reportlint.config.json from `cwd` upward, or null. */
export function findConfigFile(cwd: string): string | null {
  let dir = resolve(cwd);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** Reads the config named by --config, or the nearest one; none at all is fine. */
export function loadConfig(opts: { explicitPath?: string; cwd: string; rules: RuleMeta[] }): ResolvedConfig {
  const file = opts.explicitPath ? resolve(opts.cwd, opts.explicitPath) : findConfigFile(opts.cwd);
  if (!file) return EMPTY_CONFIG;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
    throw new ConfigError(
      'config',
      '',
      {
        'zh-CN': `无法读取配置文件：${describeErrno(code, 'zh-CN')}`,
        en: `cannot read the config file: ${describeErrno(code, 'en')}`,
      },
      file,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    // V8's message is English and often has no position: said again where and why, in both languages
    throw new ConfigError('config', '', jsonSyntaxProblem(text.replace(/^\uFEFF/, '')), file);
  }
  return validateConfig(data, opts.rules, file);
}

/** Checks a parsed config object against the schema and the rules; returns it resolved. */
export function validateConfig(data: unknown, rules: RuleMeta[], file?: string): ResolvedConfig {
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throw new ConfigError(
      'config',
      '',
      { 'zh-CN': '顶层必须是 JSON 对象', en: 'the top level must be a JSON object' },
      file,
    );
  }
  const obj = data as Record<string, unknown>;
  const byId = new Map(rules.map((r) => [r.id, r]));
  const ajv = new Ajv2020({ allErrors: true, strict: false });

  // Rules first: their ids and options are only known from the rule modules.
  const ruleSettings: Record<string, RuleSetting> = {};
  const rulesValue = obj.rules;
  if (rulesValue !== undefined) {
    if (!rulesValue || typeof rulesValue !== 'object' || Array.isArray(rulesValue)) {
      throw new ConfigError(
        'config',
        'rules',
        { 'zh-CN': '必须是对象（规则 id → 级别）', en: 'must be an object (rule id → severity)' },
        file,
      );
    }
    for (const [id, value] of Object.entries(rulesValue as Record<string, unknown>)) {
      const key = keyPath(['rules', id]);
      const meta = byId.get(id);
      if (!meta) throw new ConfigError('config', key, unknownRule(id, rules), file);
      ruleSettings[id] = ruleSettingFrom(value, meta, key, ajv, file);
    }
  }

  const validate = ajv.compile(configSchema);
  if (!validate(obj)) throw ajvError('config', validate.errors ?? [], obj, [], file);

  const resolved: ResolvedConfig = {
    file: file ?? null,
    rules: ruleSettings,
    settings: (obj.settings as Settings) ?? {},
  };
  if (obj.maxFileSize !== undefined) resolved.maxFileSize = parseSize(obj.maxFileSize as string | number) ?? undefined;
  if (obj.lang !== undefined) resolved.lang = obj.lang as Lang;
  return resolved;
}

function ruleSettingFrom(value: unknown, meta: RuleMeta, key: string, ajv: Ajv2020, file?: string): RuleSetting {
  const [severity, options, ...rest] = Array.isArray(value) ? value : [value];
  if (Array.isArray(value) && (value.length === 0 || rest.length > 0)) {
    throw new ConfigError(
      'config',
      key,
      {
        'zh-CN': '数组形式应为 [级别] 或 [级别, {选项}]',
        en: 'the array form is [severity] or [severity, {options}]',
      },
      file,
    );
  }
  if (!SEVERITY_SETTINGS.includes(severity as SeveritySetting)) {
    throw new ConfigError('config', Array.isArray(value) ? `${key}[0]` : key, badSeverity(severity), file);
  }
  const setting: RuleSetting = { severity: severity as SeveritySetting };
  if (options !== undefined) {
    const optKey = `${key}[1]`;
    if (!options || typeof options !== 'object' || Array.isArray(options)) {
      throw new ConfigError(
        'config',
        optKey,
        { 'zh-CN': '规则选项必须是对象', en: 'rule options must be an object' },
        file,
      );
    }
    if (!meta.optionsSchema) {
      const names = Object.keys(options);
      if (names.length > 0) {
        throw new ConfigError(
          'config',
          `${optKey}.${names[0]}`,
          {
            'zh-CN': `规则 ${meta.id} 没有选项`,
            en: `rule ${meta.id} takes no options`,
          },
          file,
        );
      }
    } else {
      const validate = ajv.compile(meta.optionsSchema);
      if (!validate(options)) throw ajvError('config', validate.errors ?? [], options, [optKey], file);
    }
    setting.options = options as Record<string, unknown>;
  }
  return setting;
}

/** Parses repeated `--rule id=severity` options. */
export function parseRuleOverrides(specs: string[], rules: RuleMeta[]): Record<string, SeveritySetting> {
  const ids = new Set(rules.map((r) => r.id));
  const out: Record<string, SeveritySetting> = {};
  for (const spec of specs) {
    const eq = spec.lastIndexOf('=');
    if (eq <= 0) {
      throw new ConfigError('--rule', JSON.stringify(spec), {
        'zh-CN': '格式应为 规则id=off|info|warning|error',
        en: 'expected id=off|info|warning|error',
      });
    }
    const id = spec.slice(0, eq).trim();
    const sev = spec.slice(eq + 1).trim();
    if (!ids.has(id)) throw new ConfigError('--rule', JSON.stringify(id), unknownRule(id, rules));
    if (!SEVERITY_SETTINGS.includes(sev as SeveritySetting))
      throw new ConfigError('--rule', JSON.stringify(id), badSeverity(sev));
    out[id] = sev as SeveritySetting;
  }
  return out;
}

/** Config rules with --rule severities on top (options from the config are kept). */
export function mergeRuleSettings(
  base: Record<string, RuleSetting>,
  overrides: Record<string, SeveritySetting>,
): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = { ...base };
  for (const [id, severity] of Object.entries(overrides)) out[id] = { ...out[id], severity };
  return out;
}

function unknownRule(id: string, rules: RuleMeta[]): { 'zh-CN': string; en: string } {
  const near = rules.map((r) => r.id).find((r) => r.split('/').pop() === id.split('/').pop() && r !== id);
  const hint = near ? { zh: `（是否指 ${near}？）`, en: ` (did you mean ${near}?)` } : { zh: '', en: '' };
  return {
    'zh-CN': `未知的规则${hint.zh}；用 reportlint rules 查看全部规则`,
    en: `unknown rule${hint.en}; run reportlint rules to list them`,
  };
}

function badSeverity(got: unknown): { 'zh-CN': string; en: string } {
  return {
    'zh-CN': `级别必须是 "off"、"info"、"warning" 或 "error"（实际为 ${JSON.stringify(got)}）`,
    en: `severity must be "off", "info", "warning" or "error" (got ${JSON.stringify(got)})`,
  };
}

/** The most specific ajv error, as a ConfigError naming its key. */
function ajvError(source: string, errors: ErrorObject[], data: unknown, prefix: string[], file?: string): ConfigError {
  const useful = errors.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf' && e.keyword !== 'if');
  const pool = useful.length ? useful : errors;
  // Deepest path first; an unknown key beats a type mismatch found beside it.
  const err = [...pool].sort((a, b) => depth(b) - depth(a) || rank(a) - rank(b))[0];
  const segs: Array<string | number> = pointerSegments(err.instancePath, data);
  let problem: { 'zh-CN': string; en: string };
  const got = valueAt(data, err.instancePath);
  switch (err.keyword) {
    case 'additionalProperties':
      segs.push(String(err.params.additionalProperty));
      problem = { 'zh-CN': '未知的配置项', en: 'unknown key' };
      break;
    case 'enum':
    case 'const': {
      const allowed = ((err.params.allowedValues as unknown[]) ?? [err.params.allowedValue])
        .map((v) => JSON.stringify(v))
        .join(', ');
      problem = {
        'zh-CN': `必须是 ${allowed} 之一（实际为 ${JSON.stringify(got)}）`,
        en: `must be one of ${allowed} (got ${JSON.stringify(got)})`,
      };
      break;
    }
    case 'type':
      problem = {
        'zh-CN': `类型应为 ${err.params.type}（实际为 ${JSON.stringify(got)}）`,
        en: `must be of type ${err.params.type} (got ${JSON.stringify(got)})`,
      };
      break;
    case 'required':
      segs.push(String(err.params.missingProperty));
      problem = { 'zh-CN': '缺少必需的配置项', en: 'is required' };
      break;
    default:
      problem = {
        'zh-CN': `不符合要求：${err.message ?? err.keyword}（实际为 ${JSON.stringify(got)}）`,
        en: `${err.message ?? err.keyword} (got ${JSON.stringify(got)})`,
      };
  }
  const prefixText = prefix.join('');
  const rest = keyPath(segs);
  const key = prefixText && rest ? `${prefixText}${rest.startsWith('[') ? '' : '.'}${rest}` : prefixText || rest;
  return new ConfigError(source, key, problem, file);
}

function depth(e: ErrorObject): number {
  return e.instancePath.split('/').length + (e.keyword === 'additionalProperties' || e.keyword === 'required' ? 1 : 0);
}

function rank(e: ErrorObject): number {
  return e.keyword === 'additionalProperties' ? 0 : e.keyword === 'enum' ? 1 : 2;
}

function valueAt(data: unknown, pointer: string): unknown {
  let cur = data;
  if (!pointer) return cur;
  for (const raw of pointer.slice(1).split('/')) {
    const s = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    cur = cur && typeof cur === 'object' ? (cur as Record<string, unknown>)[s] : undefined;
  }
  return cur;
}
