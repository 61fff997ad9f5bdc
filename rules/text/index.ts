// The text rules: copy-paste labels and hygiene (doubled words, brackets, placeholders, dates).
import type { Rule } from '../../src/model/rule.js';
import brackets from './brackets.js';
import duplicateWord from './duplicate-word.js';
import garbled from './garbled.js';
import impossibleDate from './impossible-date.js';
import labelMismatch from './label-mismatch.js';
import placeholder from './placeholder.js';

export const textRules: Rule[] = [labelMismatch, duplicateWord, brackets, placeholder, impossibleDate, garbled];
