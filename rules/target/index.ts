// The target rules: actuals against targets and scores, and one actual everywhere.
import type { Rule } from '../../src/model/rule.js';
import actualConsistency from './actual-consistency.js';
import missedFullMarks from './missed-full-marks.js';

export const targetRules: Rule[] = [missedFullMarks, actualConsistency];
