// Every rule reportlint has, in the order they run. Each area keeps its own list.
import type { Rule } from '../src/rule.js';

export const allRules: Rule[] = [];
