// The score rules: the indicator tree's arithmetic and its restatements.
import type { Rule } from '../../src/model/rule.js';
import childrenSum from './children-sum.js';
import criteriaPoints from './criteria-points.js';
import fundsRate from './funds-rate.js';
import crossSource from './cross-source.js';
import grade from './grade.js';
import missingScore from './missing-score.js';
import range from './range.js';
import statedRate from './stated-rate.js';
import summaryTable from './summary-table.js';
import total from './total.js';

export const scoreRules: Rule[] = [
  crossSource,
  childrenSum,
  range,
  total,
  summaryTable,
  grade,
  criteriaPoints,
  missingScore,
  fundsRate,
  statedRate,
];
