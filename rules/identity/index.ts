// The identity rules: the report names one project, one year and one set of units throughout.
import type { Rule } from '../../src/model/rule.js';
import foreignProject from './foreign-project.js';
import nameVariant from './name-variant.js';
import unitMismatch from './unit-mismatch.js';
import wrongYear from './wrong-year.js';

export const identityRules: Rule[] = [foreignProject, nameVariant, wrongYear, unitMismatch];
