import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/cli/config/errors.js';
import {
  findConfigFile,
  loadConfig,
  mergeRuleSettings,
  parseRuleOverrides,
  validateConfig,
} from '../../src/cli/config/load.js';
import type { RuleMeta } from '../../src/model/rule.js';

const meta = (id: string, optionsSchema?: Record<string, unknown>): RuleMeta => ({
  id,
  description: { 'zh-CN': id, en: id },
  defaultSeverity: 'warning',
  messages: {},
  ...(optionsSchema ? { optionsSchema } : {}),
});
const RULES = [
  meta('score/children-sum', {
    type: 'object',
    additionalProperties: false,
    properties: { tolerance: { type: 'number', minimum: 0 }, grades: { type: 'array', items: { type: 'number' } } },
  }),
  meta('identity/project-name'),
];

function problem(data: unknown, lang: 'en' | 'zh-CN' = 'en'): string {
  try {
    validateConfig(data, RULES, 'reportlint.config.json');
  } catch (e) {
    if (e instanceof ConfigError) return e.localized(lang);
    throw e;
  }
  return 'valid';
}

describe('validateConfig', () => {
  it('accepts a full config and resolves it', () => {
    const c = validateConfig(
      {
        rules: { 'score/children-sum': ['error', { tolerance: 0.5 }], 'identity/project-name': 'off' },
        settings: {
          year: 2024,
          projectName: '某项目',
          unitAliases: { 工信局: '工业和信息化局' },
          knownNames: ['甲单位'],
        },
        maxFileSize: '20MB',
        lang: 'en',
      },
      RULES,
    );
    expect(c.rules).toEqual({
      'score/children-sum': { severity: 'error', options: { tolerance: 0.5 } },
      'identity/project-name': { severity: 'off' },
    });
    expect(c.settings.year).toBe(2024);
    expect(c.maxFileSize).toBe(20 * 1024 * 1024);
    expect(c.lang).toBe('en');
  });

  it('names an unknown rule', () => {
    expect(problem({ rules: { 'score/foo': 'error' } })).toMatch(/^config: rules\."score\/foo": unknown rule/);
    expect(problem({ rules: { 'score/foo': 'error' } }, 'zh-CN')).toMatch(/^config：rules\."score\/foo"：未知的规则/);
  });

  it('names a bad severity and shows the value', () => {
    expect(problem({ rules: { 'score/children-sum': 'warn' } })).toContain(
      'rules."score/children-sum": severity must be "off", "info", "warning" or "error" (got "warn")',
    );
    expect(problem({ rules: { 'score/children-sum': ['fatal', {}] } })).toContain(
      'rules."score/children-sum"[0]: severity must be',
    );
  });

  it("checks rule options against the rule's own schema", () => {
    expect(problem({ rules: { 'score/children-sum': ['error', { tolerance: 'half' }] } })).toContain(
      'rules."score/children-sum"[1].tolerance: must be of type number (got "half")',
    );
    expect(problem({ rules: { 'score/children-sum': ['error', { tolerence: 1 }] } })).toContain(
      'rules."score/children-sum"[1].tolerence: unknown key',
    );
    expect(problem({ rules: { 'score/children-sum': ['error', { grades: [90, 'x'] }] } })).toContain(
      'rules."score/children-sum"[1].grades[1]: must be of type number',
    );
    expect(problem({ rules: { 'identity/project-name': ['error', { strict: true }] } })).toContain(
      'rules."identity/project-name"[1].strict: rule identity/project-name takes no options',
    );
  });

  it('names unknown and mistyped keys elsewhere', () => {
    expect(problem({ rule: {} })).toContain('config: rule: unknown key');
    expect(problem({ settings: { year: '2024' } })).toContain('settings.year: must be of type integer (got "2024")');
    expect(problem({ settings: { projectname: 'x' } })).toContain('settings.projectname: unknown key');
    expect(problem({ settings: { unitAliases: { 工信局: 3 } } })).toContain(
      'settings.unitAliases."工信局": must be of type string',
    );
    expect(problem({ lang: 'fr' })).toContain('lang: must be one of "zh-CN", "en" (got "fr")');
    expect(problem({ maxFileSize: 'huge' })).toContain('maxFileSize');
    expect(problem([1, 2])).toContain('the top level must be a JSON object');
  });

  it('says which file the problem is in', () => {
    expect(problem({ rule: {} })).toContain('(in reportlint.config.json)');
  });
});

describe('finding and reading the config file', () => {
  const root = mkdtempSync(join(tmpdir(), 'reportlint-config-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('is found from the working directory upward', () => {
    mkdirSync(join(root, 'a/b/c'), { recursive: true });
    writeFileSync(join(root, 'a/reportlint.config.json'), JSON.stringify({ settings: { year: 2023 } }));
    expect(findConfigFile(join(root, 'a/b/c'))).toBe(join(root, 'a/reportlint.config.json'));
    expect(loadConfig({ cwd: join(root, 'a/b/c'), rules: RULES }).settings.year).toBe(2023);
  });

  it('reports invalid JSON as a config error', () => {
    writeFileSync(join(root, 'broken.json'), '{ "rules": { ');
    expect(() => loadConfig({ explicitPath: 'broken.json', cwd: root, rules: RULES })).toThrow(/not valid JSON/);
  });

  it('a missing --config file is an error, a missing default one is not', () => {
    expect(() => loadConfig({ explicitPath: 'nope.json', cwd: root, rules: RULES })).toThrow(ConfigError);
    mkdirSync(join(root, 'x'), { recursive: true });
    expect(loadConfig({ cwd: join(root, 'x'), rules: RULES })).toEqual({ file: null, rules: {}, settings: {} });
  });
});

describe('--rule overrides', () => {
  it('parses id=severity and overrides the config severity, keeping its options', () => {
    const o = parseRuleOverrides(['score/children-sum=off', 'identity/project-name=error'], RULES);
    expect(o).toEqual({ 'score/children-sum': 'off', 'identity/project-name': 'error' });
    expect(mergeRuleSettings({ 'score/children-sum': { severity: 'error', options: { tolerance: 1 } } }, o)).toEqual({
      'score/children-sum': { severity: 'off', options: { tolerance: 1 } },
      'identity/project-name': { severity: 'error' },
    });
  });
  it('names the bad part', () => {
    expect(() => parseRuleOverrides(['score/nope=off'], RULES)).toThrow('--rule: "score/nope": unknown rule');
    expect(() => parseRuleOverrides(['score/children-sum=loud'], RULES)).toThrow('(got "loud")');
    expect(() => parseRuleOverrides(['score/children-sum'], RULES)).toThrow('expected id=off|info|warning|error');
  });
});
