// Every rule reportlint has, in the order they run. Each area keeps its own list.
import type { Rule } from '../src/model/rule.js';
import { identityRules } from './identity/index.js';
import { countRules } from './count/index.js';
import { tocRules } from './toc/index.js';
import { textRules } from './text/index.js';
import { moneyRules } from './money/index.js';
import { targetRules } from './target/index.js';
import { scoreRules } from './score/index.js';
import { tableRules } from './table/index.js';

export const allRules: Rule[] = [
  ...identityRules,
  ...countRules,
  ...tocRules,
  ...textRules,
  ...moneyRules,
  ...targetRules,
  ...scoreRules,
  ...tableRules,
];
