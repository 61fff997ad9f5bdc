// The hand-made RunResult every reporter test reads, and the rule meta of three of its rules
// (two rules are deliberately left undescribed, as when a plugin rule has no meta at hand).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RunResult } from '../../src/model/result.js';
import type { RuleMeta } from '../../src/model/rule.js';
import type { ReporterOptions } from '../../src/reporters/index.js';

export const FIXTURE_PATH = fileURLToPath(new URL('../../fixtures/reporters/run-result.json', import.meta.url));

export function loadResult(): RunResult {
  return JSON.parse(readFileSync(FIXTURE_PATH, 'utf8')) as RunResult;
}

export const RULES: RuleMeta[] = [
  {
    id: 'score/children-sum',
    description: { 'zh-CN': '分项得分之和应等于合计', en: 'Sub-scores must add up to the total' },
    defaultSeverity: 'error',
    messages: {
      mismatch: { 'zh-CN': '合计 {total} 分，分项之和 {sum} 分', en: 'Total {total}, sub-scores add up to {sum}' },
    },
  },
  {
    id: 'text/name-consistency',
    description: { 'zh-CN': '项目名称前后一致', en: 'The project name is the same throughout' },
    defaultSeverity: 'warning',
    messages: {},
  },
  {
    id: 'number/percent-sum',
    description: { 'zh-CN': '百分比与其分子分母一致', en: 'Percentages agree with their parts' },
    defaultSeverity: 'error',
    messages: {},
  },
];

export const zhOpts: ReporterOptions = { lang: 'zh-CN', color: false, rules: RULES };
export const enOpts: ReporterOptions = { lang: 'en', color: false, rules: RULES };
