// The contents rules: entries match the body's headings, page numbers are right.
import type { Rule } from '../../src/model/rule.js';
import entryMismatch from './entry-mismatch.js';
import pageOrder from './page-order.js';

export const tocRules: Rule[] = [entryMismatch, pageOrder];
