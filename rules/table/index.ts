// The table rules: what could not be read, said once instead of a cascade of findings.
import type { Rule } from '../../src/model/rule.js';
import unreadable from './unreadable.js';

export const tableRules: Rule[] = [unreadable];
