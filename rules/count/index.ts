// The count rules: stated numbers of items (indicators, staff, 标段) agree with what is listed.
import type { Rule } from '../../src/model/rule.js';
import claimedCount from './claimed-count.js';
import columnTotal from './column-total.js';
import partRows from './part-rows.js';
import staffTotal from './staff-total.js';

export const countRules: Rule[] = [claimedCount, columnTotal, staffTotal, partRows];
